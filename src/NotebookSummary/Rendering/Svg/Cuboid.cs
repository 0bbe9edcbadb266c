namespace NotebookSummary.Rendering.Svg;

/// <summary>A point in SVG user units (y grows downwards).</summary>
internal readonly record struct Point(double X, double Y);

/// <summary>
/// An axis-aligned box in oblique (cabinet) projection, convnet-drawer's picture of a feature map: the front face is
/// <see cref="Front"/> wide (channels) and <see cref="Height"/> tall (rows); the third axis (columns) recedes up and
/// to the right, <see cref="Depth"/> long at <see cref="Angle"/>. <see cref="X"/>, <see cref="Y"/> is the
/// front-bottom-left corner. The visible faces are front, top and right; the right face is the spatial
/// rows × columns face that kernels slide over.
/// </summary>
internal readonly record struct Cuboid(double X, double Y, double Front, double Height, double Depth)
{
    /// <summary>Angle of the receding axis above the horizontal.</summary>
    public const double Angle = 35 * Math.PI / 180;
    public static readonly double Cos = Math.Cos(Angle);
    public static readonly double Sin = Math.Sin(Angle);

    public double DepthX => Depth * Cos;
    public double DepthY => Depth * Sin;

    // Corners: F/B = front/back, B/T = bottom/top, L/R = left/right.
    public Point FrontBottomLeft => new(X, Y);
    public Point FrontBottomRight => new(X + Front, Y);
    public Point FrontTopRight => new(X + Front, Y - Height);
    public Point FrontTopLeft => new(X, Y - Height);
    public Point BackBottomLeft => new(X + DepthX, Y - DepthY);
    public Point BackBottomRight => new(X + Front + DepthX, Y - DepthY);
    public Point BackTopRight => new(X + Front + DepthX, Y - Height - DepthY);
    public Point BackTopLeft => new(X + DepthX, Y - Height - DepthY);

    /// <summary>Bounding box of the projection.</summary>
    public double Left => X;
    public double Right => X + Front + DepthX;
    public double Top => Y - Height - DepthY;
    public double Bottom => Y;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;

    /// <summary>Total projected width and height of a box with these sizes.</summary>
    public static (double Width, double Height) Extent(double front, double height, double depth) =>
        (front + depth * Cos, height + depth * Sin);

    /// <summary>A box whose projection is centred on (<paramref name="cx"/>, <paramref name="cy"/>).</summary>
    public static Cuboid CenteredAt(double cx, double cy, double front, double height, double depth)
    {
        var (w, h) = Extent(front, height, depth);
        return new Cuboid(cx - w / 2, cy + h / 2, front, height, depth);
    }

    /// <summary>The point of the left (first-channel) face at the given fractions of depth and height.</summary>
    public Point OnLeftFace(double depthFraction, double heightFraction) =>
        new(X + DepthX * depthFraction, Y - DepthY * depthFraction - Height * heightFraction);

    /// <summary>The point of the right (last-channel) face at the given fractions of depth and height.</summary>
    public Point OnRightFace(double depthFraction, double heightFraction) =>
        new(X + Front + DepthX * depthFraction, Y - DepthY * depthFraction - Height * heightFraction);

    /// <summary>The same box moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public Cuboid Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
