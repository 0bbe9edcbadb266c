using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomBrightness(factor, value_range=(0, 255), seed=None)</c>: while training, adds one random amount to
/// every pixel of an image — a fraction drawn from <c>factor</c> of the width of <c>value_range</c> — and clips to
/// <c>value_range</c>. Identity at inference; shape unchanged; no weights.
/// </summary>
/// <param name="factor">A number in [-1, 1] (the range ±|factor|) or a pair (lower, upper).</param>
/// <param name="valueRange">The pixel range (low, high); null is Keras's default (0, 255).</param>
public sealed class RandomBrightness(object factor, object? valueRange = null, int? seed = null,
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    /// <summary>The factor as given; Keras reads None as 0 (no change).</summary>
    public NumericArgument Factor { get; } = NumericArgument.Of(factor) ?? NumericArgument.Of(0.0)!;
    public NumericArgument? ValueRange { get; } = NumericArgument.Of(valueRange);
    public int? Seed { get; } = seed;
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Dropout;

    protected internal override void Build(LayerBuilder b)
    {
        var range = FactorRange.Bounded(b, Factor, "factor", -1, 1,
            "factor is a fraction of value_range: 0.2 brightens or darkens by up to 20% of it; -1 is black, 1 is white");
        var clip = PixelRange.Read(b, ValueRange);
        double span = clip.High - clip.Low;
        ImageAugmentation.Build(b, DataFormat,
            $"one random amount in [{FactorRange.Show(range.Lower)}·{FactorRange.Show(span)}, {FactorRange.Show(range.Upper)}·{FactorRange.Show(span)}] = "
            + $"[{FactorRange.Show(range.Lower * span)}, {FactorRange.Show(range.Upper * span)}] (factor·(high − low)) "
            + $"is added to every pixel of an image, then clipped to {clip}");
    }
}
