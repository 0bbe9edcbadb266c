using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>A line of caption text before it is positioned.</summary>
internal readonly record struct CaptionLine(string Text, double Size, string Fill, bool Bold = false, bool Italic = false);

/// <summary>
/// The words of the drawing: shape labels (<c>55×55×96</c>, Keras's dims in Keras's order, <c>None</c> when
/// unknown), captions in convnet-drawer's spirit (<c>Conv2D</c> / <c>11×11 /4</c> / <c>relu</c>), tags for folded
/// layers and tooltips. Pure text; positions come later.
/// </summary>
internal static class ElementText
{
    public const double LabelSize = 11;
    public const double TypeSize = 11;
    public const double DetailSize = 10;

    /// <summary>The per-sample shape, dims joined by ×: <c>55×55×96</c>, <c>4096</c>, <c>None×13</c>.</summary>
    public static string ShapeLabel(Shape shape)
    {
        var dims = shape.SampleDims;
        if (dims.Count == 0) return "scalar";
        var sb = new StringBuilder();
        for (int i = 0; i < dims.Count; i++)
        {
            if (i > 0) sb.Append('×');
            sb.Append(KerasNumbers.Dim(dims[i]));
        }
        return sb.ToString();
    }

    /// <summary>A sliding window as convnet-drawer writes it: <c>11×11 /4</c>; strides of 1 are left out and
    /// unequal strides are listed, <c>3×3 /2×1</c>. A transposed convolution's stride enlarges its input, so it is
    /// written <c>3×3 ↑2</c>.</summary>
    public static string WindowText(SummaryRow row, Window window)
    {
        var sb = new StringBuilder(Join(window.Size));
        var s = window.Strides;
        if (s.Count > 0 && s.Any(x => x != 1))
        {
            bool upsamples = row.ClassName.EndsWith("Transpose", StringComparison.Ordinal);
            sb.Append(upsamples ? " ↑" : " /").Append(s.All(x => x == s[0]) ? Join([s[0]]) : Join(s));
        }
        return sb.ToString();
    }

