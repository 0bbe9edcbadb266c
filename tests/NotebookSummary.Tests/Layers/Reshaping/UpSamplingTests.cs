using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Reshaping;

/// <summary>UpSampling1D/2D/3D: each spatial length times its factor (Keras: size·n, None stays None).</summary>
public class UpSamplingTests
{
    [Fact]
    public void UpSampling2D_of_case_0049()
    {
        // Case 0049: UpSampling2D((2, 2)) on (4, 4, 8) → (8, 8, 8).
        var row = Row(new UpSampling2D((2, 2)), 4, 4, 8);
        Assert.Equal("(None, 8, 8, 8)", row.Out());
        Assert.Equal("up_sampling2d", row.Name);
        Assert.Equal(LayerKind.Reshape, row.Kind);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        var outH = row.Shape("out_h");
        Assert.Equal("h·size_h", outH.Symbolic);
        Assert.Equal("4·2", outH.Substituted);
        Assert.Equal(8, outH.Result);
    }

    [Fact]
    public void Factors_and_data_format()
    {
        // UpSampling1D(3) on (5, 2): 5·3 = 15.
        var oneD = Row(new UpSampling1D(3), 5, 2);
        Assert.Equal("(None, 15, 2)", oneD.Out());
        Assert.Equal("steps·size", oneD.Shape("out_steps").Symbolic);
        // (2, 3) on (4, 5, 1): 4·2 = 8, 5·3 = 15; channels_first (3, 4, 5) with 2: (3, 8, 10).
        Assert.Equal("(None, 8, 15, 1)", Row(new UpSampling2D((2, 3)), 4, 5, 1).Out());
        Assert.Equal("(None, 3, 8, 10)", Row(new UpSampling2D(2, "channels_first"), 3, 4, 5).Out());
        Assert.Equal("(None, 8, 8, 8)", Row(new UpSampling2D(interpolation: "bilinear"), 4, 4, 8).Out());
        // 3D default (2, 2, 2) on (1, 2, 3, 4): (2, 4, 6, 4); (1, 2, 3) on (2, 2, 2, 1): (2, 4, 6, 1).
        Assert.Equal("(None, 2, 4, 6, 4)", Row(new UpSampling3D(), 1, 2, 3, 4).Out());
        Assert.Equal("(None, 2, 4, 6, 1)", Row(new UpSampling3D((1, 2, 3)), 2, 2, 2, 1).Out());
        Assert.Equal("(None, None, 4)", Row(new UpSampling1D(), null, 4).Out());
    }

    [Fact]
    public void Invalid_arguments_are_model_errors()
    {
        Assert.Contains("'size' must hold positive integers", Error(new UpSampling1D(0), 5, 2).Message);
        Assert.Contains("'size'", Error(new UpSampling2D((2, 2, 2)), 4, 4, 1).Message);
        Assert.Contains("'interpolation' must be one of", Error(new UpSampling2D(interpolation: "cubic"), 4, 4, 1).Message);
        Assert.Contains("expects a 5D input", Error(new UpSampling3D(), 4, 4, 1).Message);
    }
}
