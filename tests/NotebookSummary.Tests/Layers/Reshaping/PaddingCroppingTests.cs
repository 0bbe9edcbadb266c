using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Reshaping;

/// <summary>
/// ZeroPadding1D/2D/3D add, Cropping1D/2D/3D remove, before and after each spatial axis: out = n + before + after,
/// or n − before − after. Amounts: one integer, one per axis, or per side (Keras's nested pairs, or the same
/// 2·rank values flat).
/// </summary>
public class PaddingCroppingTests
{
    [Fact]
    public void ZeroPadding2D_of_case_0054()
    {
        // Case 0054: ZeroPadding2D((1, 1)) on (109, 109, 96): 109 + 1 + 1 = 111.
        var row = Row(new ZeroPadding2D((1, 1)), 109, 109, 96);
        Assert.Equal("(None, 111, 111, 96)", row.Out());
        Assert.Equal(LayerKind.Reshape, row.Kind);
        Assert.Equal("zero_padding2d", row.Name);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        var outH = row.Shape("out_h");
        Assert.Equal("h + pad_top + pad_bottom", outH.Symbolic);
        Assert.Equal("109 + 1 + 1", outH.Substituted);
        Assert.Equal(111, outH.Result);
        Assert.Equal("w + pad_left + pad_right", row.Shape("out_w").Symbolic);
    }

    [Fact]
    public void ZeroPadding_forms()
    {
        // Per side ((1, 2), (3, 4)) on (10, 10, 3): 10 + 1 + 2 = 13, 10 + 3 + 4 = 17; flat (1, 2, 3, 4) is the same.
        Assert.Equal("(None, 13, 17, 3)", Row(new ZeroPadding2D(((1, 2), (3, 4))), 10, 10, 3).Out());
        Assert.Equal("(None, 13, 17, 3)", Row(new ZeroPadding2D((1, 2, 3, 4)), 10, 10, 3).Out());
        // Per axis (1, 2): 10 + 2 = 12, 10 + 4 = 14.
        Assert.Equal("(None, 12, 14, 3)", Row(new ZeroPadding2D((1, 2)), 10, 10, 3).Out());
        // Default padding=1 on every side.
        Assert.Equal("(None, 12, 12, 3)", Row(new ZeroPadding2D(), 10, 10, 3).Out());
        // 1D: (2, 0) is (start, end): 5 + 2 + 0 = 7; channels_first pads the last axis: 5 + 2 + 2 = 9.
        var oneD = Row(new ZeroPadding1D((2, 0)), 5, 3);
        Assert.Equal("(None, 7, 3)", oneD.Out());
        Assert.Equal("steps + pad_start + pad_end", oneD.Shape("out_steps").Symbolic);
        Assert.Equal("(None, 3, 9)", Row(new ZeroPadding1D(2, "channels_first"), 3, 5).Out());
        // 3D: default 1 → (2 + 2, 3 + 2, 4 + 2); per side (1, 0, 0, 2, 3, 3) → (2 + 1, 3 + 2, 4 + 6).
        Assert.Equal("(None, 4, 5, 6, 1)", Row(new ZeroPadding3D(), 2, 3, 4, 1).Out());
        Assert.Equal("(None, 3, 5, 10, 1)", Row(new ZeroPadding3D(((1, 0), (0, 2), (3, 3))), 2, 3, 4, 1).Out());
        Assert.Equal("(None, 3, 5, 10, 1)", Row(new ZeroPadding3D((1, 0, 0, 2, 3, 3)), 2, 3, 4, 1).Out());
        Assert.Equal("d + pad_front + pad_back", Row(new ZeroPadding3D(), 2, 3, 4, 1).Shape("out_d").Symbolic);
        // channels_first 2D: (3, 8, 8) → (3, 10, 10); an unknown length stays unknown.
        Assert.Equal("(None, 3, 10, 10)", Row(new ZeroPadding2D(1, "channels_first"), 3, 8, 8).Out());
        Assert.Equal("(None, None, 4)", Row(new ZeroPadding1D(), null, 4).Out());
    }

    [Fact]
    public void ZeroPadding_errors()
    {
        Assert.Contains("cannot hold negative values", Error(new ZeroPadding2D(-1), 4, 4, 1).Message);
        Assert.Contains("'padding' must be an integer, a tuple of 2 integers", Error(new ZeroPadding2D((1, 2, 3)), 4, 4, 1).Message);
        Assert.Contains("'padding' must be an integer or a tuple of 2 integers (start, end)", Error(new ZeroPadding1D((1, 2, 3)), 4, 1).Message);
        Assert.Contains("expects a 4D input", Error(new ZeroPadding2D(), 4, 1).Message);
    }

    [Fact]
    public void Cropping2D_walk_through()
    {
        // Keras's docstring: Cropping2D(((2, 2), (4, 4))) on (28, 28, 3) → (24, 20, 3).
        var row = Row(new Cropping2D(((2, 2), (4, 4))), 28, 28, 3);
        Assert.Equal("(None, 24, 20, 3)", row.Out());
        Assert.Equal(LayerKind.Reshape, row.Kind);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        var outH = row.Shape("out_h");
        Assert.Equal("h − crop_top − crop_bottom", outH.Symbolic);
        Assert.Equal("28 − 2 − 2", outH.Substituted);
        Assert.Equal(24, outH.Result);
        Assert.Equal("28 − 4 − 4", row.Shape("out_w").Substituted);
    }

    [Fact]
    public void Cropping_forms()
    {
        // Cropping1D default (1, 1) on (3, 2) → (1, 2) (Keras's docstring); (1, 2) on (10, 4) → 10 − 1 − 2 = 7.
        Assert.Equal("(None, 1, 2)", Row(new Cropping1D(), 3, 2).Out());
        Assert.Equal("(None, 7, 4)", Row(new Cropping1D((1, 2)), 10, 4).Out());
        // Cropping2D default crops nothing; (1, 2) per axis, channels_first on (3, 10, 10): 10 − 2 = 8, 10 − 4 = 6.
        Assert.Equal("(None, 5, 5, 1)", Row(new Cropping2D(), 5, 5, 1).Out());
        Assert.Equal("(None, 3, 8, 6)", Row(new Cropping2D((1, 2), "channels_first"), 3, 10, 10).Out());
        // Cropping3D default 1 on every side: (4 − 2, 5 − 2, 6 − 2).
        Assert.Equal("(None, 2, 3, 4, 2)", Row(new Cropping3D(), 4, 5, 6, 2).Out());
        Assert.Equal("(None, 3, 3, 3, 2)", Row(new Cropping3D(((1, 0), (0, 2), (1, 2))), 4, 5, 6, 2).Out());
        // An unknown length cannot be checked and stays unknown.
        Assert.Equal("(None, None, 4)", Row(new Cropping1D(), null, 4).Out());
    }

    [Fact]
    public void Cropping_everything_is_a_model_error()
    {
        var e = Error(new Cropping2D(((2, 2), (0, 0))), 4, 5, 1);
        Assert.Equal("Cropping2D crops 2 + 2 from an input height of 4: nothing would remain", e.Message);
        Assert.Contains("less than 4", e.Hint);
        Assert.Contains("nothing would remain", Error(new Cropping1D((3, 3)), 5, 1).Message);
        Assert.Contains("cannot hold negative values", Error(new Cropping1D(-1), 5, 1).Message);
        Assert.Contains("expects a 5D input", Error(new Cropping3D(), 5, 5, 1).Message);
    }
}
