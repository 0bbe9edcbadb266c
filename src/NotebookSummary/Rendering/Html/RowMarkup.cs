using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// A layer's row: six cells (#, layer, type, output shape, parameters, share), then, in a graph, the line saying
/// where its inputs come from. A full row is a <c>&lt;details&gt;</c> whose <c>&lt;summary&gt;</c> is the row and
/// whose body is the walk-through (preceded, for a nested model, by that model's own rows), so it opens without
/// JavaScript. Every row carries its id, the target of the links to it.
/// </summary>
internal static class RowMarkup
{
    public static void AppendFull(StringBuilder sb, SummaryRow row, TableContext ctx)
    {
        sb.Append("<details class=\"nbs-layer").Append(row.Trainable ? "" : " nbs-frozen")
            .Append(row.Nested is null ? "\"" : " nbs-nest\"");
        ctx.AppendId(sb, row.Index).Append(ctx.Options.ExpandFormulas ? " open>" : ">").Append("<summary class=\"nbs-tr\">");
        AppendCells(sb, row, ctx);
        sb.Append("</summary>");
        if (row.Nested is { } inner) NestedMarkup.Append(sb, inner, ctx.Inside(row));
        WalkThroughMarkup.Append(sb, row, withConnections: false);
        CostMarkup.AppendRow(sb, row);
        sb.Append("</details>");
    }

    private static void AppendCells(StringBuilder sb, SummaryRow row, TableContext ctx)
    {
        sb.Append("<span class=\"nbs-i\">").Append(row.Index).Append("</span><span class=\"nbs-name\">").AppendBreakable(row.Name);
        if (!row.Trainable) sb.Append("<span class=\"nbs-frz\" title=\"trainable=False\">frozen</span>");
        if (row.Nested is { } inner)
            sb.Append("<span class=\"nbs-nl\">").Append(KerasNumbers.Count(inner.Rows.Count))
                .Append(inner.Rows.Count == 1 ? " layer" : " layers").Append("</span>");
        sb.Append("</span><span class=\"nbs-type\">");
        AppendType(sb, row);
        sb.Append("</span><span class=\"nbs-shape\">").AppendEscaped(row.OutputShape.ToString()).Append("</span>");
        AppendParams(sb, row.Params);
        sb.Append("<span class=\"nbs-share\">");
        ShareBar.Append(sb, row.Params, row.NonTrainableParams, ctx.Total);
        sb.Append("</span>");
        ConnectionMarkup.Append(sb, row, ctx);
    }

    /// <summary>The type, with the activation as a badge: <c>Conv2D [relu]</c>; no badge that repeats the type
    /// (<c>ReLU</c>'s <c>relu</c>, <c>LeakyReLU</c>'s <c>leaky_relu</c>).</summary>
    public static void AppendType(StringBuilder sb, SummaryRow row)
    {
        sb.AppendEscaped(row.DisplayType);
        if (row.Activation is { } a && !SameWord(a, row.DisplayType))
            sb.Append("<span class=\"nbs-act\">").AppendEscaped(a).Append("</span>");
    }

    /// <summary>True when two names differ only in case and underscores.</summary>
    internal static bool SameWord(string a, string b) =>
        string.Equals(a.Replace("_", "", StringComparison.Ordinal), b.Replace("_", "", StringComparison.Ordinal),
            StringComparison.OrdinalIgnoreCase);

    public static void AppendParams(StringBuilder sb, long @params) =>
        sb.Append(@params == 0 ? "<span class=\"nbs-params nbs-zero\">" : "<span class=\"nbs-params\">")
            .Append(KerasNumbers.Count(@params)).Append("</span>");
}
