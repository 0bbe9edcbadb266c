namespace NotebookSummary.Rendering.Svg;

/// <summary>Horizontal alignment of a text item.</summary>
internal enum TextAnchor { Start, Middle, End }

/// <summary>A positioned line of text; (X, Y) is the baseline point at the anchor.</summary>
internal readonly record struct TextItem(double X, double Y, string Text, double Size, string Fill,
    TextAnchor Anchor = TextAnchor.Middle, bool Bold = false, bool Italic = false);

/// <summary>A straight line between two points; <see cref="Arrow"/> adds a head at <see cref="To"/>;
/// <see cref="Strong"/> draws it darker and thicker (the arrows that carry the model on to the next row).</summary>
internal readonly record struct Connector(Point From, Point To, bool Arrow = false, bool Dashed = false, bool Strong = false);

/// <summary>A kernel or pooling window drawn on the map it slides over, with lines projecting to the output.</summary>
internal sealed class WindowMarker
{
    public required bool IsPooling { get; init; }
    public required Cuboid Box { get; init; }
    /// <summary>Projection lines (none when the output is drawn on another row).</summary>
    public required IReadOnlyList<Connector> Projections { get; init; }
    public required string Tooltip { get; init; }
}

/// <summary>One element placed on the canvas, with its labels and what leads into it.</summary>
internal sealed class PlacedElement
{
    public required DiagramElement Element { get; init; }
    /// <summary>The box (maps, bars, failed marker); for a stacked volume, the front frame.</summary>
    public required Cuboid Box { get; init; }
    /// <summary>Frames drawn behind the box (farthest first) for maps with more than three axes.</summary>
    public IReadOnlyList<Cuboid> BackFrames { get; init; } = [];
    public required BoxColors Colors { get; init; }
    /// <summary>Dashed outline: a dimension is unknown and drawn at a placeholder size.</summary>
    public bool Dashed { get; init; }
    /// <summary>Shape label above the box.</summary>
    public TextItem? Label { get; init; }
    /// <summary>Layer type, window, activation and folded-layer tags below the box.</summary>
    public required IReadOnlyList<TextItem> Captions { get; init; }
    /// <summary>Big glyph drawn in place of a box (the ⋯ of the omitted-layers marker).</summary>
    public TextItem? Glyph { get; init; }
    public required string Tooltip { get; init; }
    /// <summary>The window of the layer that produced this element, drawn on the previous element.</summary>
    public WindowMarker? IncomingWindow { get; init; }
    /// <summary>For the failed element: the window that does not fit its input, drawn in red on the map before it
    /// at its true size relative to that map (so it overhangs); no projections.</summary>
    public WindowMarker? OversizedWindow { get; init; }
    /// <summary>Lines from the previous element (fully connected fans, plain arrows, row continuations).</summary>
    public required IReadOnlyList<Connector> Incoming { get; init; }
}

/// <summary>A cubic Bézier segment (a straight line when its controls lie on it); <see cref="Arrow"/> adds a head
/// at <see cref="End"/>, pointing along the curve.</summary>
internal readonly record struct Curve(Point Start, Point Control1, Point Control2, Point End, bool Arrow = true,
    bool Dashed = false, bool Strong = false)
{
    public static Curve Line(Point from, Point to, bool arrow = true, bool dashed = false, bool strong = false) =>
        new(from, from, to, to, arrow, dashed, strong);
}

/// <summary>One "Connected to" entry of a graph drawing: the curves from the source layer's element to the
/// element of the layer called on it, or the kernel window that leads there; <see cref="FromRow"/> and
/// <see cref="ToRow"/> are the rows' <see cref="NotebookSummary.Analysis.SummaryRow.Index"/>.</summary>
internal sealed class DrawnEdge
{
    public required int FromRow { get; init; }
    public required int ToRow { get; init; }
    public required IReadOnlyList<Curve> Curves { get; init; }
    public WindowMarker? Window { get; init; }
}

/// <summary>One legend entry: a swatch and its meaning.</summary>
internal sealed class LegendEntry
{
    public required LegendSwatch Swatch { get; init; }
    public BoxColors Colors { get; init; }
    public required Cuboid Box { get; init; }
    public required TextItem Text { get; init; }
}

/// <summary>What a legend swatch shows.</summary>
internal enum LegendSwatch { Map, Bar, Kernel, Pool, Tag, Unknown, Oversized }

/// <summary>
/// The measured, positioned drawing: everything the SVG writer needs and nothing it has to compute.
/// </summary>
internal sealed class DiagramLayout
{
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>The document's &lt;title&gt;: the full model name.</summary>
    public required string DocumentTitle { get; init; }
    public required IReadOnlyList<TextItem> Heading { get; init; }
    public required IReadOnlyList<PlacedElement> Elements { get; init; }
    /// <summary>A graph drawing's edges (a chain's connections are its elements' <see cref="PlacedElement.Incoming"/>).</summary>
    public required IReadOnlyList<DrawnEdge> Edges { get; init; }
    public required IReadOnlyList<LegendEntry> Legend { get; init; }
    /// <summary>Legend footnotes (how sizes are scaled).</summary>
    public required IReadOnlyList<TextItem> Notes { get; init; }
    public required IReadOnlyList<TextItem> ErrorLines { get; init; }
}
