using System.Text;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Writes a <see cref="DiagramLayout"/> as a standalone SVG 1.1 document. Only plain presentation attributes,
/// polygons, lines and text: no CSS, scripts, foreignObject, markers or external resources, so browsers, notebooks
/// and PowerPoint's SVG import all read it the same way. Each element is a <c>&lt;g&gt;</c> whose class says what
/// it is (<c>feature-map</c>, <c>vector</c>, <c>kernel</c>, <c>pool-window</c>, <c>omitted</c>, <c>error</c>) and
/// whose <c>&lt;title&gt;</c> names its layers (a tooltip in browsers).
/// </summary>
internal sealed class DiagramSvgWriter
{
    public const string Namespace = "http://www.w3.org/2000/svg";
    private const string FontFamily = "Helvetica, Arial, sans-serif";
    private const string FaceOpacity = "0.85";

    /// <summary>The smallest text of the drawing; a notebook cell never shows it under 9 px.</summary>
    private const double SmallestText = 10;

    private readonly OutputSink _output;
    private readonly StringBuilder _sb;
    private readonly bool _notebook;

    private DiagramSvgWriter(OutputSink output, bool notebook)
    {
        _output = output;
        _sb = output.Buffer;
        _notebook = notebook;
    }

    /// <summary>The standalone document.</summary>
    public static string Write(DiagramLayout layout)
    {
        var output = OutputSink.ForString(EstimatedChars(layout));
        Write(output, layout);
        return output.ToText();
    }

    /// <summary>The standalone document appended to <paramref name="output"/>, an element at a time.</summary>
    public static void Write(OutputSink output, DiagramLayout layout) =>
        new DiagramSvgWriter(output, notebook: false).Document(layout, rootClass: null);

    /// <summary>Appends the drawing sized and coloured for a notebook cell (see <see cref="SvgOptions.NotebookCell"/>),
    /// its root of class <paramref name="rootClass"/> when given (a fixed name, never user text).</summary>
    public static void WriteForNotebook(StringBuilder sb, DiagramLayout layout, string? rootClass) =>
        new DiagramSvgWriter(OutputSink.Into(sb), notebook: true).Document(layout, rootClass);

    /// <summary>The narrowest a notebook cell shows a drawing <paramref name="width"/> wide: its smallest text at 9 px.</summary>
    public static double SmallestShownWidth(double width) => Math.Ceiling(width * 9 / SmallestText);

    /// <summary>About how long the document of <paramref name="layout"/> is, to size the buffer once.</summary>
    public static long EstimatedChars(DiagramLayout layout) => 4096 + layout.Elements.Count * 1600L;

    private void Document(DiagramLayout layout, string? rootClass)
    {
        _sb.Append("<svg xmlns=\"").Append(Namespace).Append("\" version=\"1.1\"");
        if (rootClass is not null) _sb.Append(" class=\"").Append(rootClass).Append('"');
        if (_notebook)
        {
            // Fits the cell (its height follows from the viewBox), down to the scale where the smallest text is 9 px.
            _sb.Append(" width=\"100%\" style=\"max-width:");
            SvgText.Number(_sb, layout.Width);
            _sb.Append("px;min-width:");
            SvgText.Number(_sb, SmallestShownWidth(layout.Width));
            _sb.Append("px\"");
        }
        else
        {
            Attr("width", layout.Width);
            Attr("height", layout.Height);
        }
        _sb.Append(" viewBox=\"0 0 ");
        SvgText.Number(_sb, layout.Width);
        _sb.Append(' ');
        SvgText.Number(_sb, layout.Height);
        _sb.Append('"');
        Attr("font-family", FontFamily);
        _sb.Append(">\n");
        Title(layout.DocumentTitle);
        if (!_notebook)
        {
            _sb.Append("<rect x=\"0\" y=\"0\"");
            Attr("width", layout.Width);
            Attr("height", layout.Height);
            _sb.Append(" fill=\"").Append(DiagramPalette.Background).Append("\"/>\n");
        }

        if (layout.Heading.Count > 0)
        {
            _sb.Append("<g class=\"heading\">\n");
            foreach (var t in layout.Heading) Text(t);
            _sb.Append("</g>\n");
        }

        foreach (var edge in layout.Edges)
        {
            Edge(edge);
            _output.AtBoundary();
        }

        foreach (var p in layout.Elements)
        {
            if (p.IncomingWindow is { } window) Window(window);
            if (p.Incoming.Count > 0)
            {
                _sb.Append("<g class=\"connector\">\n");
                foreach (var c in p.Incoming)
                    if (c.Strong) Line(c, StrongStroke, 1.6, ArrowSize.Large);
                    else Line(c, DiagramPalette.Connector, 1);
                _sb.Append("</g>\n");
            }
            Element(p);
            if (p.OversizedWindow is { } oversized) OversizedWindow(oversized);
            _output.AtBoundary();
        }

        if (layout.ErrorLines.Count > 0)
        {
            _sb.Append("<g class=\"error-text\">\n");
            foreach (var t in layout.ErrorLines) Text(t);
            _sb.Append("</g>\n");
        }

        if (layout.Legend.Count > 0 || layout.Notes.Count > 0)
        {
            _sb.Append("<g class=\"legend\">\n");
            foreach (var entry in layout.Legend) LegendEntry(entry);
            foreach (var t in layout.Notes) Text(t);
            _sb.Append("</g>\n");
        }
        _sb.Append("</svg>\n");
    }

