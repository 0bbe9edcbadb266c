using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The <c>value_range</c> of RandomContrast and RandomBrightness: the (low, high) range the pixel values lie in,
/// (0, 255) by default; outputs are clipped to it. A pair of numbers, taken in either order as Keras sorts it.
/// </summary>
internal readonly record struct PixelRange(double Low, double High)
{
    public static PixelRange Read(LayerBuilder b, NumericArgument? value)
    {
        if (value is null) return new PixelRange(0, 255);
        if (!value.IsNumeric || value.Shape.Count != 1 || value.Shape[0] != 2)
            b.Fail($"{b.Layer.ClassName} argument 'value_range' must be a pair of numbers (low, high), but it is {value}",
                value.IsScalar && b.Layer is RandomContrast
                    ? "in Keras 2 the second argument of RandomContrast was seed: write seed=" + value.Text
                    : "e.g. value_range=(0, 255) for 8-bit pixels, or (0, 1) after Rescaling(1/255)");
        double a = value.Values[0], c = value.Values[1];
        return a <= c ? new PixelRange(a, c) : new PixelRange(c, a);
    }

    public override string ToString() => $"[{FactorRange.Show(Low)}, {FactorRange.Show(High)}]";
}
