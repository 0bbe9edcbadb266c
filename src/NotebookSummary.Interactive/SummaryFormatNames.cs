using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// The names users type for a <see cref="SummaryFormat"/> (<c>#!summary --format keras2</c>) and the mime type each
/// is displayed with. Visual formats (HTML, SVG) display as <c>text/html</c>; text formats as <c>text/plain</c>, which
/// notebooks show in a monospaced font and which copies as the exact text.
/// </summary>
public static class SummaryFormatNames
{
    private static readonly (string Name, SummaryFormat Format, string Description)[] Table =
    [
        ("html", SummaryFormat.Html, "notebook table with parameter bars and formula walk-throughs (default)"),
        ("text", SummaryFormat.Text, "Keras 3 model.summary() table"),
        ("keras2", SummaryFormat.Keras2, "tf.keras 2.x model.summary() table"),
        ("ascii", SummaryFormat.Ascii, "ASCII diagram (keras-sequential-ascii style)"),
        ("svg", SummaryFormat.Svg, "architecture drawing"),
        ("markdown", SummaryFormat.Markdown, "Markdown table to paste into a README"),
        ("json", SummaryFormat.Json, "machine-readable summary (schema notebook-summary/1)"),
    ];

    /// <summary>Every name, default first: the completions of <c>--format</c>.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The name of a format, e.g. <c>keras2</c>.</summary>
    public static string NameOf(SummaryFormat format) => Table.First(t => t.Format == format).Name;

    /// <summary>What a format shows, in a few words (for help texts).</summary>
    public static string Describe(SummaryFormat format) => Table.First(t => t.Format == format).Description;

    /// <summary>The format with this name (case-insensitive), or false.</summary>
    public static bool TryParse(string? name, out SummaryFormat format)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = t.Format;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>The mime type a notebook displays the format with.</summary>
    public static string MimeTypeOf(SummaryFormat format) =>
        format is SummaryFormat.Html or SummaryFormat.Svg ? MimeTypes.Html : MimeTypes.PlainText;
}
