using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// A collapsed group of repeated layers: one row "× n" with the group's parameters and share; opened, the first
/// repeat as full rows (every repeat has the same walk-throughs) and the names of all the group's layers, each the
/// target of the links to its layer.
/// </summary>
internal static class GroupMarkup
{
    /// <remarks>The output may be passed on after each name of the list: a group of a big model names thousands.</remarks>
    public static void Append(OutputSink output, GroupEntry g, TableContext ctx)
    {
        var sb = output.Buffer;
        sb.Append("<details class=\"nbs-group\"><summary class=\"nbs-tr\"><span class=\"nbs-i\">")
            .Append(ColumnWidths.IndexText(g)).Append("</span><span class=\"nbs-name\"><b class=\"nbs-x\">× ")
            .Append(KerasNumbers.Count(g.Repeats)).Append("</b> <span class=\"nbs-range\">")
            .AppendEscaped(g.First.Name).Append(" … ").AppendEscaped(g.Last.Name).Append("</span></span><span class=\"nbs-type\">");
        bool first = true;
        foreach (var r in g.Block)
        {
            if (!first) sb.Append(" → ");
            RowMarkup.AppendType(sb, r);
            first = false;
        }
        sb.Append("</span><span class=\"nbs-shape\">").AppendEscaped(g.Last.OutputShape.ToString()).Append("</span>");
        RowMarkup.AppendParams(sb, g.Params);
        sb.Append("<span class=\"nbs-share\">");
        ShareBar.Append(sb, g.Params, g.NonTrainableParams, ctx.Total);
        sb.Append("</span></summary><div class=\"nbs-gbody\"><div class=\"nbs-gnote\">")
            .Append(g.BlockLength == 1 ? "The same layer" : $"The same block of {g.BlockLength} layers")
            .Append(", ").Append(KerasNumbers.Count(g.Repeats)).Append(" times in a row");
        if (g.Params > 0) sb.Append(" (").Append(KerasNumbers.Count(g.BlockParams)).Append(" parameters each time)");
        sb.Append(". The first time:</div>");
        foreach (var r in g.Block) RowMarkup.AppendFull(sb, r, ctx);
        sb.Append("<div class=\"nbs-gnames\">All ").Append(KerasNumbers.Count(g.LayerCount))
            .Append(" layers: ");
        // The separator and what TableContext.AppendId writes, the part before the index, made once: a group names
        // thousands of rows.
        string targetStart = ", <span id=\"" + ctx.Prefix + "-";
        // The first repeat's rows are shown above with their ids; the others' names are the targets of links to them.
        for (int k = 0, count = g.BlockLength * g.Repeats; k < count; k++)
        {
            var r = g.Row(k);
            if (k >= g.BlockLength) sb.Append(targetStart).Append(r.Index).Append("\">").AppendEscaped(r.Name).Append("</span>");
            else
            {
                if (k > 0) sb.Append(", ");
                sb.AppendEscaped(r.Name);
            }
            output.AtBoundary();
        }
        sb.Append("</div></div></details>");
    }
}
