using NotebookSummary.Rendering.Ascii;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.Markdown;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Rendering;

/// <summary>
/// The list of every output format, in the order help texts show them: what the CLI parses and lists, what the
/// notebook's <c>#!summary --format</c> completes, what the docs must name. Adding a format adds one line here.
/// </summary>
internal static class OutputFormats
{
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new Keras3TextFormat(),
        new Keras2TextFormat(),
        new AsciiFormat(),
        new Html.HtmlFormat(),
        new SvgFormat(),
        new MarkdownFormat(),
        new JsonFormat(),
    ];

    /// <summary>The names in list order, but <paramref name="first"/>'s first: each host lists its own default first
    /// (the CLI's Keras 3 table, the notebook's HTML).</summary>
    public static IReadOnlyList<string> NamesStartingWith(SummaryFormat first) =>
        All.OrderBy(f => f.Format != first).Select(f => f.Name).ToArray();

    private static readonly Dictionary<SummaryFormat, OutputFormat> BySelector = All.ToDictionary(f => f.Format);

    /// <summary>The descriptor of a public selector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value outside the enum (a cast integer).</exception>
    public static OutputFormat Of(SummaryFormat format) =>
        BySelector.TryGetValue(format, out var descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");

    /// <summary>The format a user named (case-insensitive, surrounding spaces and quotes ignored), or null.</summary>
    public static OutputFormat? Named(string? name)
    {
        var trimmed = name?.Trim().Trim('"', '\'').Trim();
        return string.IsNullOrEmpty(trimmed)
            ? null
            : All.FirstOrDefault(f => string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The format a file name asks for by its extension (<c>model.html</c>, <c>model.md</c>), or null. An extension
    /// several formats share (<c>.txt</c>) means the first of them in the list.
    /// </summary>
    public static OutputFormat? ForFileName(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Length == 0
            ? null
            : All.FirstOrDefault(f => string.Equals(f.FileExtension, extension, StringComparison.OrdinalIgnoreCase));
    }
}
