using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// What the text formats (Keras 3 and Keras 2 tables, ASCII, Markdown) have in common: plain text that several
/// summaries can follow each other in, shown in a notebook as that text, and with
/// <see cref="RenderOptions.ExpandFormulas"/> every walk-through printed after the table.
/// </summary>
internal abstract class PlainTextFormat(SummaryFormat format, string name, string description,
    string mimeType = "text/plain", string fileExtension = ".txt")
    : OutputFormat(format, name, description, mimeType, fileExtension)
{
    public sealed override string Render(ModelSummary summary, RenderOptions options)
    {
        string output = RenderBody(summary, options);
        if (!options.ExpandFormulas) return output;
        string separator = output.EndsWith('\n') ? "\n" : "\n\n";
        return output + separator + WalkThroughBlock(WalkThroughText.RenderAll(summary));
    }

    /// <summary>The table or diagram itself.</summary>
    protected abstract string RenderBody(ModelSummary summary, RenderOptions options);

    /// <summary>The walk-throughs as this format prints them after the body: as they are, by default.</summary>
    protected virtual string WalkThroughBlock(string walkThroughs) => walkThroughs;
}
