using System.Globalization;
using System.Text;

namespace NotebookSummary.Benchmarks;

/// <summary>
/// Generates a valid Keras Sequential model with exactly <c>layers</c> summary rows and a realistic mix:
/// about 60% convolution blocks (Conv2D, BatchNormalization, MaxPooling2D, Dropout), 20% recurrent (LSTM, GRU) and
/// 20% dense (Dense, Dropout), joined by GlobalAveragePooling2D, RepeatVector and Flatten. Spatial sizes never shrink
/// ('same' padding, stride-1 pooling), so any depth stays valid.
/// </summary>
/// <remarks>
/// One plan yields both forms — Keras source (<see cref="KerasSource"/>, what the reader benchmarks read) and the same
/// model built with the C# API (<see cref="Build"/>) — so the two cannot drift apart, and a test can check that
/// reading the source gives the model the API builds.
/// </remarks>
public static class GeneratedModel
{
    /// <summary>One layer of the plan: its line of Keras source and the same layer from the C# API.</summary>
    private sealed record Step(string Python, Func<Layer> Create);

    /// <summary>The Keras source: imports, <c>keras.Sequential</c>, one <c>model.add</c> per layer, <c>model.summary()</c>.</summary>
    public static string KerasSource(int layers)
    {
        var sb = new StringBuilder();
        sb.AppendLine("from tensorflow import keras");
        sb.AppendLine("from tensorflow.keras import layers");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"model = keras.Sequential(name=\"{Name(layers)}\")");
        sb.AppendLine("model.add(keras.Input(shape=(32, 32, 3)))");
        foreach (var step in Plan(layers)) sb.AppendLine(CultureInfo.InvariantCulture, $"model.add({step.Python})");
        sb.AppendLine("model.summary()");
        return sb.ToString();
    }

    /// <summary>The same model as <see cref="KerasSource"/>, built with the C# API.</summary>
    public static Sequential Build(int layers)
    {
        var model = new Sequential(Name(layers)) { new Input(32, 32, 3) };
        foreach (var step in Plan(layers)) model.Add(step.Create());
        return model;
    }

    private static string Name(int layers) => $"generated_{layers}";

    private static IEnumerable<Step> Plan(int layers)
    {
        if (layers < 8) throw new ArgumentOutOfRangeException(nameof(layers), "at least 8 layers");
        int rest = layers - 4; // GlobalAveragePooling2D, RepeatVector, Flatten, final Dense
        int conv = rest * 6 / 10, recurrent = rest * 2 / 10, dense = rest - conv - recurrent;
        Step[] convCycle =
        [
            new("layers.Conv2D(32, (3, 3), padding=\"same\", activation=\"relu\")",
                () => new Conv2D(32, (3, 3), padding: "same", activation: "relu")),
            new("layers.BatchNormalization()", () => new BatchNormalization()),
            new("layers.MaxPooling2D((2, 2), strides=1, padding=\"same\")",
                () => new MaxPooling2D((2, 2), strides: 1, padding: "same")),
            new("layers.Dropout(0.1)", () => new Dropout(0.1)),
        ];
        for (int i = 0; i < conv; i++) yield return convCycle[i % convCycle.Length];
        yield return new("layers.GlobalAveragePooling2D()", () => new GlobalAveragePooling2D());
        yield return new("layers.RepeatVector(8)", () => new RepeatVector(8));
        Step[] recurrentCycle =
        [
            new("layers.LSTM(32, return_sequences=True)", () => new LSTM(32, returnSequences: true)),
            new("layers.GRU(32, return_sequences=True)", () => new GRU(32, returnSequences: true)),
        ];
        for (int i = 0; i < recurrent; i++) yield return recurrentCycle[i % recurrentCycle.Length];
        yield return new("layers.Flatten()", () => new Flatten());
        Step[] denseCycle =
        [
            new("layers.Dense(64, activation=\"relu\")", () => new Dense(64, activation: "relu")),
            new("layers.Dropout(0.2)", () => new Dropout(0.2)),
        ];
        for (int i = 0; i < dense; i++) yield return denseCycle[i % denseCycle.Length];
        yield return new("layers.Dense(10, activation=\"softmax\")", () => new Dense(10, activation: "softmax"));
    }
}
