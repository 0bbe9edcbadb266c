using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// What links neighbouring elements: the kernel or pooling window drawn on the map it slides over, with projection
/// lines to the output, and the lines into elements without a window (fans into bars, plain arrows).
/// </summary>
internal static class DiagramConnections
{
    /// <summary>
    /// The window of <paramref name="e"/>'s layer on the map it slides over: rows × columns of the window in
    /// proportion to the map (at least a few pixels), near the top; through all channels, except a grouped or
    /// depthwise kernel, which reads one group of channels (<see cref="Analysis.Window.ChannelGroups"/>): one group thick. Lines project to the matching point of the output
    /// when the output is on the same row, else to <paramref name="wrap"/>, where the arrow to the next row starts.
    /// </summary>
    public static WindowMarker Window(DiagramElement e, Window window, DiagramElement input, Cuboid map, Extent? output,
        Point? wrap = null)
    {
        var size = window.Size;
        long kRows = size.Count >= 2 ? size[^2] : size.Count == 1 ? size[0] : 1;
        long? kCols = size.Count >= 2 ? size[^1] : null;

        double kh = Math.Clamp(Fraction(kRows, input.Axes.Rows) * map.Height, Math.Min(4, map.Height), map.Height);
        double kd = input.Axes.IsSequence || kCols is null
            ? map.Depth
            : Math.Clamp(Fraction(kCols.Value, input.Axes.Cols) * map.Depth, Math.Min(3, map.Depth), map.Depth);
        // Near the top, half-way along the width, as convnet-drawer places it — but half-way up a map wider than it
        // is tall: a kernel through all its channels near the top lies on it like a lid; in the middle it reads as a
        // block cut through the map.
        bool shortAndWide = map.Height < map.Front;
        double d0 = (map.Depth - kd) * 0.5, h0 = (map.Height - kh) * (shortAndWide ? 0.5 : 0.85);
        // A grouped or depthwise kernel reads one group of channels: as thick as one group of the map's channels.
        double front = window.ChannelGroups > 1 && input.Axes.Channels is > 1
            ? Math.Min(map.Front, Math.Max(2, map.Front / window.ChannelGroups))
            : map.Front;
        var box = new Cuboid(map.X + d0 * Cuboid.Cos, map.Y - d0 * Cuboid.Sin - h0, front, kh, kd);

        var projections = new List<Connector>(2);
        if (output is { } o)
        {
            double depthFraction = map.Depth > 0 ? (d0 + kd / 2) / map.Depth : 0.5;
            double heightFraction = map.Height > 0 ? (h0 + kh / 2) / map.Height : 0.5;
            var target = e.Form == ElementForm.Map
                ? o.Box.OnLeftFace(depthFraction, heightFraction)
                : new Point(o.Left, o.CenterY);
            projections.Add(new Connector(box.FrontTopRight, target));
            projections.Add(new Connector(box.BackBottomRight, target));
        }
        else if (wrap is { } point)
        {
            projections.Add(new Connector(box.FrontTopRight, point));
            projections.Add(new Connector(box.BackBottomRight, point));
        }

        bool pooling = e.Kind is LayerKind.MaxPooling or LayerKind.AveragePooling;
        var row = e.Row!;
        string tooltip = $"{row.Name} ({row.DisplayType}): {(pooling ? "pooling window" : "kernel")} {ElementText.WindowText(row, window)}";
        return new WindowMarker { IsPooling = pooling, Box = box, Projections = projections, Tooltip = tooltip };
    }

    /// <summary>A window drawn more than this many times its map along an axis is drawn at this many times: the
    /// overhang stays visible without reaching into the neighbouring columns.</summary>
    public const double MaxOverhang = 3;

