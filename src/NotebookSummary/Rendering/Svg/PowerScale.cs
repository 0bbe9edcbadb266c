namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Maps a size n (pixels of a feature map, channels, units) to a drawn length <c>factor · n^exponent</c>, at least
/// <see cref="MinPx"/>. An exponent below 1 compresses large ranges, as convnet-drawer's
/// <c>c_ = c^channel_scale</c> does, so a 3-channel input and a 512-channel map both stay visible.
/// </summary>
internal readonly record struct PowerScale(double Factor, double Exponent, double MinPx, double PlaceholderPx)
{
    /// <summary>Drawn length of <paramref name="n"/>; unknown (None) sizes get the placeholder length.</summary>
    public double Px(long? n) => n is { } v ? Math.Max(MinPx, Factor * Math.Pow(Math.Max(v, 1), Exponent)) : PlaceholderPx;

    /// <summary>
    /// A scale for spatial sizes in [<paramref name="lo"/>, <paramref name="hi"/>]: the largest is drawn
    /// <paramref name="maxPx"/> long; the exponent is 1 (true proportions) when that keeps the smallest at least
    /// <paramref name="minPx"/>, else just small enough that it does.
    /// </summary>
    public static PowerScale Spread(long lo, long hi, double minPx, double maxPx, double? exponent)
    {
        lo = Math.Max(lo, 1);
        hi = Math.Max(hi, lo);
        double e = exponent ?? (hi <= lo || (double)hi / lo <= maxPx / minPx
            ? 1.0
            : Math.Log(maxPx / minPx) / Math.Log((double)hi / lo));
        double factor = maxPx / Math.Pow(hi, e);
        return new PowerScale(factor, e, minPx, Math.Max(minPx, factor * Math.Pow(Math.Sqrt((double)lo * hi), e)));
    }

    /// <summary>
    /// A scale for counts in [1, <paramref name="hi"/>] anchored at one unit: the exponent is the largest (up to
    /// <paramref name="maxExponent"/>) that draws <paramref name="hi"/> at most <paramref name="maxPx"/> long, and
    /// small models are magnified by at most <paramref name="maxFactor"/>, so few channels always look thin.
    /// </summary>
    public static PowerScale Anchored(long lo, long hi, double minPx, double maxPx, double maxExponent,
        double maxFactor, double? exponent)
    {
        hi = Math.Max(hi, 1);
        double e = exponent ?? (hi <= 1 ? maxExponent : Math.Min(maxExponent, Math.Log(maxPx) / Math.Log(hi)));
        double factor = Math.Min(maxFactor, maxPx / Math.Pow(hi, e));
        double mid = Math.Sqrt((double)Math.Max(lo, 1) * hi);
        return new PowerScale(factor, e, minPx, Math.Max(minPx, factor * Math.Pow(mid, e)));
    }
}