    /// <summary>The label of a window larger than its input: <c>5×5 &gt; 3×3</c> (window &gt; input, per spatial axis,
    /// dilation included; <c>None</c> for an unknown size).</summary>
    public static string OversizedLabel(OversizedWindow window) =>
        string.Join("×", window.Size.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + " > " + string.Join("×", window.Input.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None"));

    private static string Join(IReadOnlyList<int> values) =>
        string.Join("×", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The caption lines under an element.</summary>
    public static List<CaptionLine> Captions(DiagramElement e, SvgOptions options)
    {
        var lines = new List<CaptionLine>(4);
        switch (e.Form)
        {
            case ElementForm.Omitted:
                lines.Add(new($"{KerasNumbers.Count(e.OmittedLayers)} more", TypeSize, DiagramPalette.Text, Bold: true));
                lines.Add(new(e.OmittedLayers == 1 ? "layer not drawn" : "layers not drawn", DetailSize, DiagramPalette.MutedText));
                return lines;
            case ElementForm.Failed:
                lines.Add(new(e.Error!.ClassName, TypeSize, DiagramPalette.Error, Bold: true));
                lines.Add(new("fails (see below)", DetailSize, DiagramPalette.Error));
                return lines;
            case ElementForm.Repeat:
                lines.Add(new("repeats", TypeSize, DiagramPalette.Text, Bold: true));
                lines.Add(new(e.BlockElements == 1 ? "the box before" : $"the {KerasNumbers.Count(e.BlockElements)} boxes before",
                    DetailSize, DiagramPalette.MutedText));
                return lines;
        }

        if (e.Row is not { } row)
        {
            lines.Add(new("Input", TypeSize, DiagramPalette.Text, Bold: true));
        }
        else if (row.Kind == LayerKind.Input)
        {
            // A graph's inputs: several may be drawn, so each is named.
            lines.Add(new("Input", TypeSize, DiagramPalette.Text, Bold: true));
            lines.Add(new(row.Name, DetailSize, DiagramPalette.MutedText));
        }
        else
        {
            lines.Add(new(row.DisplayType, TypeSize, DiagramPalette.Text, Bold: true));
            if (row.Window is { } w) lines.Add(new(WindowText(row, w), TypeSize, DiagramPalette.Text));
            if (row.Activation is { } a && a != "linear") lines.Add(new(a, DetailSize, DiagramPalette.MutedText));
            if (!row.Trainable) lines.Add(new(FrozenMark, DetailSize, DiagramPalette.Frozen, Bold: true));
        }

        int max = Math.Max(1, options.MaxTagsPerElement);
        int shown = e.Folded.Count <= max ? e.Folded.Count : max - 1;
        for (int i = 0; i < shown; i++)
            lines.Add(new(Tag(e.Folded[i]), DetailSize, DiagramPalette.MutedText, Italic: true));
        if (shown < e.Folded.Count)
            lines.Add(new($"+{KerasNumbers.Count(e.Folded.Count - shown)} more", DetailSize, DiagramPalette.MutedText, Italic: true));
        return lines;
    }

    /// <summary>How a frozen layer (<c>trainable=False</c>) is marked, as the HTML table marks it.</summary>
    public const string FrozenMark = "frozen";

    /// <summary>A folded layer: <c>+ relu</c> for an Activation layer, else <c>+ Dropout</c> (the type); a frozen one
    /// adds <c>(frozen)</c>.</summary>
    public static string Tag(SummaryRow row) =>
        (row.ClassName == "Activation" && row.Activation is { } a ? "+ " + a : "+ " + row.DisplayType)
        + (row.Trainable ? "" : $" ({FrozenMark})");

    /// <summary>Hover text: every layer the element stands for, by name, with output shape and parameters.</summary>
    public static string Tooltip(DiagramElement e, ModelSummary summary)
    {
        switch (e.Form)
        {
            case ElementForm.Omitted:
                return $"{KerasNumbers.Count(e.OmittedLayers)} layers not drawn (the drawing shows at most the first and last layers of a very deep model)";
            case ElementForm.Failed:
                return "Error in " + e.Error!;
            case ElementForm.Repeat:
                return RepeatTooltip(e);
        }
        var sb = new StringBuilder();
        if (e.Row is not { } row)
            sb.Append("input ").Append(e.Shape);
        else
            Describe(sb, row);
        foreach (var f in e.Folded)
        {
            sb.Append('\n');
            Describe(sb, f);
        }
        return sb.ToString();
    }

    private const int MaxNamesInTooltip = 24;

    private static string RepeatTooltip(DiagramElement e)
    {
        var sb = new StringBuilder();
        sb.Append(e.BlockElements == 1 ? "The box before" : $"The {KerasNumbers.Count(e.BlockElements)} boxes before")
          .Append(", ").Append(KerasNumbers.Count(e.Repeats)).Append(" times in a row; not drawn again: ");
        // The first names, and a count of the rest: a tooltip of 10,000 names is no help and 10,000 names long.
        int shown = Math.Min(e.RepeatedRows.Count, MaxNamesInTooltip);
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(e.RepeatedRows[i].Name);
        }
        if (shown < e.RepeatedRows.Count) sb.Append(" and ").Append(KerasNumbers.Count(e.RepeatedRows.Count - shown)).Append(" more");
        return sb.ToString();
    }

    private static void Describe(StringBuilder sb, SummaryRow row)
    {
        if (row.Kind == LayerKind.Input)
        {
            sb.Append("input ").Append(row.Name).Append(' ').Append(row.OutputShape);
            return;
        }
        sb.Append(row.Name).Append(" (").Append(row.DisplayType).Append("): output ").Append(row.OutputShape)
          .Append(", ").Append(KerasNumbers.Count(row.Params)).Append(row.Params == 1 ? " param" : " params");
        if (!row.Trainable) sb.Append(", frozen (trainable=False)");
    }
}
