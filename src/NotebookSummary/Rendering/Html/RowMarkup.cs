using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// A layer's row: six cells (#, layer, type, output shape, parameters, share). A full row is a
/// <c>&lt;details&gt;</c> whose <c>&lt;summary&gt;</c> is the row and whose body is the walk-through, so it opens
/// without JavaScript; a compact row (inside the folded remainder of a big model) is the row alone.
/// </summary>
internal static class RowMarkup
{
    public static void AppendFull(StringBuilder sb, SummaryRow row, long total, bool open)
    {
        sb.Append("<details class=\"nbs-layer").Append(row.Trainable ? "" : " nbs-frozen").Append('"')
            .Append(open ? " open>" : ">").Append("<summary class=\"nbs-tr\">");
        AppendCells(sb, row, total, withTitle: true);
        sb.Append("</summary>");
        WalkThroughMarkup.Append(sb, row);
        sb.Append("</details>");
    }

    public static void AppendCompact(StringBuilder sb, SummaryRow row, long total)
    {
        sb.Append("<div class=\"nbs-tr nbs-row").Append(row.Trainable ? "" : " nbs-frozen").Append("\">");
        AppendCells(sb, row, total, withTitle: false);
        sb.Append("</div>");
    }

    private static void AppendCells(StringBuilder sb, SummaryRow row, long total, bool withTitle)
    {
        sb.Append("<span class=\"nbs-i\">").Append(row.Index).Append("</span><span class=\"nbs-name\"");
        // A functional model's row says where its inputs come from on hover; its walk-through lists them too.
        if (withTitle && row.ConnectedTo.Count > 0)
            sb.Append(" title=\"connected to ").AppendEscaped(string.Join(", ", row.ConnectedTo)).Append('"');
        sb.Append('>').AppendEscaped(row.Name);
        if (!row.Trainable) sb.Append("<span class=\"nbs-frz\" title=\"trainable=False\">frozen</span>");
        sb.Append("</span><span class=\"nbs-type\">");
        AppendType(sb, row);
        sb.Append("</span><span class=\"nbs-shape\">").AppendEscaped(row.OutputShape.ToString()).Append("</span>");
        AppendParams(sb, row.Params);
        sb.Append("<span class=\"nbs-share\">");
        ShareBar.Append(sb, row.Params, row.NonTrainableParams, total, withTitle);
        sb.Append("</span>");
    }

    /// <summary>The type, with the activation as a badge: <c>Conv2D [relu]</c>.</summary>
    public static void AppendType(StringBuilder sb, SummaryRow row)
    {
        sb.AppendEscaped(row.DisplayType);
        if (row.Activation is { } a) sb.Append("<span class=\"nbs-act\">").AppendEscaped(a).Append("</span>");
    }

    public static void AppendParams(StringBuilder sb, long @params) =>
        sb.Append(@params == 0 ? "<span class=\"nbs-params nbs-zero\">" : "<span class=\"nbs-params\">")
            .Append(ShareBar.Count(@params)).Append("</span>");
}
