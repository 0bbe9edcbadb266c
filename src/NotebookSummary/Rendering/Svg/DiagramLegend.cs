using System.Globalization;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The legend under the drawing: one entry per colour actually used (the kind of layer that produced a box), the
/// window and tag conventions when present, and a footnote saying how the axes read and which scale exponents
/// the calibration chose. Entries flow into lines no wider than the drawing.
/// </summary>
internal static class DiagramLegend
{
    /// <summary>Legend entries for what the drawing shows, flowed into lines, then the footnotes.</summary>
    public static double Build(PlacedElement[] placed, IReadOnlyList<DrawnEdge> edges, DiagramScale scale,
        double available, double left, double y, List<LegendEntry> legend, List<TextItem> notes, ref double contentRight)
    {
        var entries = new List<(LegendSwatch Swatch, BoxColors Colors, string Text)>();
        var seenKinds = new HashSet<LayerKind>();
        bool kernel = false, pool = false, tags = false, unknown = false, maps = false, bars = false, sequences = false;
        WindowMarker? oversized = null;
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
            oversized ??= p.OversizedWindow;
            tags |= e.Folded.Count > 0;
            unknown |= e.HasUnknownSize;
        }
        foreach (var edge in edges) // a graph's windows are drawn with its edges
        {
            kernel |= edge.Window is { IsPooling: false };
            pool |= edge.Window is { IsPooling: true };
        }
        if (kernel) entries.Add((LegendSwatch.Kernel, default, "convolution kernel (height×width /stride)"));
        if (pool) entries.Add((LegendSwatch.Pool, default, "pooling window"));
        if (oversized is not null)
            entries.Add((LegendSwatch.Oversized, default,
                $"{(oversized.IsPooling ? "pooling window" : "kernel")} larger than its input, to the map's scale"));
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
            double sx = left + x;
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
            y += 10 * 1.3 + 1;
            notes.Add(new TextItem(left, y, line, 10, DiagramPalette.MutedText, TextAnchor.Start));
            contentRight = Math.Max(contentRight, TextMetrics.Width(line, 10));
        }
        return y;
    }

    private static string ScaleText(DiagramScale scale, bool maps, bool bars)
    {
        var parts = new List<string>();
        if (maps)
        {
            parts.Add($"spatial ∝ n{Superscript(scale.Spatial.Exponent)}");
            parts.Add($"channels ∝ c{Superscript(scale.Channels.Exponent)}");
        }
        if (bars) parts.Add($"units ∝ n{Superscript(scale.Units.Exponent)}");
        return string.Join(", ", parts);
    }

    /// <summary>
    /// An exponent raised as the walk-throughs raise their subscripts, in characters, since a legend line is one
    /// wrapped string: <c>0.68</c> → <c>⁰˙⁶⁸</c> (superscript digits, a raised dot for the decimal point).
    /// </summary>
    internal static string Superscript(double exponent)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = exponent.ToString("0.##", CultureInfo.InvariantCulture);
        var raised = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
            raised[i] = text[i] switch
            {
                >= '0' and <= '9' => digits[text[i] - '0'],
                '.' => '˙',
                '-' => '⁻',
                var c => c,
            };
        return new string(raised);
    }
}