    private void Element(PlacedElement p)
    {
        string cls = p.Element.Form switch
        {
            ElementForm.Map => "feature-map",
            ElementForm.Vector => "vector",
            ElementForm.Omitted => "omitted",
            ElementForm.Repeat => "repeat",
            _ => "error",
        };
        _sb.Append("<g class=\"").Append(cls).Append('"');
        RowIndexes(p.Element);
        _sb.Append(">\n");
        Title(p.Tooltip);
        if (p.Element.Form is ElementForm.Map or ElementForm.Vector or ElementForm.Failed)
        {
            foreach (var frame in p.BackFrames) Box(frame, p.Colors, p.Dashed, hiddenEdges: false);
            Box(p.Box, p.Colors, p.Dashed, hiddenEdges: true);
        }
        if (p.Glyph is { } glyph) Text(glyph);
        if (p.Label is { } label) Text(label);
        foreach (var t in p.Captions) Text(t);
        _sb.Append("</g>\n");
    }

    /// <summary><c>data-rows</c>: the <see cref="NotebookSummary.Analysis.SummaryRow.Index"/> of every layer the
    /// element stands for, so a reader (or a test) can find a layer's element without reading names.</summary>
    private void RowIndexes(DiagramElement e)
    {
        bool first = true;
        foreach (var row in e.AllRows)
        {
            // An index has no sign and no separators: appended as an int, which formats it in place.
            _sb.Append(first ? " data-rows=\"" : " ").Append(row.Index);
            first = false;
        }
        if (!first) _sb.Append('"');
    }

    /// <summary>One "Connected to" entry of a graph: <c>data-from</c> and <c>data-to</c> are the rows' indexes.</summary>
    private void Edge(DrawnEdge edge)
    {
        _sb.Append("<g class=\"edge\"");
        Attr("data-from", edge.FromRow);
        Attr("data-to", edge.ToRow);
        _sb.Append(">\n");
        if (edge.Window is { } window) Window(window);
        foreach (var c in edge.Curves) Path(c, c.Strong ? StrongStroke : DiagramPalette.Connector, c.Strong ? 1.6 : 1);
        _sb.Append("</g>\n");
    }

    private void Path(Curve c, string stroke, double width)
    {
        _sb.Append("<path d=\"M");
        PointText(c.Start);
        _sb.Append(" C");
        PointText(c.Control1);
        _sb.Append(' ');
        PointText(c.Control2);
        _sb.Append(' ');
        PointText(c.End);
        _sb.Append("\" fill=\"none\" stroke=\"").Append(stroke).Append('"');
        Attr("stroke-width", width);
        if (c.Dashed) _sb.Append(" stroke-dasharray=\"4,3\"");
        _sb.Append("/>\n");
        // The head points along the curve's end: from its last control, or its start when that coincides.
        var from = c.Control2 == c.End ? c.Start : c.Control2;
        if (c.Arrow) ArrowHead(new Connector(from, c.End), stroke, c.Strong ? ArrowSize.Large : ArrowSize.Small);
    }

    private void PointText(Point p)
    {
        SvgText.Number(_sb, p.X);
        _sb.Append(',');
        SvgText.Number(_sb, p.Y);
    }

