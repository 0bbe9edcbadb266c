using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The layer a model fails at, as a highlighted row in the table where its row would have been, followed by what is
/// wrong and how to fix it.
/// </summary>
internal static class ErrorMarkup
{
    public static void Append(StringBuilder sb, ModelError error)
    {
        sb.Append("<div class=\"nbs-err\" role=\"alert\"><div class=\"nbs-tr\"><span class=\"nbs-i\">").Append(error.LayerIndex)
            .Append("</span><span class=\"nbs-name\">").AppendEscaped(error.LayerName)
            .Append("</span><span class=\"nbs-type\">").AppendEscaped(error.ClassName)
            .Append("</span><span class=\"nbs-shape\">—</span><span class=\"nbs-params\">—</span><span class=\"nbs-share\"></span></div>")
            .Append("<div class=\"nbs-errmsg\"><b>✕ Error:</b> ").AppendEscaped(error.Message);
        if (error.Source is { } at)
            sb.Append(" <span class=\"nbs-at\">(line ").Append(at.Line).Append(", column ").Append(at.Column).Append(")</span>");
        if (error.Hint is { } hint)
            sb.Append("<div class=\"nbs-hint\"><b>Hint:</b> ").AppendEscaped(hint).Append("</div>");
        sb.Append("</div></div>");
    }
}
