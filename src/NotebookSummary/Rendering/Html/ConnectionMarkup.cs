using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Where a graph row's inputs come from: a line under the row, "from" and Keras's "Connected to" entries
/// (<c>dense[0][0]</c>), each a link to its source row (plain anchors: following one scrolls to the row, which
/// <c>:target</c> highlights, and opens a folded group or remainder holding it; no script needed). A link's tooltip
/// names the source row's type and output shape.
/// </summary>
internal static class ConnectionMarkup
{
    public static void Append(StringBuilder sb, SummaryRow row, TableContext ctx)
    {
        if (row.ConnectedTo.Count == 0) return;
        sb.Append("<span class=\"nbs-conn\"><span class=\"nbs-from\">from</span> ");
        for (int i = 0; i < row.ConnectedTo.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            string entry = row.ConnectedTo[i];
            if (ctx.SourceOf(entry) is not { } source)
            {
                sb.Append("<span>").AppendEscaped(entry).Append("</span>");
                continue;
            }
            sb.Append("<a href=\"#").Append(ctx.Id(source)).Append('"');
            if (ctx.Row(source) is { } s)
                sb.Append(" title=\"").AppendEscaped(s.Name).Append(" · ").AppendEscaped(s.DisplayType).Append(" · ")
                    .AppendEscaped(s.OutputShape.ToString()).Append('"');
            sb.Append('>').AppendEscaped(entry).Append("</a>");
        }
        sb.Append("</span>");
    }
}