    /// <summary>
    /// The window that failed because it is larger than its input (<paramref name="window"/>, from the error's data),
    /// outlined on <paramref name="map"/> at its size on the map's own scale (a 5×5 kernel on a 3×3 map is drawn
    /// 5/3 of the map's rows and columns, up to <see cref="MaxOverhang"/>), through all channels. Its top-back
    /// corner is the map's, so it overhangs below and in front, never over the shape label above the map.
    /// </summary>
    public static WindowMarker Oversized(ModelError error, OversizedWindow window, DiagramElement input, Cuboid map)
    {
        var size = window.Size;
        var n = window.Input;
        double Ratio(int axis) => axis >= 0 && axis < size.Count && n[axis] is { } len && len > 0
            ? Math.Min(MaxOverhang, (double)size[axis] / len)
            : 1;
        double kh = map.Height * Ratio(size.Count >= 2 ? size.Count - 2 : 0);
        double kd = input.Axes.IsSequence || size.Count < 2 ? map.Depth : map.Depth * Ratio(size.Count - 1);
        double d0 = map.Depth - kd, h0 = map.Height - kh;
        var box = new Cuboid(map.X + d0 * Cuboid.Cos, map.Y - d0 * Cuboid.Sin - h0, map.Front, kh, kd);
        string tooltip = $"{error.LayerName} ({error.ClassName}): {error.Message}";
        return new WindowMarker { IsPooling = window.IsPooling, Box = box, Projections = [], Tooltip = tooltip };
    }

    /// <summary>How far the outline of <see cref="Oversized"/> reaches left of and below a map of <paramref name="size"/>.</summary>
    public static (double Left, double Below) Overhang(ModelError error, OversizedWindow window, DiagramElement input, BoxSize size)
    {
        var box = Oversized(error, window, input, new Cuboid(0, 0, size.Front, size.Height, size.Depth)).Box;
        return (Math.Max(0, -box.Left), Math.Max(0, box.Bottom));
    }

    /// <summary>Share of a map axis a window covers; a fifth when the axis is unknown.</summary>
    private static double Fraction(long k, long? n) => n is { } v && v > 0 ? Math.Min(1.0, (double)k / v) : 0.2;

    /// <summary>
    /// Lines into an element that has no window: a fan from the previous element's edges (parallel for
    /// reshaping into a vector, crossed for dense connections), or a plain arrow.
    /// </summary>
    public static void Connect(DiagramElement prev, DiagramElement next, Extent p, Extent q, double axis,
        List<Connector> lines)
    {
        bool drawn(DiagramElement d) => d.Form is ElementForm.Map or ElementForm.Vector;
        if (drawn(prev) && next.Form == ElementForm.Vector)
        {
            var fromTop = p.Box.BackTopRight;
            var fromBottom = p.Box.FrontBottomRight;
            var toTop = q.Box.FrontTopLeft;
            var toBottom = q.Box.FrontBottomLeft;
            lines.Add(new Connector(fromTop, toTop));
            lines.Add(new Connector(fromBottom, toBottom));
            if (next.Kind is LayerKind.Dense or LayerKind.Recurrent)
            {
                lines.Add(new Connector(fromTop, toBottom));
                lines.Add(new Connector(fromBottom, toTop));
            }
            return;
        }
        if (q.Left - p.Right > 8)
        {
            double py = p.CenterY;
            bool dashed = !drawn(prev) || !drawn(next);
            lines.Add(new Connector(new Point(p.Right + 3, py), new Point(q.Left - 3, axis), Arrow: true, Dashed: dashed));
        }
    }

    /// <summary>Arrows that carry the chain from the end of one row (<paramref name="p"/>) to the start of the next.</summary>
    public static void Continue(Extent p, Extent q, double rowStart, double indent, List<Connector> lines)
    {
        lines.Add(new Connector(WrapStart(p), new Point(p.Right + indent, p.CenterY), Arrow: true, Strong: true));
        lines.Add(new Connector(new Point(rowStart + 2, q.CenterY), new Point(q.Left - 3, q.CenterY), Arrow: true, Strong: true));
    }

    /// <summary>Where the arrow to the next row leaves the last element of a row.</summary>
    public static Point WrapStart(Extent p) => new(p.Right + 4, p.CenterY);
}
