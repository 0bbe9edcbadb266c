namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The automatic calibration convnet-drawer lists as a TODO: from the sizes actually present in the model it picks
/// one scale for spatial axes (height, width, steps), one for channels and one for vector units, so that LeNet on
/// 28×28×1 and AlexNet on 227×227×3 both fill a sensible height and keep their smallest maps visible.
/// <list type="bullet">
/// <item>Spatial: the largest size is drawn <c>clamp(6·n_max, 60, 150)</c> px tall; proportions are kept exact
/// (exponent 1) unless that would draw the smallest map under 14 px, in which case the exponent is lowered just
/// enough (AlexNet: 227 → 150 px, 6 → 14 px, exponent ≈ 0.65).</item>
/// <item>Channels: <c>c^e</c> px with e ≤ 0.8 chosen so the deepest map is at most 64 px thick (AlexNet: e ≈ 0.70,
/// convnet-drawer's hand-set default was 0.6).</item>
/// <item>Units: <c>n^e</c> px with e ≤ 0.6 so the longest vector is as tall as the tallest map.</item>
/// </list>
/// <c>shrink</c> (≤ 1) scales everything down when the model does not fit the width.
/// </summary>
internal sealed class DiagramScale
{
    public const double SpatialMinPx = 14;
    public const double ChannelMinPx = 2;
    public const double ChannelMaxPx = 64;
    public const double UnitsMinPx = 12;

    private DiagramScale(PowerScale spatial, PowerScale channels, PowerScale units)
    {
        Spatial = spatial;
        Channels = channels;
        Units = units;
    }

    public PowerScale Spatial { get; }
    public PowerScale Channels { get; }
    public PowerScale Units { get; }

    public static DiagramScale Calibrate(IReadOnlyList<DiagramElement> elements, SvgOptions options, double shrink)
    {
        double? spatialExponent = Valid(options.SpatialExponent), channelExponent = Valid(options.ChannelExponent);
        var spatial = new Range();
        var channels = new Range();
        var units = new Range();
        foreach (var e in elements)
        {
            if (e.Form == ElementForm.Map)
            {
                spatial.Add(e.Axes.Rows);
                if (!e.Axes.IsSequence) spatial.Add(e.Axes.Cols);
                channels.Add(e.Axes.Channels);
            }
            else if (e.Form == ElementForm.Vector)
            {
                units.Add(e.Units);
            }
        }

        double spatialMax = Math.Clamp(6.0 * (spatial.Known ? spatial.Hi : 10), 60, 150) * shrink;
        var spatialScale = spatial.Known
            ? PowerScale.Spread(spatial.Lo, spatial.Hi, SpatialMinPx, spatialMax, spatialExponent)
            : new PowerScale(1, 1, SpatialMinPx, 0.6 * spatialMax);

        var channelScale = PowerScale.Anchored(channels.Known ? channels.Lo : 1, channels.Known ? channels.Hi : 16,
            ChannelMinPx, ChannelMaxPx * shrink, 0.8, 2 * shrink, channelExponent);

        double unitsMax = Math.Max(spatial.Known ? spatialMax : 150 * shrink, 100 * shrink);
        var unitsScale = PowerScale.Anchored(units.Known ? units.Lo : 1, units.Known ? units.Hi : 100,
            UnitsMinPx, unitsMax, 0.6, 3, null);

        return new DiagramScale(spatialScale, channelScale, unitsScale);
    }

    /// <summary>An exponent given in the options, when usable (0 &lt; e ≤ 2); anything else means "calibrate".</summary>
    private static double? Valid(double? exponent) => exponent is > 0 and <= 2 ? exponent : null;

    /// <summary>Smallest and largest known size.</summary>
    private sealed class Range
    {
        public long Lo = long.MaxValue, Hi = long.MinValue;
        public bool Known => Hi >= Lo;

        public void Add(long? value)
        {
            if (value is not { } v) return;
            if (v < Lo) Lo = v;
            if (v > Hi) Hi = v;
        }
    }
}
