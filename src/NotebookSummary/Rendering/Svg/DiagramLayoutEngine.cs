using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Measures and places the planned elements: picks the scale, sizes every box, lays the columns out left to right
/// (shrinking, then wrapping into rows when the model is wider than <see cref="SvgOptions.MaxWidth"/>), and
/// positions labels, kernel/pool windows, connectors, the legend and the error text. Linear in the number of
/// drawn elements, which the planner caps.
/// </summary>
internal static class DiagramLayoutEngine
{
    /// <summary>Blank border around the drawing.</summary>
    public const double Margin = 16;
    public const double ColumnGap = 22;
    public const double RowGap = 28;
    /// <summary>Room for the arrows that lead from the end of one row to the start of the next.</summary>
    public const double ContinuationIndent = 20;
    public const double LineSpacing = 1.3;
    private static readonly double[] Shrinks = [1, 0.85, 0.7, 0.6];

    public static DiagramLayout Build(DiagramPlan plan, SvgOptions options)
    {
        double maxWidth = double.IsNaN(options.MaxWidth) ? SvgOptions.Default.MaxWidth : Math.Clamp(options.MaxWidth, 240, 100_000);
        double available = maxWidth - 2 * Margin;
        var elements = plan.Elements;
        int n = elements.Count;

        // Text does not depend on the scale: measure it once.
        var labels = new string?[n];
        var labelWidths = new double[n];
        var captions = new List<CaptionLine>[n];
        var captionWidths = new double[n];
        double textLimit = available - ContinuationIndent * 2 - ColumnGap;
        for (int i = 0; i < n; i++)
        {
            var e = elements[i];
            if (e.Shape is { } shape && e.Form is ElementForm.Map or ElementForm.Vector)
            {
                labels[i] = TextMetrics.Truncate(ElementText.ShapeLabel(shape), ElementText.LabelSize, textLimit);
                labelWidths[i] = TextMetrics.Width(labels[i]!, ElementText.LabelSize);
            }
            else if (e.Form == ElementForm.Failed && e.Error?.Window is { } oversized)
            {
                labels[i] = TextMetrics.Truncate(ElementText.OversizedLabel(oversized), ElementText.LabelSize, textLimit);
                labelWidths[i] = TextMetrics.Width(labels[i]!, ElementText.LabelSize);
            }
            var lines = ElementText.Captions(e, options);
            for (int j = 0; j < lines.Count; j++)
            {
                var line = lines[j];
                lines[j] = line with { Text = TextMetrics.Truncate(line.Text, line.Size, textLimit, line.Bold) };
                captionWidths[i] = Math.Max(captionWidths[i], TextMetrics.Width(lines[j].Text, line.Size, line.Bold));
            }
            captions[i] = lines;
        }

        // Columns: a chain's elements, or a graph's ranks (as wide as their widest element).
        var graph = plan.Graph;
        int columns = graph is null ? n : graph.Ranks.Length;

        // Scale: the largest that fits one row; when even 60% does not fit, full size wrapped into rows.
        DiagramScale scale = null!;
        var sizes = new BoxSize[n];
        var widths = new double[columns];
        bool oneRow = false;
        foreach (double shrink in Shrinks)
        {
            scale = DiagramScale.Calibrate(elements, options, shrink);
            if (Measure(elements, graph, scale, labelWidths, captionWidths, sizes, widths) <= available)
            {
                oneRow = true;
                break;
            }
        }
        var rows = oneRow ? [(0, columns)] : WrapAt(1);
        if (!oneRow && rows.Count > 2)
            rows = WrapAt(Shrinks[^1]); // many rows: compact boxes show more of the model per screen

        List<(int Start, int End)> WrapAt(double shrink)
        {
            scale = DiagramScale.Calibrate(elements, options, shrink);
            Measure(elements, graph, scale, labelWidths, captionWidths, sizes, widths);
            return Wrap(widths, available - 2 * ContinuationIndent);
        }

        double contentRight = 0;
        var heading = new List<TextItem>();
        double y = Margin;
        if (options.ShowTitle)
        {
            y += 16;
            string title = TextMetrics.Truncate(plan.Summary.Name, 16, available, bold: true);
            heading.Add(new TextItem(Margin, y, title, 16, DiagramPalette.Text, TextAnchor.Start, Bold: true));
            contentRight = Math.Max(contentRight, TextMetrics.Width(title, 16, true));
            y += 17;
            string subtitle = TextMetrics.Truncate(Subtitle(plan.Summary), 11, available);
            heading.Add(new TextItem(Margin, y, subtitle, 11, DiagramPalette.MutedText, TextAnchor.Start));
            contentRight = Math.Max(contentRight, TextMetrics.Width(subtitle, 11));
            y += 14;
        }
        if (n == 0)
        {
            y += 14;
            heading.Add(new TextItem(Margin, y, "(no layers to draw)", 12, DiagramPalette.MutedText, TextAnchor.Start));
            contentRight = Math.Max(contentRight, 120);
            y += 6;
        }

        var placed = new PlacedElement[n];
        var edges = new List<DrawnEdge>();
        if (graph is not null)
        {
            var bands = new GraphBands(plan, graph, rows, widths, sizes, labels, captions,
                Margin + (oneRow ? 0 : ContinuationIndent));
            y = bands.Place(y, placed, edges);
            contentRight = Math.Max(contentRight, bands.Right - Margin + (oneRow ? 0 : ContinuationIndent));
        }

        // A chain's rows, top to bottom; each element is centred in its column on the row's axis.
        var extents = new Extent[n];
        var rowOf = new int[n];
        for (int r = 0; r < (graph is null ? rows.Count : 0); r++)
        {
            var (start, end) = rows[r];
            double maxBoxHeight = 20, captionHeight = 0;
            for (int i = start; i < end; i++)
                maxBoxHeight = Math.Max(maxBoxHeight, sizes[i].ExtentHeight);
            double overhang = 0; // an oversized window's outline below its map, under the row's boxes
            for (int i = start; i < end; i++)
            {
                overhang = Math.Max(overhang, sizes[i].ExtentHeight / 2 + Overhang(elements, i, sizes[i]).Below - maxBoxHeight / 2);
                double h = 0;
                foreach (var line in captions[i]) h += line.Size * LineSpacing;
                captionHeight = Math.Max(captionHeight, h);
            }
            double top = y + (r == 0 ? 10 : RowGap);
            double axis = top + ElementText.LabelSize * LineSpacing + 6 + maxBoxHeight / 2;
            double captionTop = axis + maxBoxHeight / 2 + 8 + overhang;
            double left = Margin + (oneRow ? 0 : ContinuationIndent);

            double x = left;
            for (int i = start; i < end; i++)
            {
                rowOf[i] = r;
                double cx = x + widths[i] / 2;
                x += widths[i];
                extents[i] = Extent.Place(sizes[i], cx, axis);
                placed[i] = PlaceElement(plan, i, extents[i], labels[i], captions[i], cx, captionTop, extents, rowOf, axis);
            }
            contentRight = Math.Max(contentRight, x - Margin + (oneRow ? 0 : ContinuationIndent) - ColumnGap / 2);
            y = captionTop + captionHeight;
        }

        // Error text, under the drawing.
        var errorLines = new List<TextItem>();
        if (plan.Summary.Error is { } error)
        {
            y += 14;
            foreach (var paragraph in ErrorParagraphs(error))
            {
                foreach (var line in TextMetrics.Wrap(paragraph, 12, available))
                {
                    y += 12 * LineSpacing;
                    errorLines.Add(new TextItem(Margin, y, line, 12, DiagramPalette.Error, TextAnchor.Start));
                    contentRight = Math.Max(contentRight, TextMetrics.Width(line, 12));
                }
            }
        }

        var legend = new List<LegendEntry>();
        var notes = new List<TextItem>();
        if (options.ShowLegend && n > 0)
        {
            y += 18;
            // The legend wraps to the drawing's width (but not narrower than a readable line).
            double legendWidth = Math.Min(available, Math.Max(contentRight, 520));
            y = DiagramLegend.Build(placed, edges, scale, legendWidth, Margin, y, legend, notes, ref contentRight);
        }

        double width = Math.Min(maxWidth, Math.Max(240, contentRight + 2 * Margin));
        return new DiagramLayout
        {
            Width = Math.Ceiling(width),
            Height = Math.Ceiling(y + Margin),
            DocumentTitle = plan.Summary.Name,
            Heading = heading,
            Elements = placed,
            Edges = edges,
            Legend = legend,
            Notes = notes,
            ErrorLines = errorLines,
        };
    }

