using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>markdown</c>: a GitHub-flavoured Markdown table (<see cref="MarkdownRenderer"/>).</summary>
internal sealed class MarkdownFormat()
    : PlainTextFormat(SummaryFormat.Markdown, "markdown", "Markdown table", mimeType: "text/markdown", fileExtension: ".md")
{
    protected override void RenderBody(ModelSummary summary, RenderOptions options, OutputSink output) =>
        MarkdownRenderer.Write(output, summary);

    // A fenced block keeps the formulas' aligned columns, which Markdown would reflow.
    protected override string WalkThroughsOpening => "```text\n";

    protected override string WalkThroughsClosing => "```\n";
}
