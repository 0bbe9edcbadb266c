using System.Globalization;
using System.Text;

namespace NotebookSummary.Benchmarks;

/// <summary>
/// Generates a valid Keras Sequential source with exactly <c>layers</c> summary rows and a realistic mix:
/// about 60% convolution blocks (Conv2D, BatchNormalization, MaxPooling2D, Dropout), 20% recurrent (LSTM, GRU) and
/// 20% dense (Dense, Dropout), joined by GlobalAveragePooling2D, RepeatVector and Flatten. Spatial sizes never shrink
/// ('same' padding, stride-1 pooling), so any depth stays valid.
/// </summary>
public static class GeneratedModel
{
    public static string KerasSource(int layers)
    {
        if (layers < 8) throw new ArgumentOutOfRangeException(nameof(layers), "at least 8 layers");
        int rest = layers - 4; // GlobalAveragePooling2D, RepeatVector, Flatten, final Dense
        int conv = rest * 6 / 10, recurrent = rest * 2 / 10, dense = rest - conv - recurrent;
        var sb = new StringBuilder();
        sb.AppendLine("from tensorflow import keras");
        sb.AppendLine("from tensorflow.keras import layers");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"model = keras.Sequential(name=\"generated_{layers}\")");
        sb.AppendLine("model.add(keras.Input(shape=(32, 32, 3)))");
        string[] convCycle =
        [
            "model.add(layers.Conv2D(32, (3, 3), padding=\"same\", activation=\"relu\"))",
            "model.add(layers.BatchNormalization())",
            "model.add(layers.MaxPooling2D((2, 2), strides=1, padding=\"same\"))",
            "model.add(layers.Dropout(0.1))",
        ];
        for (int i = 0; i < conv; i++) sb.AppendLine(convCycle[i % convCycle.Length]);
        sb.AppendLine("model.add(layers.GlobalAveragePooling2D())");
        sb.AppendLine("model.add(layers.RepeatVector(8))");
        string[] recurrentCycle =
        [
            "model.add(layers.LSTM(32, return_sequences=True))",
            "model.add(layers.GRU(32, return_sequences=True))",
        ];
        for (int i = 0; i < recurrent; i++) sb.AppendLine(recurrentCycle[i % recurrentCycle.Length]);
        sb.AppendLine("model.add(layers.Flatten())");
        string[] denseCycle = ["model.add(layers.Dense(64, activation=\"relu\"))", "model.add(layers.Dropout(0.2))"];
        for (int i = 0; i < dense; i++) sb.AppendLine(denseCycle[i % denseCycle.Length]);
        sb.AppendLine("model.add(layers.Dense(10, activation=\"softmax\"))");
        sb.AppendLine("model.summary()");
        return sb.ToString();
    }
}
