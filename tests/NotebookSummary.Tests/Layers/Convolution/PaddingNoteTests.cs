namespace NotebookSummary.Tests.Layers.Convolution;

/// <summary>
/// A walk-through says why its output-size rule has the shape it has: with "same" the kernel size
/// drops out of ⌈n/s⌉ (Keras pads so every stride position has a full window), with "valid" the floor counts the
/// positions where the whole window fits.
/// </summary>
public class PaddingNoteTests
{
    [Fact]
    public void Same_padding_says_why_the_kernel_size_is_not_in_the_rule()
    {
        var row = LayerKit.Row(new Conv2D(8, 5, strides: 2, padding: "same"), 15, 15, 3);
        Assert.Equal("(None, 8, 8, 8)", row.Out()); // ⌈15/2⌉ = 8 whatever the 5×5 kernel
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("padding=\"same\":", StringComparison.Ordinal) && n.Contains("⌈n/s⌉"));
        Assert.DoesNotContain(row.WalkThrough.Notes, n => n.StartsWith("padding=\"valid\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_padding_names_the_floor_rule()
    {
        var row = LayerKit.Row(new Conv2D(8, 5, strides: 2), 15, 15, 3);
        Assert.Equal("(None, 6, 6, 8)", row.Out()); // ⌊(15 − 5)/2⌋ + 1 = 6
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("padding=\"valid\":", StringComparison.Ordinal) && n.Contains("floor"));
    }

    [Fact]
    public void Pooling_speaks_of_its_pool_window()
    {
        var row = LayerKit.Row(new MaxPooling2D(3, padding: "same"), 10, 10, 4);
        Assert.Equal("(None, 4, 4, 4)", row.Out()); // ⌈10/3⌉ = 4
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("padding=\"same\":", StringComparison.Ordinal) && n.Contains("pool window"));
    }

    [Fact]
    public void Causal_padding_says_it_looks_only_backwards()
    {
        var row = LayerKit.Row(new Conv1D(4, 3, padding: "causal"), 10, 2);
        Assert.Equal("(None, 10, 4)", row.Out());
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("padding=\"causal\":", StringComparison.Ordinal) && n.Contains("earlier steps"));
    }
}
