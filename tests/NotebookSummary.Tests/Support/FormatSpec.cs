using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Support;

/// <summary>
/// The output formats as the product promises them (README, docs/cli.md, docs/notebook.md), written out here rather
/// than read from the library's own list, so a test against it fails when the list and the promise part ways.
/// </summary>
internal static class FormatSpec
{
    /// <param name="Name">What users type after <c>--format</c>.</param>
    /// <param name="FileMimeType">The MIME type of the output as a file.</param>
    /// <param name="NotebookMimeType">How a notebook shows it: HTML (inline SVG is HTML) or monospaced text.</param>
    /// <param name="Extension">The file extension <c>-o</c> recognizes it by.</param>
    public sealed record Format(SummaryFormat Selector, string Name, string FileMimeType, string NotebookMimeType, string Extension);

    public static IReadOnlyList<Format> All { get; } =
    [
        new(SummaryFormat.Text, "text", "text/plain", "text/plain", ".txt"),
        new(SummaryFormat.Keras2, "keras2", "text/plain", "text/plain", ".txt"),
        new(SummaryFormat.Ascii, "ascii", "text/plain", "text/plain", ".txt"),
        new(SummaryFormat.Html, "html", "text/html", "text/html", ".html"),
        new(SummaryFormat.Svg, "svg", "image/svg+xml", "text/html", ".svg"),
        new(SummaryFormat.Markdown, "markdown", "text/markdown", "text/plain", ".md"),
        new(SummaryFormat.Json, "json", "application/json", "text/plain", ".json"),
    ];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static TheoryData<string> NameData() => new(Names);
}
