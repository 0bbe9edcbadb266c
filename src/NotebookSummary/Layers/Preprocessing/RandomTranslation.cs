using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomTranslation(height_factor, width_factor, fill_mode='reflect', interpolation='bilinear', seed=None,
/// fill_value=0.0)</c>: while training, shifts each image vertically and horizontally by random fractions of its
/// height and width. Identity at inference; shape unchanged; no weights.
/// </summary>
/// <param name="heightFactor">A number (the range ±|factor|) or a pair (lower, upper), each in [-1, 1].</param>
/// <param name="widthFactor">The same for the horizontal shift.</param>
public sealed class RandomTranslation(object heightFactor, object widthFactor, string fillMode = "reflect",
    string interpolation = "bilinear", int? seed = null, double fillValue = 0.0, string? dataFormat = null,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GeometricAugmentationLayer(fillMode, interpolation, seed, fillValue, dataFormat, name, trainable, inputShape, inputDim)
{
    public NumericArgument? HeightFactor { get; } = NumericArgument.Of(heightFactor);
    public NumericArgument? WidthFactor { get; } = NumericArgument.Of(widthFactor);

    private const string Hint = "a translation factor is a fraction of the image size: 0.1 shifts by up to 10% either way";

    protected internal override void Build(LayerBuilder b)
    {
        var height = FactorRange.EachWithinOne(b, HeightFactor, "height_factor", excludeMinusOne: false, Hint);
        var width = FactorRange.EachWithinOne(b, WidthFactor, "width_factor", excludeMinusOne: false, Hint);
        var fill = CheckFill(b);
        ImageAugmentation.Build(b, DataFormat,
            $"each image is shifted vertically by a random amount in {height.Percentages} of its height and horizontally "
            + $"by one in {width.Percentages} of its width; uncovered areas are filled by '{fill}'");
    }
}
