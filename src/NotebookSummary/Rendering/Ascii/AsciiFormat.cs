using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary><c>ascii</c>: the keras-sequential-ascii diagram (<see cref="AsciiDiagramRenderer"/>).</summary>
internal sealed class AsciiFormat() : PlainTextFormat(SummaryFormat.Ascii, "ascii", "vertical ASCII diagram of layers and shapes")
{
    protected override void RenderBody(ModelSummary summary, RenderOptions options, OutputSink output) =>
        AsciiDiagramRenderer.Write(output, summary);
}
