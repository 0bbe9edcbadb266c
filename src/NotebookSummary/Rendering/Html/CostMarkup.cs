using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The figures torchinfo users look for (<see cref="ModelCost"/>): under a layer's walk-through its multiply-
/// accumulates and its output's memory for one sample, and in the table's footer the model's mult-adds and the
/// estimated memory (input + activations + parameters). What each figure counts: docs/figures.md.
/// </summary>
internal static class CostMarkup
{
    /// <summary>One line in a row's details: mult-adds (when the layer has a non-zero count) and output memory.</summary>
    public static void AppendRow(StringBuilder sb, SummaryRow row)
    {
        bool hasMacs = row.MultiplyAccumulates is > 0;
        if (!hasMacs && row.OutputElements is null) return;
        sb.Append("<div class=\"nbs-cost\">");
        if (hasMacs)
            sb.Append("<span title=\"multiply-accumulates of the kernel or matrix products for one sample (bias, activation not counted)\">Mult-adds <b>")
                .Append(KerasNumbers.Count(row.MultiplyAccumulates!.Value)).Append("</b></span>");
        if (row.OutputElements is { } n)
            sb.Append("<span>Output ").Append(KerasNumbers.Count(n)).Append(n == 1 ? " value" : " values")
                .Append(" × 4 B = <b>").Append(KerasNumbers.MemorySize(ModelCost.BytesOf(n))).Append("</b> per sample</span>");
        sb.Append("</div>");
    }

    /// <summary>The footer's lines after Keras's totals: mult-adds, then the memory estimate, total last.</summary>
    public static void AppendFooter(StringBuilder sb, ModelSummary summary)
    {
        var cost = ModelCost.Of(summary);
        sb.Append("<div class=\"nbs-costs\">");
        Line(sb, "Mult-adds (one sample)", cost.MultiplyAccumulates is { } m ? KerasNumbers.Count(m) : "unknown", null);
        Line(sb, "Input (one sample)", Size(cost.InputBytes), null);
        Line(sb, "Activations (one sample, forward)", Size(cost.ActivationBytes), null);
        Line(sb, "Parameters", Size(cost.ParamsBytes), null);
        Line(sb, "Estimated total size", Size(cost.TotalBytes), "nbs-est");
        sb.Append("</div>");
    }

    private static string Size(Int128? bytes) => bytes is { } b ? KerasNumbers.MemorySize(b) : "unknown";

    private static void Line(StringBuilder sb, string label, string value, string? extraClass) =>
        sb.Append("<div class=\"nbs-tr nbs-cst").Append(extraClass is null ? "" : " " + extraClass)
            .Append("\"><span class=\"nbs-totl\">").Append(label)
            .Append("</span><span class=\"nbs-params\">").Append(value).Append("</span><span class=\"nbs-size\"></span></div>");
}