    /// <summary>Sizes every box and column for a scale (a graph's column is as wide as its widest element); returns
    /// the total width of one row holding them all.</summary>
    private static double Measure(IReadOnlyList<DiagramElement> elements, DiagramGraph? graph, DiagramScale scale,
        double[] labelWidths, double[] captionWidths, BoxSize[] sizes, double[] widths)
    {
        Array.Clear(widths);
        for (int i = 0; i < elements.Count; i++)
        {
            sizes[i] = BoxSize.Of(elements[i], scale);
            int column = graph is null ? i : graph.Rank[i];
            double box = sizes[i].ExtentWidth + (graph is null ? 2 * Overhang(elements, i, sizes[i]).Left : 0);
            double width = Math.Max(box, Math.Max(labelWidths[i], captionWidths[i])) + ColumnGap;
            widths[column] = Math.Max(widths[column], width);
        }
        return widths.Sum() - ColumnGap; // no gap is needed after the last column
    }

    /// <summary>Greedy rows of columns no wider than <paramref name="limit"/> (a row holds at least one column).</summary>
    private static List<(int Start, int End)> Wrap(double[] widths, double limit)
    {
        var rows = new List<(int, int)>();
        int start = 0;
        double x = 0;
        for (int i = 0; i < widths.Length; i++)
        {
            if (i > start && x + widths[i] - ColumnGap > limit)
            {
                rows.Add((start, i));
                start = i;
                x = 0;
            }
            x += widths[i];
        }
        if (widths.Length > 0) rows.Add((start, widths.Length));
        return rows;
    }

