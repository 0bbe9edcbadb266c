using System.Globalization;
using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>The table: header row, the planned entries (with the folded remainder), the error row, the totals.</summary>
internal static class TableMarkup
{
    /// <remarks>The output may be passed on after each entry and each line of the folded remainder.</remarks>
    public static void Append(OutputSink output, ModelSummary summary, TablePlan plan, TableContext ctx)
    {
        var sb = output.Buffer;
        sb.Append("<div class=\"nbs-scroll\"><div class=\"nbs-table\">")
            .Append("<div class=\"nbs-tr nbs-th\"><span class=\"nbs-i\">#</span><span class=\"nbs-name\">Layer</span>")
            .Append("<span class=\"nbs-type\">Type</span><span class=\"nbs-shape\">Output shape</span>")
            .Append("<span class=\"nbs-params\">Param #</span><span class=\"nbs-share\">Share of parameters</span></div>");

        AppendEntries(output, plan, ctx);

        if (summary.Error is { } error) ErrorMarkup.Append(sb, error);
        else if (summary.Rows.Count == 0)
            sb.Append("<div class=\"nbs-empty\">The model has no layers.</div>");

        AppendTotals(sb, summary);
        sb.Append("</div></div>");
    }

    /// <summary>The planned entries: those shown first, the folded remainder, those shown after it.</summary>
    public static void AppendEntries(OutputSink output, TablePlan plan, TableContext ctx)
    {
        foreach (var e in plan.Head) AppendEntry(output, e, ctx);
        if (plan.Folded.Count > 0) AppendRemainder(output, plan, ctx);
        foreach (var e in plan.Tail) AppendEntry(output, e, ctx);
    }

    private static void AppendEntry(OutputSink output, TableEntry e, TableContext ctx)
    {
        switch (e)
        {
            case LayerEntry { Row: var row }:
                RowMarkup.AppendFull(output.Buffer, row, ctx);
                break;
            case GroupEntry g:
                GroupMarkup.Append(output, g, ctx);
                break;
        }
        output.AtBoundary();
    }

    /// <summary>The folded middle of a big model: one row with the layer count, parameters and share; opened, its
    /// layers as lines of text (<see cref="FoldedList"/>), a repeated block among them as its group.</summary>
    private static void AppendRemainder(OutputSink output, TablePlan plan, TableContext ctx)
    {
        var sb = output.Buffer;
        var folded = plan.Folded;
        long @params = 0, nonTrainable = 0;
        int layers = 0;
        foreach (var e in folded)
        {
            @params = checked(@params + e.Params);
            nonTrainable = checked(nonTrainable + e.NonTrainableParams);
            layers += e.LayerCount;
        }
        sb.Append("<details class=\"nbs-more\"><summary class=\"nbs-tr\"><span class=\"nbs-i\">")
            .Append(ColumnWidths.RangeText(folded[0].FirstIndex, folded[^1].LastIndex))
            .Append("</span><span class=\"nbs-mlabel\">").Append(KerasNumbers.Count(layers)).Append(" more layers</span>");
        RowMarkup.AppendParams(sb, @params);
        sb.Append("<span class=\"nbs-share\">");
        ShareBar.Append(sb, @params, nonTrainable, ctx.Total);
        sb.Append("</span></summary><div class=\"nbs-fold\">");

        var targets = LinkTargets(plan, ctx);
        var run = new List<SummaryRow>();
        foreach (var e in folded)
        {
            if (e is LayerEntry layer)
            {
                run.Add(layer.Row);
                continue;
            }
            if (run.Count > 0) FoldedList.Append(output, run, ctx, targets);
            run.Clear();
            AppendEntry(output, e, ctx);
        }
        if (run.Count > 0) FoldedList.Append(output, run, ctx, targets);
        sb.Append("</div></details>");
    }

    /// <summary>The rows that links of the rows shown in full point at.</summary>
    public static HashSet<int> LinkTargets(TablePlan plan, TableContext ctx)
    {
        var targets = new HashSet<int>();
        foreach (var row in FullRows(plan))
            foreach (var entry in row.ConnectedTo)
                if (ctx.SourceOf(entry) is { } source) targets.Add(source);
        return targets;
    }

    /// <summary>The rows shown in full, with their links: the entries before and after the remainder, and the
    /// first repeat of every group (also of one in the remainder).</summary>
    public static IEnumerable<SummaryRow> FullRows(TablePlan plan) =>
        plan.Head.Concat(plan.Tail).Concat(plan.Folded.OfType<GroupEntry>()).SelectMany(e => e switch
        {
            LayerEntry l => [l.Row],
            GroupEntry g => g.Block,
            _ => Enumerable.Empty<SummaryRow>(),
        });

    /// <summary>Keras's three totals, each with its float32 size, the counts under the Param # column.</summary>
    private static void AppendTotals(StringBuilder sb, ModelSummary summary)
    {
        var t = summary.Totals;
        sb.Append("<div class=\"nbs-foot\">");
        if (!summary.IsValid)
            sb.Append("<div class=\"nbs-footnote\">Totals of the ")
                .Append(summary.Rows.Count.ToString(CultureInfo.InvariantCulture))
                .Append(summary.Rows.Count == 1 ? " layer" : " layers").Append(" before the error</div>");
        Total(sb, "Total params", t.Params, t.ParamsBytes);
        Total(sb, "Trainable params", t.TrainableParams, t.TrainableBytes);
        Total(sb, "Non-trainable params", t.NonTrainableParams, t.NonTrainableBytes);
        CostMarkup.AppendFooter(sb, summary);
        sb.Append("</div>");
    }

    private static void Total(StringBuilder sb, string label, long count, Int128 bytes) =>
        sb.Append("<div class=\"nbs-tr nbs-tot\"><span class=\"nbs-totl\">").Append(label)
            .Append("</span><span class=\"nbs-params\">").Append(KerasNumbers.Count(count))
            .Append("</span><span class=\"nbs-size\">(").Append(KerasNumbers.MemorySize(bytes)).Append(")</span></div>");
}
