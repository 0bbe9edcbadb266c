using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Html;

namespace NotebookSummary.Rendering;

/// <summary>
/// The HTML summary, the default notebook display of a model: a table of the layers (#, name, type with its
/// activation, output shape, parameters and a bar of each layer's share of all parameters, the non-trainable part
/// hatched, frozen layers marked), the totals with their float32 sizes, and for every layer a walk-through of
/// its parameter formula and output-shape arithmetic that opens with plain <c>&lt;details&gt;</c> (no JavaScript:
/// it works where scripts are stripped). An invalid model shows its rows up to the failing layer, that layer as a
/// highlighted row, and the message with its hint. A graph's rows say where their inputs come from ("from" and
/// Keras's "Connected to" entries, each a link to its source row), and a nested model's row opens to its own rows.
/// </summary>
/// <remarks>
/// <para>The output is one <c>&lt;style&gt;</c> block and one <c>div.nbs-root</c>. Every class starts with
/// <c>nbs-</c> and every selector is scoped under <c>.nbs-root</c>, so the output cannot restyle the notebook.
/// Colours come from the notebook's theme (VS Code's <c>--vscode-*</c>, then Jupyter's <c>--jp-*</c> variables),
/// falling back to the surrounding text colour and translucent greys that read on light and dark pages. In a
/// cell narrower than the columns need, rows stack (type and shape under the name, the count and its bar kept on
/// the first line), so nothing scrolls sideways but a long formula inside an opened walk-through and the lines of a folded remainder. All user text is escaped.</para>
/// <para>Big models (the collapse rule): a model with at most <see cref="HtmlOptions.MaxVisibleRows"/> layers
/// (default 50) shows every layer. A bigger one first collapses runs of a repeated block — 1 to 12 consecutive layers
/// identical but for their names (in a graph, wired alike relative to themselves: a ResNet stage's bottlenecks), occurring at least <see cref="HtmlOptions.CollapseRepeats"/> times (default 3)
/// back to back — into one expandable "× n" group row; then, if more than <see cref="HtmlOptions.MaxVisibleRows"/>
/// lines remain, it shows the first ones and the last 5 (fewer for limits under 25), and folds the middle into one
/// expandable "N more layers" row whose layers are listed as lines of aligned text, without walk-throughs or
/// bars. The output grows linearly with the number of layers: a row with its
/// walk-through takes 1–3 KB, a folded line 60–80 bytes, so 10,000 irregular layers take well under a megabyte
/// (about 0.6 MB for a chain, 0.8 MB for a graph with its "Connected to" entries); rendering is linear too.</para>
/// </remarks>
public static class HtmlRenderer
{
    /// <summary>An HTML fragment for a notebook output: one <c>&lt;style&gt;</c> block and the summary.</summary>
    public static string Render(ModelSummary summary, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var output = OutputSink.Into(OutputBuffer.CreateLarge());
        AppendFragment(output, summary, options ?? HtmlOptions.Default);
        return output.ToText();
    }

    /// <summary>A standalone HTML5 document holding the summary (for <c>nbsummary --format html -o model.html</c>).</summary>
    public static string RenderPage(ModelSummary summary, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var output = OutputSink.Into(OutputBuffer.CreateLarge());
        WritePage(output, summary, options);
        return output.ToText();
    }

    /// <summary>The page of <see cref="RenderPage"/> appended to <paramref name="output"/>, an entry at a time.</summary>
    internal static void WritePage(OutputSink output, ModelSummary summary, HtmlOptions? options = null)
    {
        options ??= HtmlOptions.Default;
        HtmlPage.AppendStart(output.Buffer, options.Title ?? summary.Name);
        AppendFragment(output, summary, options);
        HtmlPage.AppendEnd(output.Buffer);
    }

    /// <summary>
    /// One layer's walk-through on its own, as an HTML fragment with the same stylesheet: what a notebook shows for a
    /// <see cref="SummaryRow"/> (<c>summary.Rows[2]</c>).
    /// </summary>
    public static string RenderWalkThrough(SummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var sb = new StringBuilder(4096);
        sb.Append("<style>").Append(HtmlStylesheet.Css).Append("</style><div class=\"nbs-root\"><p><strong>")
            .AppendEscaped(row.Name).Append("</strong> (").AppendEscaped(row.DisplayType).Append(")</p>");
        WalkThroughMarkup.Append(sb, row);
        sb.Append("</div>");
        return sb.ToString();
    }

    private static void AppendFragment(OutputSink output, ModelSummary summary, HtmlOptions options)
    {
        var sb = output.Buffer;
        var plan = CollapseRule.Plan(summary.Rows, options);
        var widths = ColumnWidths.Measure(summary, plan, options);

        var context = TableContext.For(summary, options);

        sb.Append("<style>").Append(HtmlStylesheet.Css);
        widths.AppendRule(sb);
        HoverRules.Append(sb, plan, context);
        sb.Append("</style><div class=\"nbs-root ").Append(widths.ClassName).Append("\">");
        CaptionMarkup.Append(sb, summary, options);
        TableMarkup.Append(output, summary, plan, context);
        sb.Append("</div>");
    }
}
