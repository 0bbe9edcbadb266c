using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>The line above the table: the model's name (or the title), its input and output, and the bar key.</summary>
internal static class CaptionMarkup
{
    public static void Append(StringBuilder sb, ModelSummary summary, HtmlOptions options)
    {
        sb.Append("<div class=\"nbs-cap\"><span class=\"nbs-title\">");
        if (options.Title is { } title)
            sb.AppendEscaped(title).Append("</span><span class=\"nbs-meta\">Model: <b class=\"nbs-model\">")
                .AppendEscaped(summary.Name).Append("</b></span>");
        else
            sb.Append("Model: <b class=\"nbs-model\">").AppendEscaped(summary.Name).Append("</b></span>");

        sb.Append("<span class=\"nbs-meta\">Input <span class=\"nbs-io\">")
            .AppendEscaped(summary.InputShape?.ToString() ?? "none").Append("</span>");
        if (summary.IsValid && summary.OutputShape is { } output && summary.Rows.Count > 0)
            sb.Append(" → output <span class=\"nbs-io\">").AppendEscaped(output.ToString()).Append("</span>");
        // An invalid model still has all its layers: those computed, the failing one, and those after it.
        int layers = summary.Error is { } failure ? failure.LayerIndex + 1 + failure.NotComputed.Count : summary.Rows.Count;
        sb.Append("</span><span class=\"nbs-meta\">").Append(LayerCount(layers)).Append("</span>");

        if (summary.Error is { } error)
            sb.Append("<span class=\"nbs-meta nbs-bad\">✕ fails at layer ").Append(error.LayerIndex)
                .Append(" (").AppendEscaped(error.LayerName).Append(")</span>");
        if (summary.Totals.NonTrainableParams > 0)
            sb.Append("<span class=\"nbs-meta nbs-key\"><i class=\"nbs-bt\"></i>trainable <i class=\"nbs-bn\"></i>non-trainable</span>");
        sb.Append("</div>");
    }

    private static string LayerCount(int n) =>
        KerasNumbers.Count(n) + (n == 1 ? " layer" : " layers");
}
