using System.Text;
using NotebookSummary.Keras;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// Reading stays linear: a generated source of twice the layers costs about twice the work, and each layer a
/// bounded amount. Work is counted in allocated bytes (<see cref="WorkMeter"/>), not time, so the tests pass on a
/// busy machine; the time per layer is the benchmark's job ("read Keras source" in
/// tests/NotebookSummary.Benchmarks, figures in the README's Speed section).
/// </summary>
public class PerformanceTests
{
    private static string Generated(int layers)
    {
        var sb = new StringBuilder("from tensorflow import keras\nfrom tensorflow.keras import layers\n\n");
        sb.Append("model = keras.Sequential(name=\"generated\")\nmodel.add(keras.Input(shape=(32, 32, 3)))\n");
        string[] cycle =
        [
            "model.add(layers.Conv2D(32, (3, 3), padding=\"same\", activation=\"relu\"))",
            "model.add(layers.BatchNormalization())",
            "model.add(layers.MaxPooling2D((2, 2), strides=1, padding=\"same\"))",
            "model.add(layers.Dropout(0.1))",
        ];
        for (int i = 0; i < layers; i++) sb.Append(cycle[i % cycle.Length]).Append('\n');
        sb.Append("model.summary()\n");
        return sb.ToString();
    }

    /// <summary>Bytes allocated reading a generated source of <paramref name="layers"/> layers, checked to be read whole.</summary>
    private static long ReadingWork(int layers)
    {
        var text = Generated(layers);
        KerasReadResult? result = null;
        long bytes = WorkMeter.AllocatedBytes(() => result = KerasSource.Parse(text));
        Assert.Empty(result!.Diagnostics);
        Assert.Equal(layers + 1, result.Model!.Layers.Count);
        return bytes;
    }

    private static void WarmUp() => KerasSource.Parse(Generated(100)); // JIT, the layer catalogue

    [Fact]
    public void Reading_twenty_thousand_layers_does_at_most_about_twice_the_work_of_ten_thousand()
    {
        WarmUp();
        WorkMeter.AssertLinear(ReadingWork(10_000), ReadingWork(20_000), "reading 10,000 → 20,000 layers");
    }

    [Fact]
    public void Reading_ten_thousand_layers_allocates_a_bounded_amount_per_layer()
    {
        // About 1.3 KB per layer (measured 1,250 B on 2026-12-05); 4 KB leaves room for new features, not for a
        // per-layer copy of the model or the source.
        WarmUp();
        long perLayer = ReadingWork(10_000) / 10_000;
        Assert.True(perLayer <= 4096, $"{perLayer:N0} bytes per layer");
    }
}