    private void Window(WindowMarker w)
    {
        string stroke = w.IsPooling ? DiagramPalette.PoolStroke : DiagramPalette.KernelStroke;
        string fill = w.IsPooling ? DiagramPalette.PoolFill : DiagramPalette.KernelFill;
        _sb.Append("<g class=\"").Append(w.IsPooling ? "pool-window" : "kernel").Append("\">\n");
        Title(w.Tooltip);
        var colors = new BoxColors(fill, fill, fill, stroke);
        Box(w.Box, colors, dashed: false, hiddenEdges: true, opacity: "0.75");
        foreach (var c in w.Projections) Line(c, stroke, 0.8);
        _sb.Append("</g>\n");
    }

    /// <summary>A window larger than its input: a red outline over the map, thicker than a box's edges, lightly
    /// filled so the map shows through.</summary>
    private void OversizedWindow(WindowMarker w)
    {
        _sb.Append("<g class=\"oversized-window\" data-window=\"").Append(w.IsPooling ? "pool" : "kernel").Append("\">\n");
        Title(w.Tooltip);
        Box(w.Box, OversizedColors, dashed: false, hiddenEdges: true, opacity: "0.3", strokeWidth: "1.6");
        _sb.Append("</g>\n");
    }

    private static readonly BoxColors OversizedColors =
        new(DiagramPalette.ErrorFill, DiagramPalette.ErrorFill, DiagramPalette.ErrorFill, DiagramPalette.Error);

    /// <summary>A cuboid: dashed hidden edges first, then the three visible faces, shaded.</summary>
    private void Box(Cuboid b, BoxColors colors, bool dashed, bool hiddenEdges, string opacity = FaceOpacity,
        string strokeWidth = "0.8")
    {
        if (hiddenEdges && b.Depth > 0)
        {
            var hidden = b.BackBottomLeft;
            HiddenEdge(hidden, b.BackBottomRight, colors.Stroke);
            HiddenEdge(hidden, b.BackTopLeft, colors.Stroke);
            HiddenEdge(hidden, b.FrontBottomLeft, colors.Stroke);
        }
        if (b.Depth > 0)
        {
            Polygon(colors.Top, colors.Stroke, dashed, opacity, strokeWidth, b.FrontTopLeft, b.FrontTopRight, b.BackTopRight, b.BackTopLeft);
            Polygon(colors.Side, colors.Stroke, dashed, opacity, strokeWidth, b.FrontBottomRight, b.BackBottomRight, b.BackTopRight, b.FrontTopRight);
        }
        Polygon(colors.Front, colors.Stroke, dashed, opacity, strokeWidth, b.FrontBottomLeft, b.FrontBottomRight, b.FrontTopRight, b.FrontTopLeft);
    }

