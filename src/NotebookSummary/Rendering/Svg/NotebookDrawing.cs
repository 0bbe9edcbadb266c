using System.Globalization;
using System.Text;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The drawing as a notebook cell shows it (<see cref="SvgOptions.NotebookCell"/>): an HTML fragment holding the model
/// drawn twice — at <see cref="SvgOptions.MaxWidth"/> and wrapped into more rows for a <see cref="NarrowWidth"/> cell —
/// and a container query on the cell's width that shows the wide drawing while the cell holds it at 90% or more
/// (its 10 px text at 9 px or more) and the narrow one otherwise. Notebooks display it as HTML (inline SVG is HTML).
/// A drawing already no wider than <see cref="NarrowWidth"/> is written alone, as one SVG.
/// </summary>
internal static class NotebookDrawing
{
    /// <summary>
    /// The narrow drawing's design width: a 320 px cell (a phone, a narrow notebook side panel) shows it at 91%,
    /// its smallest text (10 px) at 9.1 px; it is shown down to ⌈352 · 0.9⌉ = 317 px. Not 355 (exactly 90% of 320): a
    /// browser's 10 × 0.9 is 8.999… px.
    /// </summary>
    public const double NarrowWidth = 352;

    public static string Write(DiagramPlan plan, SvgOptions options)
    {
        var wide = DiagramLayoutEngine.Build(plan, options);
        if (wide.Width <= NarrowWidth)
        {
            var single = OutputBuffer.Create(DiagramSvgWriter.EstimatedChars(wide));
            DiagramSvgWriter.WriteForNotebook(single, wide, rootClass: null);
            return single.ToString();
        }
        var narrow = DiagramLayoutEngine.Build(plan, options with { MaxWidth = NarrowWidth });

        // The class names the wide drawing's width, the only thing the rules depend on: outputs on one page (a
        // JupyterLab notebook is one document) share identical rules and never restyle each other.
        string box = "nbs-svg-" + wide.Width.ToString(CultureInfo.InvariantCulture);
        string shownFrom = DiagramSvgWriter.SmallestShownWidth(wide.Width).ToString(CultureInfo.InvariantCulture);
        var sb = OutputBuffer.Create(DiagramSvgWriter.EstimatedChars(wide) + DiagramSvgWriter.EstimatedChars(narrow));
        // The narrow drawing by default (a browser without container queries shows the one readable everywhere); the
        // wide one from the width where its smallest text is 9 px. No '<' in the rules: the fragment stays XML too.
        sb.Append("<style>.").Append(box).Append("{container-type:inline-size}.")
            .Append(box).Append(">.nbs-svg-wide{display:none}")
            .Append("@container (min-width: ").Append(shownFrom).Append("px){.")
            .Append(box).Append(">.nbs-svg-wide{display:inline}.")
            .Append(box).Append(">.nbs-svg-narrow{display:none}}</style>");
        sb.Append("<div class=\"").Append(box).Append("\">\n");
        DiagramSvgWriter.WriteForNotebook(sb, wide, "nbs-svg-wide");
        DiagramSvgWriter.WriteForNotebook(sb, narrow, "nbs-svg-narrow");
        sb.Append("</div>\n");
        return sb.ToString();
    }
}
