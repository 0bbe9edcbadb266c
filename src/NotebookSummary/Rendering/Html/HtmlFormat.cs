using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary><c>html</c>: the summary table with share bars and walk-throughs (<see cref="HtmlRenderer"/>); a file is a
/// whole page, a notebook shows the fragment.</summary>
internal sealed class HtmlFormat() : OutputFormat(SummaryFormat.Html, "html",
    "HTML table: parameter share bars, formula walk-throughs (a file is a standalone page)", "text/html", ".html")
{
    public override bool IsWholeDocument => true;

    public override string NotebookMimeType => "text/html";

    public override void Render(ModelSummary summary, RenderOptions options, OutputSink output) =>
        HtmlRenderer.WritePage(output, summary, Options(options));

    public override string RenderForNotebook(ModelSummary summary, RenderOptions options) =>
        HtmlRenderer.Render(summary, Options(options));

    // The walk-throughs have their own markup: ExpandFormulas opens them all.
    private static HtmlOptions Options(RenderOptions options) => new() { ExpandFormulas = options.ExpandFormulas };
}
