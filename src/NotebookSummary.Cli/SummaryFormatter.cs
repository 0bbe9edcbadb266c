using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>Renders a summary in one of the document formats (every format but json, which <see cref="JsonOutput"/> writes).</summary>
internal static class SummaryFormatter
{
    /// <summary>The summary as text in <paramref name="options"/>' format.</summary>
    /// <exception cref="ArgumentException">The options do not fit the renderer (e.g. a --width too narrow for the table).</exception>
    public static string Render(ModelSummary summary, CliOptions options) => options.Format switch
    {
        OutputFormat.Text => KerasTableRenderer.Render(summary, new KerasTableOptions
        {
            Style = KerasTableStyle.Keras3, LineLength = options.Width, ShowTrainable = options.ShowTrainable,
        }),
        OutputFormat.Keras2 => KerasTableRenderer.Render(summary, new KerasTableOptions
        {
            Style = KerasTableStyle.Keras2, LineLength = options.Width,
        }),
        OutputFormat.Ascii => AsciiDiagramRenderer.Render(summary),
        OutputFormat.Markdown => MarkdownRenderer.Render(summary),
        OutputFormat.Svg => SvgRenderer.Render(summary),
        OutputFormat.Json => JsonRenderer.Render(summary),
        _ => throw new NotSupportedException($"--format {options.Format} is not available in this build yet"),
    };
}
