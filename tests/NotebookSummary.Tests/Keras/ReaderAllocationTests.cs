using System.Text;
using NotebookSummary.Keras;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// What reading Keras source (lex, parse, run, bind: up to the model, before summarizing) costs per layer, in
/// allocated bytes (work, not time), on the cold-process benchmark's model (tests/NotebookSummary.Benchmarks/
/// cold-process.py, <c>source</c>): Conv2D / BatchNormalization / Activation blocks, one <c>model.add</c> per line
/// up to 10,000 layers and a <c>for</c> loop beyond. The bounds are measurements with a margin of about half: they
/// catch work per layer that grows by half or doubles, not a few bytes.
/// </summary>
public class ReaderAllocationTests
{
    private static readonly string[] Block =
        ["layers.Conv2D(8, 3, padding='same')", "layers.BatchNormalization()", "layers.Activation('relu')"];

    /// <summary>The benchmark's source: one line per layer, or (<paramref name="loop"/>) a loop over the block.</summary>
    private static string Source(int layers, bool loop)
    {
        var sb = new StringBuilder("import keras\nfrom keras import layers\n\nmodel = keras.Sequential()\nmodel.add(keras.Input(shape=(16, 16, 8)))\n");
        if (loop)
        {
            sb.Append("for _ in range(").Append(layers / 3).Append("):\n");
            foreach (var layer in Block) sb.Append("    model.add(").Append(layer).Append(")\n");
            for (int i = 0; i < layers % 3; i++) sb.Append("model.add(").Append(Block[i]).Append(")\n");
        }
        else
        {
            for (int i = 0; i < layers; i++) sb.Append("model.add(").Append(Block[i % 3]).Append(")\n");
        }
        return sb.Append("model.summary()\n").ToString();
    }

    /// <summary>Bytes allocated reading the source, checked to be read whole and without a diagnostic.</summary>
    private static long ReadingWork(int layers, bool loop)
    {
        var text = Source(layers, loop);
        KerasReadResult? result = null;
        long bytes = WorkMeter.AllocatedBytes(() => result = KerasSource.Parse(text));
        Assert.Empty(result!.Diagnostics);
        Assert.Equal(layers + 1, result.Model!.Layers.Count); // the Input and the layers
        return bytes;
    }

    private static void WarmUp()
    {
        // JIT, the layer catalogue, the constructors' signatures: once per process, not per layer.
        KerasSource.Parse(Source(30, loop: false));
        KerasSource.Parse(Source(30, loop: true));
    }

    [Fact]
    public void Reading_ten_thousand_lines_allocates_a_bounded_amount_per_layer()
    {
        WarmUp();
        long perLayer = ReadingWork(10_000, loop: false) / 10_000;
        // Measured 726 B a layer on 2026-12-05, after a call repeating a layer's arguments copied the layer made for
        // them instead of invoking its constructor (818 before; 1,493 before the reader reused its argument buffers
        // and binder and kept literal values on their nodes; tokens hold no reference since, which changed no byte);
        // about half as much again is the bound. Of it, ~480 B is the syntax tree of the line and the rest the
        // layer: its copy, its source location, and the Python object standing for it.
        Assert.True(perLayer <= 1_090, $"reading allocated {perLayer:N0} B a layer");
    }

    [Fact]
    public void Reading_a_loop_of_thirty_thousand_layers_allocates_a_bounded_amount_per_layer()
    {
        WarmUp();
        long perLayer = ReadingWork(30_000, loop: true) / 30_000;
        // Measured 197 B a layer on 2026-12-05 with the layer copies above (287 before them, 839 before the reuse
        // above; the loop body is parsed once, so this is running and binding alone); about half as much again is
        // the bound.
        Assert.True(perLayer <= 300, $"reading allocated {perLayer:N0} B a layer");
    }

    [Fact]
    public void Reading_twice_the_lines_does_at_most_about_twice_the_work()
    {
        WarmUp();
        WorkMeter.AssertLinear(ReadingWork(5_000, loop: false), ReadingWork(10_000, loop: false), "reading 5,000 → 10,000 lines");
    }

    [Fact]
    public void Running_twice_the_loop_iterations_does_at_most_about_twice_the_work()
    {
        WarmUp();
        WorkMeter.AssertLinear(ReadingWork(30_000, loop: true), ReadingWork(60_000, loop: true), "reading a loop of 30,000 → 60,000 layers");
    }
}
