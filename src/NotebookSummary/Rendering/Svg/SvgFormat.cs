using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>svg</c>: the convnet-drawer style drawing (<see cref="SvgRenderer"/>); a file is a standalone picture,
/// a notebook shows <see cref="NotebookDrawing"/>'s HTML fragment that fits and follows the cell.</summary>
internal sealed class SvgFormat() : OutputFormat(SummaryFormat.Svg, "svg",
    "SVG drawing of the architecture (convnet-drawer style)", "image/svg+xml", ".svg")
{
    public override bool IsWholeDocument => true;

    // A drawing has no place for the walk-throughs.
    public override bool ShowsWalkThroughs => false;

    // Inline SVG is HTML, and the notebook's drawing is an HTML fragment (two drawings and a container query).
    public override string NotebookMimeType => "text/html";

    public override void Render(ModelSummary summary, RenderOptions options, OutputSink output) =>
        SvgRenderer.WriteDocument(output, summary, SvgOptions.Default);

    public override string RenderForNotebook(ModelSummary summary, RenderOptions options) => SvgRenderer.Render(summary, SvgOptions.Notebook);
}
