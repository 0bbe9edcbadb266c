using static NotebookSummary.Tests.Layers.LayerKit;

namespace NotebookSummary.Tests.Layers.Pooling;

/// <summary>
/// GlobalMax/AveragePooling 1D/2D/3D (Keras's BaseGlobalPooling): channels_last (batch, spatial…, c) → (batch, c),
/// channels_first (batch, c, spatial…) → (batch, c); keepdims=True keeps each spatial axis as 1. No weights.
/// </summary>
public class GlobalPoolingTests
{
    [Fact]
    public void Global_average_pooling_2d_of_case_0028()
    {
        // Case 0028: (4, 4, 512) → (512).
        var row = Row(new GlobalAveragePooling2D(), 4, 4, 512);
        Assert.Equal("(None, 512)", row.Out());
        Assert.Equal(0, row.Params);
        Assert.Equal(LayerKind.AveragePooling, row.Kind);
        Assert.Equal("global_average_pooling2d", row.Name);
        Assert.Null(row.WalkThrough.Parameters);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains("the 4×4 positions of each of the 512 channels are reduced to one value, their average", row.WalkThrough.Notes);
    }

    [Theory]
    [InlineData(false, null, "(None, 512)")]
    [InlineData(true, null, "(None, 1, 1, 512)")]
    [InlineData(false, "channels_first", "(None, 4)")]
    [InlineData(true, "channels_first", "(None, 4, 1, 1)")]
    public void Keepdims_and_data_format(bool keepdims, string? dataFormat, string expected)
    {
        // The same (4, 4, 512) tensor: channels_first reads its axis 1 (4) as the channels.
        Assert.Equal(expected, Row(new GlobalMaxPooling2D(dataFormat, keepdims), 4, 4, 512).Out());
    }

    [Fact]
    public void One_and_three_dimensional()
    {
        // Case 0059: GlobalMaxPooling1D on (None, 128) (unknown steps) → (128).
        var max1 = Row(new GlobalMaxPooling1D(), null, 128);
        Assert.Equal("(None, 128)", max1.Out());
        Assert.Equal(LayerKind.MaxPooling, max1.Kind);
        Assert.Contains("all positions of each of the 128 channels are reduced to one value, their maximum", max1.WalkThrough.Notes);
        // Case 0017: GlobalAveragePooling1D on (10, 23) → (23).
        Assert.Equal("(None, 23)", Row(new GlobalAveragePooling1D(), 10, 23).Out());
        Assert.Equal("(None, 5)", Row(new GlobalMaxPooling3D(), 2, 3, 4, 5).Out());
        Assert.Equal("(None, 1, 1, 1, 5)", Row(new GlobalAveragePooling3D(keepdims: true), 2, 3, 4, 5).Out());
        Assert.Equal("(None, 2)", Row(new GlobalAveragePooling3D("channels_first"), 2, 3, 4, 5).Out());
        Assert.Equal("(None, 7, 1)", Row(new GlobalAveragePooling1D("channels_first", keepdims: true), 7, 30).Out());
    }

    [Fact]
    public void Unknown_channels_pass_through()
    {
        // No weights depend on the channels, so Keras accepts them unknown.
        Assert.Equal("(None, None)", Row(new GlobalMaxPooling2D(), 8, 8, null).Out());
    }

    [Fact]
    public void Wrong_rank_and_data_format_are_model_errors()
    {
        var e = Error(new GlobalAveragePooling2D(), 10, 3);
        Assert.Equal("GlobalAveragePooling2D expects a 4D input (batch, rows, cols, channels), but its input is (None, 10, 3) (3D)", e.Message);
        Assert.Contains("expects a 3D input", Error(new GlobalMaxPooling1D(), 4, 4, 3).Message);
        Assert.Contains("'data_format'", Error(new GlobalMaxPooling1D("channels_middle"), 4, 3).Message);
    }
}
