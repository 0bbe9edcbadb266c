using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.Markdown;

/// <summary>
/// The summary as a GitHub-flavoured Markdown table, for READMEs, issues and notebook Markdown cells:
/// <code>
/// **Model:** sequential
///
/// | # | Layer | Type | Output shape | Params |
/// |--:|:------|:-----|:-------------|-------:|
/// | 0 | conv2d | Conv2D | (None, 26, 26, 32) | 320 |
///
/// - Total params: 54,410 (212.54 KB)
/// - Trainable params: 54,410 (212.54 KB)
/// - Non-trainable params: 0 (0.00 B)
/// </code>
/// A functional model with branches, merges or shared layers has a sixth column, Keras's "Connected to".
/// <c>#</c> is the layer's index in Keras's <c>model.layers</c> (the index model errors name); Type is the displayed
/// type (<c>TimeDistributed(Conv2D)</c> for wrappers); counts and sizes are written as Keras 3 writes them. Names and
/// messages are escaped so that <c>|</c>, <c>*</c>, <c>_</c>, <c>&lt;</c>... print literally. A frozen layer
/// (<c>trainable=False</c>) says so after its name, <c>*(frozen)*</c>, as the HTML table's tag does. An invalid model shows
/// the rows that built, then the error and its hint in place of the totals.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The Markdown text, lines ending in <c>\n</c>.</summary>
    public static string Render(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var output = OutputSink.ForString(summary.Rows.Count * 80L);
        Write(output, summary);
        return output.ToText();
    }

    /// <summary>The Markdown appended to <paramref name="output"/>, a row at a time (see <see cref="Render"/>).</summary>
    internal static void Write(OutputSink output, ModelSummary summary)
    {
        // Markdown is read raw in terminals and editors: no control character or bidi override passes as it is.
        output.CleansText = true;
        var sb = output.Buffer;
        void Line(string text = "") => sb.Append(text).Append('\n');

        Line($"**Model:** {MarkdownText.Escape(summary.Name)}");
        Line();
        // A functional model with branches or merges gets Keras's "Connected to" column.
        bool graph = summary.Layout == SummaryLayout.Graph;
        Line(graph ? "| # | Layer | Type | Output shape | Params | Connected to |" : "| # | Layer | Type | Output shape | Params |");
        Line(graph ? "|--:|:------|:-----|:-------------|-------:|:-------------|" : "|--:|:------|:-----|:-------------|-------:|");
        // Written piece by piece into the output: a row makes no string of its own, and the shapes, types and counts
        // rows repeat are formatted once while they repeat.
        var shapes = RecentTexts.OfShapes(static (sb, shape) => sb.AppendShape(shape, pythonTuple: true));
        var counts = RecentTexts.OfNumbers(static (sb, n) => sb.AppendCount(n));
        var types = new RecentTexts<string>(static (sb, type) => sb.AppendMarkdown(type), ReferenceEquals);
        foreach (var r in summary.Rows)
        {
            sb.Append("| ").AppendPlain(r.Index).Append(" | ").AppendMarkdown(r.Name).Append(r.Trainable ? "" : " *(frozen)*")
              .Append(" | ");
            types.Append(sb, r.DisplayType).Append(" | ");
            if (r.HasOneOutputShape) shapes.Append(sb, r.OutputShape);
            else sb.Append(KerasText.PythonShapes(r));
            counts.Append(sb.Append(" | "), r.Params).Append(" |");
            if (graph)
            {
                sb.Append(' ');
                if (r.ConnectedTo.Count == 0) sb.Append('-');
                for (int i = 0; i < r.ConnectedTo.Count; i++) sb.Append(i > 0 ? ", " : "").AppendMarkdown(r.ConnectedTo[i]);
                sb.Append(" |");
            }
            sb.Append('\n');
            output.AtBoundary();
        }
        Line();

        if (summary.Error is { } e)
        {
            Line($"**Error in layer {e.LayerIndex} '{MarkdownText.Escape(e.LayerName)}' ({MarkdownText.Escape(e.ClassName)})" +
                 $"{ModelErrorText.Where(e)}:** {MarkdownText.Escape(e.Message)}");
            if (e.Calculation is { } calculation)
            {
                Line();
                Line(MarkdownText.Escape(calculation));
            }
            if (e.Hint is { } hint)
            {
                Line();
                Line($"**Hint:** {MarkdownText.Escape(hint)}");
            }
            return;
        }
        var t = summary.Totals;
        Line($"- Total params: {KerasNumbers.Count(t.Params)} ({KerasText.ParamsSize(t.Params)})");
        Line($"- Trainable params: {KerasNumbers.Count(t.TrainableParams)} ({KerasText.ParamsSize(t.TrainableParams)})");
        Line($"- Non-trainable params: {KerasNumbers.Count(t.NonTrainableParams)} ({KerasText.ParamsSize(t.NonTrainableParams)})");
    }
}
