using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomZoom(height_factor, width_factor=None, fill_mode='reflect', interpolation='bilinear', seed=None,
/// fill_value=0.0)</c>: while training, zooms each image out (positive amounts) or in (negative) by a random
/// fraction of its size. Without <c>width_factor</c> both sides zoom alike, keeping the aspect ratio. Identity at
/// inference; shape unchanged; no weights.
/// </summary>
/// <param name="heightFactor">A number (the range ±|factor|) or a pair (lower, upper), each in (-1, 1].</param>
/// <param name="widthFactor">The same for the width, or null to zoom the width as the height.</param>
public sealed class RandomZoom(object heightFactor, object? widthFactor = null, string fillMode = "reflect",
    string interpolation = "bilinear", int? seed = null, double fillValue = 0.0, string? dataFormat = null,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GeometricAugmentationLayer(fillMode, interpolation, seed, fillValue, dataFormat, name, trainable, inputShape, inputDim)
{
    public NumericArgument? HeightFactor { get; } = NumericArgument.Of(heightFactor);
    public NumericArgument? WidthFactor { get; } = NumericArgument.Of(widthFactor);

    private const string Hint = "a zoom factor is a fraction of the image size: 0.2 zooms out or in by up to 20%; -1 would zoom in to nothing";

    protected internal override void Build(LayerBuilder b)
    {
        var height = FactorRange.EachWithinOne(b, HeightFactor, "height_factor", excludeMinusOne: true, Hint);
        string width = WidthFactor is null
            ? "of its width by the same amount (width_factor=None keeps the aspect ratio)"
            : $"of its width by one in {FactorRange.EachWithinOne(b, WidthFactor, "width_factor", excludeMinusOne: true, Hint).Percentages}";
        var fill = CheckFill(b);
        ImageAugmentation.Build(b, DataFormat,
            $"each image is zoomed by a random amount in {height.Percentages} of its height and {width}; "
            + $"positive amounts zoom out, negative ones zoom in; uncovered areas are filled by '{fill}'");
    }
}
