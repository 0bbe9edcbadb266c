using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>markdown</c>: a GitHub-flavoured Markdown table (<see cref="MarkdownRenderer"/>).</summary>
internal sealed class MarkdownFormat : PlainTextFormat
{
    public override SummaryFormat Format => SummaryFormat.Markdown;

    public override string Name => "markdown";

    public override string Description => "Markdown table";

    public override string MimeType => "text/markdown";

    public override string FileExtension => ".md";

    protected override string RenderBody(ModelSummary summary, RenderOptions options) => MarkdownRenderer.Render(summary);

    // A fenced block keeps the formulas' aligned columns, which Markdown would reflow.
    protected override string WalkThroughBlock(string walkThroughs) => "```text\n" + walkThroughs + "```\n";
}
