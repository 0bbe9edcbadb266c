using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The range <c>[Lower, Upper]</c> a random augmentation draws its amount from, read from a <c>factor</c> argument
/// with Keras 3's rules: one number <c>f</c> means <c>[-|f|, |f|]</c> (clipped to the allowed range), a pair is the
/// range itself (in either order). A bad factor is a model error naming the argument.
/// </summary>
internal readonly record struct FactorRange(double Lower, double Upper)
{
    /// <summary>
    /// The rule of RandomRotation, RandomContrast and RandomBrightness (Keras 3's base image layer): None is refused
    /// (the layers that read None as 0 pass 0 instead); a number must lie
    /// in [<paramref name="min"/>, <paramref name="max"/>]; a pair is refused only when its first value is above
    /// <paramref name="max"/> or its second below <paramref name="min"/> (Keras checks no more than that).
    /// </summary>
    public static FactorRange Bounded(LayerBuilder b, NumericArgument? factor, string argument, double min, double max, string hint)
    {
        string allowed = $"in [{Show(min)}, {Show(max)}]";
        if (factor is null) Refuse(b, factor, argument, allowed, hint);
        if (factor.IsScalar)
        {
            double f = factor.Values[0];
            if (!(f >= min && f <= max)) Refuse(b, factor, argument, allowed, hint);
            return new FactorRange(Math.Max(-Math.Abs(f), min), Math.Abs(f));
        }
        var (first, second) = Pair(b, factor, argument, allowed, hint);
        if (first > max || second < min) Refuse(b, factor, argument, allowed, hint);
        return Sorted(first, second);
    }

    /// <summary>
    /// The rule of RandomZoom and RandomTranslation: every value, alone or in the pair, must lie in [-1, 1]
    /// (zoom excludes -1, which would zoom into nothing).
    /// </summary>
    public static FactorRange EachWithinOne(LayerBuilder b, NumericArgument? factor, string argument, bool excludeMinusOne, string hint)
    {
        string allowed = excludeMinusOne ? "in (-1, 1]" : "in [-1, 1]";
        bool Fits(double v) => v <= 1 && (excludeMinusOne ? v > -1 : v >= -1);
        if (factor is null) Refuse(b, factor, argument, allowed, hint);
        if (factor.IsScalar)
        {
            double f = factor.Values[0];
            if (!Fits(f)) Refuse(b, factor, argument, allowed, hint);
            return new FactorRange(-Math.Abs(f), Math.Abs(f));
        }
        var (first, second) = Pair(b, factor, argument, allowed, hint);
        if (!Fits(first) || !Fits(second)) Refuse(b, factor, argument, allowed, hint);
        return Sorted(first, second);
    }

    private static (double, double) Pair(LayerBuilder b, NumericArgument factor, string argument, string allowed, string hint)
    {
        if (!factor.IsNumeric || factor.Shape.Count != 1 || factor.Shape[0] != 2) Refuse(b, factor, argument, allowed, hint);
        return (factor.Values[0], factor.Values[1]);
    }

    private static FactorRange Sorted(double a, double b) => a <= b ? new(a, b) : new(b, a);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Refuse(LayerBuilder b, NumericArgument? factor, string argument, string allowed, string hint) =>
        b.Fail($"{b.Layer.ClassName} argument '{argument}' must be a number or a pair of numbers {allowed}, but it is {factor?.Text ?? "None"}", hint);

    /// <summary>A number for a walk-through: <c>0.2</c>, <c>36</c>, <c>-0.25</c>.</summary>
    public static string Show(double value) =>
        value == 0 ? "0" : value.ToString("0.####", CultureInfo.InvariantCulture); // never "-0"

    /// <summary>The range as percentages, for walk-throughs: <c>[-20%, 20%]</c>.</summary>
    public string Percentages => $"[{Show(Lower * 100)}%, {Show(Upper * 100)}%]";
}
