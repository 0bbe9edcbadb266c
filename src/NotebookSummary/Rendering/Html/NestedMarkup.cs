using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// A nested model's own rows inside its opened row (Keras's <c>expand_nested=True</c>, opened in place): a line
/// naming the model, then its rows as the table shows a model's rows (repeats grouped, a big model folded), each
/// opening to its walk-through, indented under the row.
/// </summary>
internal static class NestedMarkup
{
    public static void Append(StringBuilder sb, ModelSummary inner, TableContext ctx)
    {
        sb.Append("<div class=\"nbs-inner\"><div class=\"nbs-gnote\">Inside <b>").AppendEscaped(inner.Name)
            .Append("</b> (").Append(inner.ClassName).Append("): ").Append(KerasNumbers.Count(inner.Rows.Count))
            .Append(inner.Rows.Count == 1 ? " layer" : " layers").Append("</div>");
        TableMarkup.AppendEntries(OutputSink.Into(sb), CollapseRule.Plan(inner.Rows, ctx.Options), ctx);
        sb.Append("</div>");
    }
}
