using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The layer a model fails at, as a highlighted row in the table where its row would have been, followed by what is
/// wrong, the calculation that fails with the model's numbers, and how to fix it; then the layers after it, greyed,
/// as not computed (the first <see cref="MaxNotComputedRows"/>, and how many more).
/// </summary>
internal static class ErrorMarkup
{
    /// <summary>Greyed rows listed after the error; a 10,000-layer model failing early adds one line for the rest.</summary>
    public const int MaxNotComputedRows = 50;

    public static void Append(StringBuilder sb, ModelError error)
    {
        sb.Append("<div class=\"nbs-err\" role=\"alert\"><div class=\"nbs-tr\"><span class=\"nbs-i\">").Append(error.LayerIndex)
            .Append("</span><span class=\"nbs-name\">").AppendEscaped(error.LayerName)
            .Append("</span><span class=\"nbs-type\">").AppendEscaped(error.ClassName)
            .Append("</span><span class=\"nbs-shape\">—</span><span class=\"nbs-params\">—</span><span class=\"nbs-share\"></span></div>")
            .Append("<div class=\"nbs-errmsg\"><b>✕ Error:</b> ").AppendEscaped(error.Message);
        if (error.Source is { } at)
            sb.Append(" <span class=\"nbs-at\">(line ").Append(at.Line).Append(", column ").Append(at.Column).Append(")</span>");
        if (error.Calculation is { } calculation)
            sb.Append("<div class=\"nbs-calc\">").AppendEscaped(calculation).Append("</div>");
        if (error.Hint is { } hint)
            sb.Append("<div class=\"nbs-hint\"><b>Hint:</b> ").AppendEscaped(hint).Append("</div>");
        sb.Append("</div></div>");
        AppendNotComputed(sb, error);
    }

    private static void AppendNotComputed(StringBuilder sb, ModelError error)
    {
        var rest = error.NotComputed;
        if (rest.Count == 0) return;
        sb.Append("<div class=\"nbs-nc\" title=\"not computed: the model fails before these layers\">");
        int shown = Math.Min(rest.Count, MaxNotComputedRows);
        for (int i = 0; i < shown; i++)
            sb.Append("<div class=\"nbs-tr\"><span class=\"nbs-i\">").Append(error.LayerIndex + 1 + i)
                .Append("</span><span class=\"nbs-name\">").AppendEscaped(rest[i].Name)
                .Append("</span><span class=\"nbs-type\">").AppendEscaped(rest[i].ClassName)
                .Append("</span><span class=\"nbs-shape\">not computed</span><span class=\"nbs-params\">—</span><span class=\"nbs-share\"></span></div>");
        if (rest.Count > shown)
            sb.Append("<div class=\"nbs-tr\"><span class=\"nbs-i\"></span><span class=\"nbs-mlabel\">")
                .Append(KerasNumbers.Count(rest.Count - shown)).Append(" more layers not computed</span></div>");
        sb.Append("</div>");
    }
}
