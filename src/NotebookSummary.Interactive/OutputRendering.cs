using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>The one place the extension turns a summary into text of a format.</summary>
internal static class OutputRendering
{
    // TEMPORARY until the facade SummaryRenderer.Render(summary, format, options) is on main.
    public static string Render(ModelSummary summary, SummaryFormat format, bool expandFormulas) => format switch
    {
        SummaryFormat.Text => KerasTableRenderer.Render(summary),
        SummaryFormat.Keras2 => KerasTableRenderer.Render(summary, new KerasTableOptions { Style = KerasTableStyle.Keras2 }),
        SummaryFormat.Ascii => AsciiDiagramRenderer.Render(summary),
        SummaryFormat.Markdown => MarkdownRenderer.Render(summary),
        SummaryFormat.Json => JsonRenderer.Render(summary),
        SummaryFormat.Svg => SvgRenderer.Render(summary),
        _ => throw new NotSupportedException($"{format} is not on main yet"),
    };
}