    /// <summary>An element with its labels, and the window or lines that lead into it from element i − 1.</summary>
    private static PlacedElement PlaceElement(DiagramPlan plan, int i, Extent extent, string? label,
        List<CaptionLine> captionLines, double cx, double captionTop, Extent[] extents, int[] rowOf, double axis)
    {
        var e = plan.Elements[i];
        WindowMarker? window = null;
        var incoming = new List<Connector>(4);
        if (i > 0)
        {
            var prev = plan.Elements[i - 1];
            bool sameRow = rowOf[i - 1] == rowOf[i];
            if (e.Row?.Window is { } w && prev.Form == ElementForm.Map)
                window = DiagramConnections.Window(e, w, prev, extents[i - 1].Box, sameRow ? extent : null,
                    DiagramConnections.WrapStart(extents[i - 1]));
            if (!sameRow)
                DiagramConnections.Continue(extents[i - 1], extent, Margin, ContinuationIndent, incoming);
            else if (window is null)
                DiagramConnections.Connect(prev, e, extents[i - 1], extent, axis, incoming);
        }
        var oversized = i > 0 && e.Error?.Window is { } w2 && plan.Elements[i - 1].Form == ElementForm.Map
            ? DiagramConnections.Oversized(e.Error, w2, plan.Elements[i - 1], extents[i - 1].Box)
            : null;
        return Placed(plan, e, extent, label, captionLines, cx, captionTop, axis, window, incoming, oversized);
    }