    private void HiddenEdge(Point a, Point b, string stroke)
    {
        _sb.Append("<line");
        Attr("x1", a.X); Attr("y1", a.Y); Attr("x2", b.X); Attr("y2", b.Y);
        _sb.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"0.6\" stroke-dasharray=\"2,2\"/>\n");
    }

    private void Polygon(string fill, string stroke, bool dashed, string opacity, string strokeWidth, params Point[] points)
    {
        _sb.Append("<polygon points=\"");
        for (int i = 0; i < points.Length; i++)
        {
            if (i > 0) _sb.Append(' ');
            SvgText.Number(_sb, points[i].X);
            _sb.Append(',');
            SvgText.Number(_sb, points[i].Y);
        }
        _sb.Append("\" fill=\"").Append(fill).Append("\" fill-opacity=\"").Append(opacity)
           .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(strokeWidth).Append("\" stroke-linejoin=\"round\"");
        if (dashed) _sb.Append(" stroke-dasharray=\"4,2\"");
        _sb.Append("/>\n");
    }

    /// <summary>The colour of the arrows to the next row: the text's (the cell's own in a notebook).</summary>
    private string StrongStroke => _notebook ? "currentColor" : DiagramPalette.Text;

    private enum ArrowSize { Small, Large }

    private void Line(Connector c, string stroke, double width, ArrowSize arrow = ArrowSize.Small)
    {
        _sb.Append("<line");
        Attr("x1", c.From.X); Attr("y1", c.From.Y); Attr("x2", c.To.X); Attr("y2", c.To.Y);
        _sb.Append(" stroke=\"").Append(stroke).Append('"');
        Attr("stroke-width", width);
        if (c.Dashed) _sb.Append(" stroke-dasharray=\"4,3\"");
        _sb.Append("/>\n");
        if (c.Arrow) ArrowHead(c, stroke, arrow);
    }

    /// <summary>An arrow head as a small triangle (not an SVG marker, which some importers drop).</summary>
    private void ArrowHead(Connector c, string fill, ArrowSize arrowSize)
    {
        double dx = c.To.X - c.From.X, dy = c.To.Y - c.From.Y;
        double len = Math.Sqrt(dx * dx + dy * dy);
        if (len < 1) return;
        bool large = arrowSize == ArrowSize.Large;
        double ux = dx / len, uy = dy / len, size = large ? 8 : 5, half = large ? 4 : 2.6;
        var tip = c.To;
        var baseCenter = new Point(tip.X - ux * size, tip.Y - uy * size);
        var a = new Point(baseCenter.X - uy * half, baseCenter.Y + ux * half);
        var b = new Point(baseCenter.X + uy * half, baseCenter.Y - ux * half);
        _sb.Append("<polygon points=\"");
        SvgText.Number(_sb, tip.X); _sb.Append(','); SvgText.Number(_sb, tip.Y); _sb.Append(' ');
        SvgText.Number(_sb, a.X); _sb.Append(','); SvgText.Number(_sb, a.Y); _sb.Append(' ');
        SvgText.Number(_sb, b.X); _sb.Append(','); SvgText.Number(_sb, b.Y);
        _sb.Append("\" fill=\"").Append(fill).Append("\"/>\n");
    }

    private void LegendEntry(LegendEntry entry)
    {
        var b = entry.Box;
        switch (entry.Swatch)
        {
            case LegendSwatch.Map or LegendSwatch.Bar:
                Box(b, entry.Colors, dashed: false, hiddenEdges: false);
                break;
            case LegendSwatch.Kernel:
                Box(b, new BoxColors(DiagramPalette.KernelFill, DiagramPalette.KernelFill, DiagramPalette.KernelFill, DiagramPalette.KernelStroke),
                    dashed: false, hiddenEdges: false, opacity: "0.55");
                break;
            case LegendSwatch.Pool:
                Box(b, new BoxColors(DiagramPalette.PoolFill, DiagramPalette.PoolFill, DiagramPalette.PoolFill, DiagramPalette.PoolStroke),
                    dashed: false, hiddenEdges: false, opacity: "0.55");
                break;
            case LegendSwatch.Oversized:
                Box(b, OversizedColors, dashed: false, hiddenEdges: false, opacity: "0.3", strokeWidth: "1.6");
                break;
            case LegendSwatch.Unknown:
                Box(b, new BoxColors("#FFFFFF", "#FFFFFF", "#F0F0F0", DiagramPalette.MutedText), dashed: true, hiddenEdges: false);
                break;
            case LegendSwatch.Tag:
                Text(new TextItem(b.X + 7, b.Y - 1, "+ x", 10, DiagramPalette.MutedText, TextAnchor.Middle, Italic: true));
                break;
        }
        Text(entry.Text);
    }

    private void Text(TextItem t)
    {
        _sb.Append("<text");
        Attr("x", t.X);
        Attr("y", t.Y);
        Attr("font-size", t.Size);
        TextFill(t.Fill);
        if (t.Anchor != TextAnchor.Start) _sb.Append(" text-anchor=\"").Append(t.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        if (t.Bold) _sb.Append(" font-weight=\"bold\"");
        if (t.Italic) _sb.Append(" font-style=\"italic\"");
        _sb.Append('>');
        SvgText.Escape(_sb, t.Text);
        _sb.Append("</text>\n");
    }

    /// <summary>A text colour; in a notebook, the plain and muted text colours are the cell's own (muted: at 70%),
    /// so the text reads on a light and on a dark theme.</summary>
    private void TextFill(string fill)
    {
        if (_notebook && fill == DiagramPalette.Text) _sb.Append(" fill=\"currentColor\"");
        else if (_notebook && fill == DiagramPalette.MutedText) _sb.Append(" fill=\"currentColor\" fill-opacity=\"0.7\"");
        else _sb.Append(" fill=\"").Append(fill).Append('"');
    }

    private void Title(string text)
    {
        _sb.Append("<title>");
        SvgText.Escape(_sb, text);
        _sb.Append("</title>\n");
    }

    private void Attr(string name, double value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        SvgText.Number(_sb, value);
        _sb.Append('"');
    }

    private void Attr(string name, string value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        SvgText.Escape(_sb, value);
        _sb.Append('"');
    }
}
