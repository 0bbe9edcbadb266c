using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Preprocessing;

/// <summary>Rescaling: x·scale + offset; Keras's compute_output_shape returns the input shape; no weights.</summary>
public class RescalingTests
{
    [Theory]
    [InlineData("0073", "rescaling")] // keras.io augmentation example: Rescaling(1.0 / 255) on (180, 180, 3)
    [InlineData("0116", "rescaling")] // EfficientNetB0's stem on (224, 224, 3)
    [InlineData("0128", "rescaling")] // MobileNetV3Small's stem
    public void Matches_the_rows_keras_reported(string caseId, string layer)
    {
        var expected = ConformanceCase.Functional(caseId).Row(layer);
        var row = LayerAssert.Row(new Rescaling(1.0 / 255), expected.SampleShape);
        expected.AssertLayerValues(row);
    }

    [Fact]
    public void Walk_through_shows_the_arithmetic_and_the_range_it_maps_pixels_to()
    {
        var row = LayerAssert.Row(new Rescaling(1.0 / 127.5, -1), 32, 32, 3);
        Assert.Equal(LayerKind.Other, row.Kind);
        Assert.True(row.HasNoWeights);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains("every value x becomes x·scale + offset = x·0.00784313725490196 − 1", row.WalkThrough.Notes);
        // 0·s − 1 = −1 and 255/127.5 − 1 = 1.
        Assert.Contains("8-bit pixel values, in [0, 255], become values in [-1, 1]", row.WalkThrough.Notes);
    }

    [Fact]
    public void A_scale_per_channel_keeps_the_shape()
    {
        // ImageNet-style: a value per channel (Keras broadcasts it like numpy).
        var row = LayerAssert.Row(new Rescaling(new[] { 1 / 0.229, 1 / 0.224, 1 / 0.225 }), 8, 8, 3);
        Assert.Equal("(None, 8, 8, 3)", row.OutputShape.ToString());
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("one value per channel"));
    }

    [Fact]
    public void A_scale_that_is_not_a_number_is_a_model_error()
    {
        var error = LayerAssert.Error(new Rescaling("1/255"), 8);
        Assert.Equal("Rescaling argument 'scale' must be a number (or a list of numbers, one per channel), but it is '1/255'", error.Message);
        Assert.Contains("scale=1.0 / 255", error.Hint);
        Assert.Contains("'offset'", LayerAssert.Error(new Rescaling(0.5, new object[] { 1, "a" }), 8).Message);
    }
}
