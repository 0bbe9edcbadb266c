namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The drawn size of one element's box before it is placed: front (channels) × height (rows) × depth (columns,
/// receding), plus the frames stacked behind maps that have more than three axes.
/// </summary>
internal readonly record struct BoxSize(double Front, double Height, double Depth, int ExtraFrames)
{
    /// <summary>Drawn length of the receding (width) axis relative to the vertical one, as in cabinet projection.</summary>
    public const double DepthRatio = 0.5;
    /// <summary>Depth of a 1-D sequence, which has no width axis: a thin slab.</summary>
    public const double SequenceDepth = 6;
    public const double BarFront = 8, BarDepth = 6;
    /// <summary>Offset of each frame stacked behind a volume, up and to the right.</summary>
    public const double FrameStepX = 6, FrameStepY = 5;

    public double ExtentWidth => Front + Depth * Cuboid.Cos + ExtraFrames * FrameStepX;
    public double ExtentHeight => Height + Depth * Cuboid.Sin + ExtraFrames * FrameStepY;

    public static BoxSize Of(DiagramElement e, DiagramScale scale) => e.Form switch
    {
        ElementForm.Map => new BoxSize(
            scale.Channels.Px(e.Axes.Channels),
            scale.Spatial.Px(e.Axes.Rows),
            e.Axes.IsSequence ? SequenceDepth : scale.Spatial.Px(e.Axes.Cols) * DepthRatio,
            e.Axes.HasFrames && e.Axes.Frames is not 1 ? 2 : 0),
        ElementForm.Vector => new BoxSize(BarFront, scale.Units.Px(e.Units), BarDepth, 0),
        ElementForm.Failed => new BoxSize(24, 40, 12, 0),
        ElementForm.Repeat => new BoxSize(56, 24, 0, 0), // room for its "× n"
        _ => new BoxSize(30, 24, 0, 0), // the omitted-layers marker: room for its glyph
    };
}

/// <summary>A placed box (the front frame) and the bounding box of its projection, frames included.</summary>
internal readonly record struct Extent(Cuboid Box, int ExtraFrames, double Left, double Right, double Top, double Bottom)
{
    public double CenterY => (Top + Bottom) / 2;

    /// <summary>Places a box so its whole projection is centred on (<paramref name="cx"/>, <paramref name="axis"/>);
    /// the front frame sits bottom-left, extra frames step back up and to the right.</summary>
    public static Extent Place(BoxSize s, double cx, double axis)
    {
        double w = s.ExtentWidth, h = s.ExtentHeight;
        double left = cx - w / 2, bottom = axis + h / 2;
        var box = new Cuboid(left, bottom, s.Front, s.Height, s.Depth);
        return new Extent(box, s.ExtraFrames, left, left + w, bottom - h, bottom);
    }

    /// <summary>The frames behind the box, farthest first (the order to draw them).</summary>
    public IReadOnlyList<Cuboid> BackFrames()
    {
        if (ExtraFrames == 0) return [];
        var frames = new Cuboid[ExtraFrames];
        for (int f = ExtraFrames; f >= 1; f--)
            frames[ExtraFrames - f] = Box.Offset(BoxSize.FrameStepX * f, -BoxSize.FrameStepY * f);
        return frames;
    }
}
