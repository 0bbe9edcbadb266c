using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomContrast(factor, value_range=(0, 255), seed=None)</c>: while training, moves each image's pixels
/// away from (or towards) the mean of their channel: <c>(x − mean)·c + mean</c> with a random <c>c</c> per image
/// drawn from <c>[1 − lower, 1 + upper]</c>, then clips to <c>value_range</c>. Identity at inference; shape
/// unchanged; no weights. (Keras 2's second positional argument was <c>seed</c>; Keras 3's is <c>value_range</c>.)
/// </summary>
/// <param name="factor">A number in [0, 1] or a pair (lower, upper).</param>
/// <param name="valueRange">The pixel range (low, high); null is Keras's default (0, 255).</param>
public sealed class RandomContrast(object factor, object? valueRange = null, int? seed = null, string? dataFormat = null,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    public NumericArgument? Factor { get; } = NumericArgument.Of(factor);
    public NumericArgument? ValueRange { get; } = NumericArgument.Of(valueRange);
    public int? Seed { get; } = seed;
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Dropout;

    private const string Hint = "factor is a fraction: 0.2 changes the contrast by up to 20%";

    protected internal override void Build(LayerBuilder b)
    {
        // Keras 3 reads one number f as the pair (0, f), so the contrast only ever grows: c in [1, 1 + f].
        var range = FactorRange.Bounded(b, Factor, "factor", 0, 1, Hint);
        var clip = PixelRange.Read(b, ValueRange);
        ImageAugmentation.Build(b, DataFormat,
            $"each image's pixels become (x − mean)·c + mean, with mean per channel and c random in "
            + $"[1 − {FactorRange.Show(range.Lower)}, 1 + {FactorRange.Show(range.Upper)}] = "
            + $"[{FactorRange.Show(1 - range.Lower)}, {FactorRange.Show(1 + range.Upper)}], clipped to {clip}");
    }
}
