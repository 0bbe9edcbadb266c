using System.Diagnostics;
using System.Text;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// Reading stays linear and fast: a generated 10,000-layer source reads (lex, parse, run, bind) in well under 50 ms
/// on an idle machine. The bound asserted here is generous because tests share the machine with builds; the
/// lead's benchmark measures the real figure.
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

    [Fact]
    public void Ten_thousand_layers_read_in_bounded_time()
    {
        var text = Generated(10_000);
        KerasSource.Parse(text); // warm up (JIT, catalogue)
        var times = new List<double>();
        KerasReadResult? result = null;
        for (int i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            result = KerasSource.Parse(text);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Assert.Empty(result!.Diagnostics);
        Assert.Equal(10_001, result.Model!.Layers.Count);
        Assert.True(times.Min() < 500, $"best of 5: {times.Min():F0} ms");
    }

    [Fact]
    public void Reading_time_grows_linearly()
    {
        // 20,000 layers take about twice as long as 10,000 (generous factor for noise), not four times.
        var small = Generated(5_000);
        var large = Generated(20_000);
        KerasSource.Parse(small);
        KerasSource.Parse(large);
        double Best(string text)
        {
            double best = double.MaxValue;
            for (int i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                KerasSource.Parse(text);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }
            return best;
        }
        double ratio = Best(large) / Best(small);
        Assert.True(ratio < 10, $"20,000 layers took {ratio:F1}× as long as 5,000");
    }
}
