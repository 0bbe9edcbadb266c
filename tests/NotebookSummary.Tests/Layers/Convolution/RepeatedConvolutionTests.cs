using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Convolution;

/// <summary>
/// Layers with the same arguments one after another: a build like an earlier one takes the window and formulas it
/// found again, so each row must still show its own input's numbers (Keras's rules: 'same' gives ⌈n/s⌉, params
/// (k_h·k_w·c_in/groups + 1)·filters), and a difference in any argument or in the input must be seen.
/// </summary>
public class RepeatedConvolutionTests
{
    private static IReadOnlyList<SummaryRow> Rows(params Layer[] layers)
    {
        var summary = new Sequential(layers).Summarize();
        Assert.True(summary.IsValid, summary.Error?.ToString());
        return summary.Rows;
    }

    [Fact]
    public void The_same_strided_convolution_on_shrinking_inputs_shows_each_input()
    {
        // (32, 32, 3) → ⌈32/2⌉ = 16 → 8 → 4; params (3·3·3 + 1)·8 = 224, then (3·3·8 + 1)·8 = 584 twice.
        var rows = Rows(new Input(32, 32, 3), new Conv2D(8, 3, strides: 2, padding: "same"),
            new Conv2D(8, 3, strides: 2, padding: "same"), new Conv2D(8, 3, strides: 2, padding: "same"));
        Assert.Equal(["(None, 16, 16, 8)", "(None, 8, 8, 8)", "(None, 4, 4, 8)"], rows.Select(r => r.OutputShape.ToString()));
        Assert.Equal([224L, 584L, 584L], rows.Select(r => r.Params));
        Assert.Equal(["⌈32/2⌉", "⌈16/2⌉", "⌈8/2⌉"], rows.Select(r => r.WalkThrough.Shape.Single(f => f.Target == "out_h").Substituted));
        Assert.Equal(["(3·3·3 + 1)·8", "(3·3·8 + 1)·8", "(3·3·8 + 1)·8"], rows.Select(r => r.WalkThrough.Parameters!.Substituted));
        // Output positions · weights a filter · filters: 16·16·27·8, 8·8·72·8, 4·4·72·8.
        Assert.Equal([55_296L, 36_864L, 9_216L], rows.Select(r => r.MultiplyAccumulates!.Value));
    }

    [Fact]
    public void Bias_and_groups_are_told_apart_on_the_same_window_and_input()
    {
        // (8, 8, 4), 3×3 'same': (3·3·4 + 1)·4 = 148; no bias 3·3·4·4 = 144; groups=2: (3·3·⌊4/2⌋ + 1)·4 = 76.
        var rows = Rows(new Input(8, 8, 4), new Conv2D(4, 3, padding: "same"), new Conv2D(4, 3, padding: "same", useBias: false),
            new Conv2D(4, 3, padding: "same", groups: 2), new Conv2D(4, 3, padding: "same"));
        Assert.Equal([148L, 144L, 76L, 148L], rows.Select(r => r.Params));
        Assert.Equal([false, true, false, false], rows.Select(r => r.WalkThrough.Notes.Any(n => n.StartsWith("use_bias=False", StringComparison.Ordinal))));
        Assert.Equal([1, 1, 2, 1], rows.Select(r => r.Window!.ChannelGroups));
        Assert.All(rows, r => Assert.Equal("(None, 8, 8, 4)", r.OutputShape.ToString()));
    }

    [Fact]
    public void A_window_written_alike_gives_the_same_numbers_and_a_different_one_its_own()
    {
        // 3 and (3, 3) are one kernel; 'valid' 3×3 then shrinks 8 → 6, and (1, 1) keeps 6.
        var rows = Rows(new Input(8, 8, 2), new Conv2D(2, 3, padding: "same"), new Conv2D(2, (3, 3), padding: "same"),
            new Conv2D(2, 3), new Conv2D(2, (1, 1)));
        Assert.Equal(["(None, 8, 8, 2)", "(None, 8, 8, 2)", "(None, 6, 6, 2)", "(None, 6, 6, 2)"], rows.Select(r => r.OutputShape.ToString()));
        Assert.Equal(["⌈h/s_h⌉", "⌈h/s_h⌉", "⌊(h − k_h)/s_h⌋ + 1", "⌊(h − k_h)/s_h⌋ + 1"],
            rows.Select(r => r.WalkThrough.Shape.Single(f => f.Target == "out_h").Symbolic));
        Assert.Equal([3, 3, 3, 1], rows.Select(r => r.Window!.Size[0]));
    }

    [Fact]
    public void A_causal_window_keeps_the_note_of_its_own_class()
    {
        // Keras 3 refuses padding='causal' for SeparableConv1D (the library notes it), not for Conv1D.
        var rows = Rows(new Input(10, 2), new SeparableConv1D(2, 3, padding: "causal"), new Conv1D(2, 3, padding: "causal"),
            new SeparableConv1D(2, 3, padding: "causal"));
        Assert.Equal([true, false, true], rows.Select(r => r.WalkThrough.Notes.Any(n => n.Contains("Keras 3 refuses it", StringComparison.Ordinal))));
        Assert.All(rows, r => Assert.Equal("(None, 10, 2)", r.OutputShape.ToString()));
    }
}
