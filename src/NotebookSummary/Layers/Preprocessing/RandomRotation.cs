using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomRotation(factor, fill_mode='reflect', interpolation='bilinear', seed=None, fill_value=0.0)</c>:
/// while training, rotates each image by a random fraction of a full turn drawn from <c>factor</c> (<c>0.1</c>: up
/// to ±36°). Identity at inference; shape unchanged; no weights.
/// </summary>
/// <param name="factor">A number in [-1, 1] (the range ±|factor|), or a pair (lower, upper), as fractions of 360°.</param>
public sealed class RandomRotation(object factor, string fillMode = "reflect", string interpolation = "bilinear",
    int? seed = null, double fillValue = 0.0, string? dataFormat = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null)
    : GeometricAugmentationLayer(fillMode, interpolation, seed, fillValue, dataFormat, name, trainable, inputShape, inputDim)
{
    /// <summary>The factor as given; Keras reads None as 0 (no rotation).</summary>
    public NumericArgument Factor { get; } = NumericArgument.Of(factor) ?? NumericArgument.Of(0.0)!;

    protected internal override void Build(LayerBuilder b)
    {
        var range = FactorRange.Bounded(b, Factor, "factor", -1, 1,
            "factor is a fraction of a full turn: factor=0.1 rotates by up to ±36°");
        var fill = CheckFill(b);
        ImageAugmentation.Build(b, DataFormat,
            $"each image is rotated by a random angle in [{Degrees(range.Lower)}, {Degrees(range.Upper)}] "
            + $"(factor·360°, positive is counter-clockwise); the corners are filled by '{fill}'");
    }

    private static string Degrees(double turns) => FactorRange.Show(turns * 360) + "°";
}
