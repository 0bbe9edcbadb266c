using System.Globalization;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

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
    private const double ColumnGap = 22;
    private const double RowGap = 28;
    /// <summary>Drawn length of the receding (width) axis relative to the vertical one, as in cabinet projection.</summary>
    private const double DepthRatio = 0.5;
    private const double SequenceDepth = 6;
    private const double BarFront = 8, BarDepth = 6;
    private const double FrameStepX = 6, FrameStepY = 5;
    /// <summary>Room for the arrows that lead from the end of one row to the start of the next.</summary>
    private const double ContinuationIndent = 20;
    private const double LineSpacing = 1.3;
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
            var lines = ElementText.Captions(e, options);
            for (int j = 0; j < lines.Count; j++)
            {
                var line = lines[j];
                lines[j] = line with { Text = TextMetrics.Truncate(line.Text, line.Size, textLimit, line.Bold) };
                captionWidths[i] = Math.Max(captionWidths[i], TextMetrics.Width(lines[j].Text, line.Size, line.Bold));
            }
            captions[i] = lines;
        }

        // Scale: the largest that fits one row; when even 60% does not fit, full size wrapped into rows.
        DiagramScale scale = null!;
        var sizes = new BoxSize[n];
        var widths = new double[n];
        bool oneRow = false;
        foreach (double shrink in Shrinks)
        {
            scale = DiagramScale.Calibrate(elements, options, shrink);
            if (Measure(elements, scale, labelWidths, captionWidths, sizes, widths) <= available)
            {
                oneRow = true;
                break;
            }
        }
        var rows = oneRow ? [(0, n)] : WrapAt(1);
        if (!oneRow && rows.Count > 2)
            rows = WrapAt(Shrinks[^1]); // many rows: compact boxes show more of the model per screen

        List<(int Start, int End)> WrapAt(double shrink)
        {
            scale = DiagramScale.Calibrate(elements, options, shrink);
            Measure(elements, scale, labelWidths, captionWidths, sizes, widths);
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

        // Rows, top to bottom; each element is centred in its column on the row's axis.
        var placed = new PlacedElement[n];
        var extents = new Extent[n];
        var rowOf = new int[n];
        for (int r = 0; r < rows.Count; r++)
        {
            var (start, end) = rows[r];
            double maxBoxHeight = 20, captionHeight = 0;
            for (int i = start; i < end; i++)
            {
                maxBoxHeight = Math.Max(maxBoxHeight, sizes[i].ExtentHeight);
                double h = 0;
                foreach (var line in captions[i]) h += line.Size * LineSpacing;
                captionHeight = Math.Max(captionHeight, h);
            }
            double top = y + (r == 0 ? 10 : RowGap);
            double axis = top + ElementText.LabelSize * LineSpacing + 6 + maxBoxHeight / 2;
            double captionTop = axis + maxBoxHeight / 2 + 8;
            double left = Margin + (oneRow ? 0 : ContinuationIndent);

            double x = left;
            for (int i = start; i < end; i++)
            {
                rowOf[i] = r;
                double cx = x + widths[i] / 2;
                x += widths[i];
                extents[i] = Place(sizes[i], cx, axis);
                placed[i] = PlaceElement(plan, options, i, extents[i], labels[i], captions[i], cx, captionTop,
                    placed, extents, rowOf, axis);
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
            y = BuildLegend(placed, scale, legendWidth, y, legend, notes, ref contentRight);
        }

        double width = Math.Min(maxWidth, Math.Max(240, contentRight + 2 * Margin));
        return new DiagramLayout
        {
            Width = Math.Ceiling(width),
            Height = Math.Ceiling(y + Margin),
            DocumentTitle = plan.Summary.Name,
            Heading = heading,
            Elements = placed,
            Legend = legend,
            Notes = notes,
            ErrorLines = errorLines,
        };
    }

    /// <summary>Drawn sizes of one element's box, before placing.</summary>
    private readonly record struct BoxSize(double Front, double Height, double Depth, int ExtraFrames)
    {
        public double ExtentWidth => Front + Depth * Cuboid.Cos + ExtraFrames * FrameStepX;
        public double ExtentHeight => Height + Depth * Cuboid.Sin + ExtraFrames * FrameStepY;
    }

    /// <summary>A placed box and the bounding box of its projection (frames included).</summary>
    private readonly record struct Extent(Cuboid Box, double Left, double Right, double Top, double Bottom);

    private static BoxSize SizeOf(DiagramElement e, DiagramScale scale) => e.Form switch
    {
        ElementForm.Map => new BoxSize(
            scale.Channels.Px(e.Axes.Channels),
            scale.Spatial.Px(e.Axes.Rows),
            e.Axes.IsSequence ? SequenceDepth : scale.Spatial.Px(e.Axes.Cols) * DepthRatio,
            e.Axes.HasFrames && e.Axes.Frames is not 1 ? 2 : 0),
        ElementForm.Vector => new BoxSize(BarFront, scale.Units.Px(e.Units), BarDepth, 0),
        ElementForm.Failed => new BoxSize(24, 40, 12, 0),
        _ => new BoxSize(30, 24, 0, 0),
    };

    /// <summary>Sizes every box and column for a scale; returns the total width of one row holding them all.</summary>
    private static double Measure(IReadOnlyList<DiagramElement> elements, DiagramScale scale, double[] labelWidths,
        double[] captionWidths, BoxSize[] sizes, double[] widths)
    {
        double total = 0;
        for (int i = 0; i < elements.Count; i++)
        {
            sizes[i] = SizeOf(elements[i], scale);
            widths[i] = Math.Max(sizes[i].ExtentWidth, Math.Max(labelWidths[i], captionWidths[i])) + ColumnGap;
            total += widths[i];
        }
        return total - ColumnGap; // no gap is needed after the last column
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

    private static Extent Place(BoxSize s, double cx, double axis)
    {
        // The front frame sits bottom-left; extra frames step back up and to the right.
        double w = s.ExtentWidth, h = s.ExtentHeight;
        double left = cx - w / 2, bottom = axis + h / 2;
        var box = new Cuboid(left, bottom, s.Front, s.Height, s.Depth);
        return new Extent(box, left, left + w, bottom - h, bottom);
    }

    private static PlacedElement PlaceElement(DiagramPlan plan, SvgOptions options, int i, Extent extent,
        string? label, List<CaptionLine> captionLines, double cx, double captionTop, PlacedElement[] placed,
        Extent[] extents, int[] rowOf, double axis)
    {
        var e = plan.Elements[i];
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
            ElementForm.Failed => new TextItem(extent.Box.X + extent.Box.Front / 2, extent.Box.Y - extent.Box.Height / 2 + 6,
                "×", 18, DiagramPalette.Error, Bold: true),
            _ => null,
        };

        WindowMarker? window = null;
        var incoming = new List<Connector>(4);
        if (i > 0)
        {
            var prev = plan.Elements[i - 1];
            bool sameRow = rowOf[i - 1] == rowOf[i];
            if (e.Row?.Window is { } w && prev.Form == ElementForm.Map)
                window = Window(e, w, prev, extents[i - 1].Box, sameRow ? extent : null);
            if (!sameRow)
            {
                var p = extents[i - 1];
                double pAxis = (p.Top + p.Bottom) / 2;
                incoming.Add(new Connector(new Point(p.Right + 4, pAxis), new Point(p.Right + ContinuationIndent, pAxis), Arrow: true));
                incoming.Add(new Connector(new Point(Margin + 2, axis), new Point(extent.Left - 3, axis), Arrow: true));
            }
            else if (window is null)
            {
                Connect(prev, e, extents[i - 1], extent, axis, incoming);
            }
        }

        return new PlacedElement
        {
            Element = e,
            Box = extent.Box,
            ExtraFrames = SizeOfFrames(e),
            Colors = colors,
            Dashed = e.HasUnknownSize || e.Form == ElementForm.Failed,
            Label = label is null ? null : new TextItem(cx, extent.Top - 6, label, ElementText.LabelSize, DiagramPalette.Text),
            Captions = captions,
            Glyph = glyph,
            Tooltip = ElementText.Tooltip(e, plan.Summary),
            IncomingWindow = window,
            Incoming = incoming,
        };
    }

    private static int SizeOfFrames(DiagramElement e) =>
        e.Form == ElementForm.Map && e.Axes.HasFrames && e.Axes.Frames is not 1 ? 2 : 0;

    /// <summary>
    /// The window of <paramref name="e"/>'s layer on the map it slides over: rows × columns of the window in
    /// proportion to the map (at least a few pixels), through all channels, near the top; with lines to the matching
    /// point of the output when the output is on the same row.
    /// </summary>
    private static WindowMarker Window(DiagramElement e, Window window, DiagramElement input, Cuboid map, Extent? output)
    {
        var size = window.Size;
        long kRows = size.Count >= 2 ? size[^2] : size.Count == 1 ? size[0] : 1;
        long? kCols = size.Count >= 2 ? size[^1] : null;

        double kh = Math.Clamp(Fraction(kRows, input.Axes.Rows) * map.Height, Math.Min(4, map.Height), map.Height);
        double kd = input.Axes.IsSequence || kCols is null
            ? map.Depth
            : Math.Clamp(Fraction(kCols.Value, input.Axes.Cols) * map.Depth, Math.Min(3, map.Depth), map.Depth);
        // Near the top, half-way along the width, as convnet-drawer places it.
        double d0 = (map.Depth - kd) * 0.5, h0 = (map.Height - kh) * 0.85;
        var box = new Cuboid(map.X + d0 * Cuboid.Cos, map.Y - d0 * Cuboid.Sin - h0, map.Front, kh, kd);

        var projections = new List<Connector>(2);
        if (output is { } o)
        {
            double depthFraction = map.Depth > 0 ? (d0 + kd / 2) / map.Depth : 0.5;
            double heightFraction = map.Height > 0 ? (h0 + kh / 2) / map.Height : 0.5;
            var target = e.Form == ElementForm.Map
                ? o.Box.OnLeftFace(depthFraction, heightFraction)
                : new Point(o.Left, (o.Top + o.Bottom) / 2);
            projections.Add(new Connector(box.FrontTopRight, target));
            projections.Add(new Connector(box.BackBottomRight, target));
        }

        bool pooling = e.Kind is LayerKind.MaxPooling or LayerKind.AveragePooling;
        var row = e.Row!;
        string tooltip = $"{row.Name} ({row.DisplayType}): {(pooling ? "pooling window" : "kernel")} {ElementText.WindowText(window)}";
        return new WindowMarker { IsPooling = pooling, Box = box, Projections = projections, Tooltip = tooltip };
    }

    /// <summary>Share of a map axis a window covers; a fifth when the axis is unknown.</summary>
    private static double Fraction(long k, long? n) => n is { } v && v > 0 ? Math.Min(1.0, (double)k / v) : 0.2;

    /// <summary>
    /// Lines into an element that has no window: a fan from the previous element's edges (parallel for
    /// reshaping into a vector, crossed for dense connections), or a plain arrow.
    /// </summary>
    private static void Connect(DiagramElement prev, DiagramElement next, Extent p, Extent q, double axis,
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
            double py = (p.Top + p.Bottom) / 2;
            bool dashed = !drawn(prev) || !drawn(next);
            lines.Add(new Connector(new Point(p.Right + 3, py), new Point(q.Left - 3, axis), Arrow: true, Dashed: dashed));
        }
    }

    private static string Subtitle(ModelSummary s)
    {
        int layers = s.Rows.Count;
        string text = $"{SvgText.Count(layers)} {(layers == 1 ? "layer" : "layers")} · {SvgText.Count(s.Totals.Params)} parameters";
        if (s.Totals.NonTrainableParams > 0) text += $" ({SvgText.Count(s.Totals.NonTrainableParams)} non-trainable)";
        if (s.Error is not null) text += " · invalid model: drawn up to the failing layer";
        return text;
    }

    private static IEnumerable<string> ErrorParagraphs(ModelError error)
    {
        string where = error.Source is { } src
            ? $" (line {src.Line.ToString(CultureInfo.InvariantCulture)}, column {src.Column.ToString(CultureInfo.InvariantCulture)})"
            : "";
        yield return $"Error in layer {error.LayerIndex.ToString(CultureInfo.InvariantCulture)} '{error.LayerName}' ({error.ClassName}){where}: {error.Message}";
        if (error.Hint is { } hint) yield return "Hint: " + hint;
    }

    /// <summary>Legend entries for what the drawing shows, flowed into lines, then the footnotes.</summary>
    private static double BuildLegend(PlacedElement[] placed, DiagramScale scale, double available, double y, List<LegendEntry> legend, List<TextItem> notes,
        ref double contentRight)
    {
        var entries = new List<(LegendSwatch Swatch, BoxColors Colors, string Text)>();
        var seenKinds = new HashSet<LayerKind>();
        bool kernel = false, pool = false, tags = false, unknown = false, maps = false, bars = false, sequences = false;
        foreach (var p in placed)
        {
            var e = p.Element;
            if (e.Form is ElementForm.Map or ElementForm.Vector && seenKinds.Add(e.Kind))
                entries.Add((e.Form == ElementForm.Map ? LegendSwatch.Map : LegendSwatch.Bar, DiagramPalette.Box(e.Kind),
                    DiagramPalette.Meaning(e.Kind)));
            maps |= e.Form == ElementForm.Map;
            sequences |= e.Form == ElementForm.Map && e.Axes.IsSequence;
            bars |= e.Form == ElementForm.Vector;
            kernel |= p.IncomingWindow is { IsPooling: false };
            pool |= p.IncomingWindow is { IsPooling: true };
            tags |= e.Folded.Count > 0;
            unknown |= e.HasUnknownSize;
        }
        if (kernel) entries.Add((LegendSwatch.Kernel, default, "convolution kernel (k_h×k_w /stride)"));
        if (pool) entries.Add((LegendSwatch.Pool, default, "pooling window"));
        if (tags) entries.Add((LegendSwatch.Tag, default, "shape-keeping layer, folded into the output above"));
        if (unknown) entries.Add((LegendSwatch.Unknown, default, "size unknown (None): placeholder size"));

        const double font = 11, swatchRoom = 24, spacing = 18, lineHeight = 22;
        double x = 0;
        y += 8;
        foreach (var (swatch, colors, text) in entries)
        {
            double w = swatchRoom + TextMetrics.Width(text, font);
            if (x > 0 && x + w > available)
            {
                x = 0;
                y += lineHeight;
            }
            double sx = Margin + x;
            var box = swatch == LegendSwatch.Bar
                ? new Cuboid(sx + 4, y + 5, 5, 14, 4)
                : new Cuboid(sx, y + 4, 9, 10, 9);
            legend.Add(new LegendEntry
            {
                Swatch = swatch, Colors = colors, Box = box,
                Text = new TextItem(sx + swatchRoom, y + 3, text, font, DiagramPalette.Text, TextAnchor.Start),
            });
            x += w + spacing;
            contentRight = Math.Max(contentRight, x - spacing);
        }

        var sentences = new List<string>();
        if (maps)
            sentences.Add(sequences
                ? "Boxes are feature maps: height (vertical) × width (receding) × channels (across); 1-D sequences are thin boxes of steps × channels."
                : "Boxes are feature maps: height (vertical) × width (receding) × channels (across).");
        if (bars) sentences.Add("Bars are vectors (units).");
        sentences.Add("Labels give the true Keras sizes; drawn sizes are scaled: " + ScaleText(scale, maps, bars) + ".");
        y += 10;
        foreach (var line in TextMetrics.Wrap(string.Join(" ", sentences), 10, available))
        {
            y += 10 * LineSpacing + 1;
            notes.Add(new TextItem(Margin, y, line, 10, DiagramPalette.MutedText, TextAnchor.Start));
            contentRight = Math.Max(contentRight, TextMetrics.Width(line, 10));
        }
        return y;
    }

    private static string ScaleText(DiagramScale scale, bool maps, bool bars)
    {
        static string E(double e) => e.ToString("0.##", CultureInfo.InvariantCulture);
        var parts = new List<string>();
        if (maps)
        {
            parts.Add($"spatial ∝ n^{E(scale.Spatial.Exponent)}");
            parts.Add($"channels ∝ c^{E(scale.Channels.Exponent)}");
        }
        if (bars) parts.Add($"units ∝ n^{E(scale.Units.Exponent)}");
        return string.Join(", ", parts);
    }
}
