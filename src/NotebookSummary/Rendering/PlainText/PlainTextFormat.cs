using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary>
/// What the text formats (Keras 3 and Keras 2 tables, ASCII, Markdown) have in common: plain text that several
/// summaries can follow each other in, shown in a notebook as that text, and with
/// <see cref="RenderOptions.ExpandFormulas"/> every walk-through printed after the table.
/// </summary>
internal abstract class PlainTextFormat(SummaryFormat format, string name, string description,
    string mimeType = "text/plain", string fileExtension = ".txt")
    : OutputFormat(format, name, description, mimeType, fileExtension)
{
    public sealed override void Render(ModelSummary summary, RenderOptions options, OutputSink output)
    {
        output.CleansText = true;
        RenderBody(summary, options, output);
        if (!options.ExpandFormulas) return;
        output.Buffer.Append(output.EndsWithNewline ? "\n" : "\n\n").Append(WalkThroughsOpening);
        WalkThroughText.WriteAll(output, summary);
        output.Buffer.Append(WalkThroughsClosing);
    }

    /// <summary>The table or diagram itself.</summary>
    protected abstract void RenderBody(ModelSummary summary, RenderOptions options, OutputSink output);

    /// <summary>What this format prints before the walk-throughs after the body: nothing, by default.</summary>
    protected virtual string WalkThroughsOpening => "";

    /// <summary>What this format prints after the walk-throughs.</summary>
    protected virtual string WalkThroughsClosing => "";
}
