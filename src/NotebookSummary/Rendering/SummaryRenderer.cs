using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary>
/// One entry point for every format, for code that picks one by <see cref="SummaryFormat"/> or by name (the CLI's
/// <c>--format</c>, the notebook's <c>#!summary --format</c>). What each format is lives in its folder's descriptor
/// (<see cref="OutputFormats"/>); each format's own renderer stays the place for its detailed options.
/// </summary>
public static class SummaryRenderer
{
    /// <summary>The format names users type, in the order help texts list them.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = OutputFormats.All.Select(f => f.Name).ToArray();

    /// <summary>The user-facing name of a format: <c>html</c>, <c>text</c>, <c>keras2</c>, ...</summary>
    public static string NameOf(SummaryFormat format) => OutputFormats.Of(format).Name;

    /// <summary>Parses a format name (case-insensitive, surrounding quotes ignored).</summary>
    public static bool TryParseFormat(string? name, out SummaryFormat format)
    {
        var named = OutputFormats.Named(name);
        format = named?.Format ?? default;
        return named is not null;
    }

    /// <summary>The MIME type of a format's output as a file (a notebook shows some of them as HTML or plain text).</summary>
    public static string MimeTypeOf(SummaryFormat format) => OutputFormats.Of(format).MimeType;

    /// <summary>The usual file extension of a format's output, with the dot.</summary>
    public static string FileExtensionOf(SummaryFormat format) => OutputFormats.Of(format).FileExtension;

    /// <summary>
    /// Renders <paramref name="summary"/> in <paramref name="format"/>: for a notebook cell by default (an HTML
    /// fragment, a drawing that fits the cell), for a file with <see cref="RenderOptions.StandalonePage"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A text width too small for the table (Keras's "Insufficient console width"),
    /// or over <see cref="KerasTable.KerasTableOptions.MaxLineLength"/>.</exception>
    public static string Render(ModelSummary summary, SummaryFormat format, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= new RenderOptions();
        var descriptor = OutputFormats.Of(format);
        return options.StandalonePage ? descriptor.Render(summary, options) : descriptor.RenderForNotebook(summary, options);
    }
}