    /// <summary>How far left of and below chain map <paramref name="i"/> the outline of the next element's oversized
    /// window reaches (0 when there is none), so its column and row make room for it.</summary>
    private static (double Left, double Below) Overhang(IReadOnlyList<DiagramElement> elements, int i, BoxSize size) =>
        i + 1 < elements.Count && elements[i].Form == ElementForm.Map && elements[i + 1].Error is { Window: { } w } error
            ? DiagramConnections.Overhang(error, w, elements[i], size)
            : (0, 0);

    /// <summary>An element with its labels, captions, colours and glyph, centred on <paramref name="cx"/> with its
    /// box on <paramref name="axis"/>, and what leads into it.</summary>
    public static PlacedElement Placed(DiagramPlan plan, DiagramElement e, Extent extent, string? label,
        List<CaptionLine> captionLines, double cx, double captionTop, double axis, WindowMarker? window,
        IReadOnlyList<Connector> incoming, WindowMarker? oversized = null)
    {
        var captions = new List<TextItem>(captionLines.Count);
        double cy = captionTop;
        foreach (var line in captionLines)
        {
            cy += line.Size * LineSpacing;
            captions.Add(new TextItem(cx, cy - line.Size * 0.3, line.Text, line.Size, line.Fill, TextAnchor.Middle,
                line.Bold, line.Italic));
        }

        var colors = e.Form switch
        {
            ElementForm.Failed => new BoxColors(DiagramPalette.ErrorFill, DiagramPalette.ErrorFill, DiagramPalette.ErrorFill, DiagramPalette.Error),
            _ => DiagramPalette.Box(e.Kind),
        };
        TextItem? glyph = e.Form switch
        {
            ElementForm.Omitted => new TextItem(cx, axis + 6, "⋯", 24, DiagramPalette.MutedText),
            ElementForm.Repeat => new TextItem(cx, axis + 6, "× " + KerasNumbers.Count(e.Repeats), 16, DiagramPalette.Text, Bold: true),
            ElementForm.Failed => new TextItem(extent.Box.X + extent.Box.Front / 2, extent.Box.Y - extent.Box.Height / 2 + 6,
                "×", 18, DiagramPalette.Error, Bold: true),
            _ => null,
        };

        return new PlacedElement
        {
            Element = e,
            Box = extent.Box,
            BackFrames = extent.BackFrames(),
            Colors = colors,
            Dashed = e.HasUnknownSize || e.Form == ElementForm.Failed,
            Label = label is null ? null : new TextItem(cx, extent.Top - 6, label, ElementText.LabelSize,
                e.Form == ElementForm.Failed ? DiagramPalette.Error : DiagramPalette.Text),
            Captions = captions,
            Glyph = glyph,
            Tooltip = ElementText.Tooltip(e, plan.Summary),
            IncomingWindow = window,
            OversizedWindow = oversized,
            Incoming = incoming,
        };
    }

    private static string Subtitle(ModelSummary s)
    {
        int layers = s.Rows.Count;
        string text = $"{KerasNumbers.Count(layers)} {(layers == 1 ? "layer" : "layers")} · {KerasNumbers.Count(s.Totals.Params)} parameters";
        if (s.Totals.NonTrainableParams > 0) text += $" ({KerasNumbers.Count(s.Totals.NonTrainableParams)} non-trainable)";
        if (s.Error is { } error)
            text += " · invalid model: drawn up to the failing layer"
                    + (error.NotComputed.Count > 0 ? $", {KerasNumbers.Count(error.NotComputed.Count)} after it not computed" : "");
        return text;
    }

    private static IEnumerable<string> ErrorParagraphs(ModelError error)
    {
        string where = error.Source is { } src
            ? $" (line {src.Line.ToString(CultureInfo.InvariantCulture)}, column {src.Column.ToString(CultureInfo.InvariantCulture)})"
            : "";
        yield return $"Error in layer {error.LayerIndex.ToString(CultureInfo.InvariantCulture)} '{error.LayerName}' ({error.ClassName}){where}: {error.Message}";
        if (error.Calculation is { } calculation) yield return calculation;
        if (error.Hint is { } hint) yield return "Hint: " + hint;
    }
}
