using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary>
/// One entry point for every format, for hosts that let the user pick one by name (the CLI's <c>--format</c>, the
/// notebook's <c>#!summary --format</c>). Each format's own renderer stays the place for its detailed options.
/// </summary>
public static class SummaryRenderer
{
    /// <summary>The format names users type, in the order help texts list them.</summary>
    public static IReadOnlyList<string> FormatNames { get; } =
        Enum.GetValues<SummaryFormat>().Select(NameOf).ToArray();

    /// <summary>The user-facing name of a format: <c>html</c>, <c>text</c>, <c>keras2</c>, ...</summary>
    public static string NameOf(SummaryFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Parses a format name (case-insensitive, surrounding quotes ignored).</summary>
    public static bool TryParseFormat(string? name, out SummaryFormat format)
    {
        format = default;
        var trimmed = name?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(trimmed)) return false;
        foreach (var f in Enum.GetValues<SummaryFormat>())
            if (string.Equals(NameOf(f), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        return false;
    }

    /// <summary>The MIME type of a format's output (for notebook display and file writing).</summary>
    public static string MimeTypeOf(SummaryFormat format) => format switch
    {
        SummaryFormat.Html => "text/html",
        SummaryFormat.Svg => "image/svg+xml",
        SummaryFormat.Markdown => "text/markdown",
        SummaryFormat.Json => "application/json",
        _ => "text/plain",
    };

    /// <summary>The usual file extension of a format's output, with the dot.</summary>
    public static string FileExtensionOf(SummaryFormat format) => format switch
    {
        SummaryFormat.Html => ".html",
        SummaryFormat.Svg => ".svg",
        SummaryFormat.Markdown => ".md",
        SummaryFormat.Json => ".json",
        _ => ".txt",
    };

    /// <summary>Renders <paramref name="summary"/> in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A text width too small for the table (Keras's "Insufficient console width"),
    /// or over <see cref="KerasTableOptions.MaxLineLength"/>.</exception>
    public static string Render(ModelSummary summary, SummaryFormat format, RenderOptions? options = null)
    {
        options ??= new RenderOptions();
        string output = RenderFormat(summary, format, options);
        return options.ExpandFormulas ? WithWalkThroughs(output, summary, format) : output;
    }

    /// <summary>True for the formats <see cref="RenderOptions.ExpandFormulas"/> applies to: HTML opens its walk-throughs,
    /// the text formats print them after the table, JSON gives each row its <c>walkthrough</c> object (a drawing has no
    /// place for them).</summary>
    public static bool ShowsWalkThroughs(SummaryFormat format) => format is not SummaryFormat.Svg;

    // The text formats print every walk-through after their table; Markdown keeps them in a fenced block, so the
    // aligned columns of the formulas survive. HTML and JSON put them in their own markup, and a drawing has none.
    private static string WithWalkThroughs(string output, ModelSummary summary, SummaryFormat format)
    {
        if (format is SummaryFormat.Html or SummaryFormat.Json or SummaryFormat.Svg) return output;
        string walkThroughs = WalkThroughText.RenderAll(summary);
        string separator = output.EndsWith('\n') ? "\n" : "\n\n";
        return format == SummaryFormat.Markdown
            ? output + separator + "```text\n" + walkThroughs + "```\n"
            : output + separator + walkThroughs;
    }

    private static string RenderFormat(ModelSummary summary, SummaryFormat format, RenderOptions options)
    {
        return format switch
        {
            SummaryFormat.Html => options.StandalonePage
                ? HtmlRenderer.RenderPage(summary, new HtmlOptions { ExpandFormulas = options.ExpandFormulas })
                : HtmlRenderer.Render(summary, new HtmlOptions { ExpandFormulas = options.ExpandFormulas }),
            SummaryFormat.Text when options.Columns is { } columns => ColumnTableRenderer.Render(summary, columns),
            SummaryFormat.Text => KerasTableRenderer.Render(summary, new KerasTableOptions
            {
                Style = KerasTableStyle.Keras3, LineLength = options.Width, ShowTrainable = options.ShowTrainable,
            }),
            SummaryFormat.Keras2 => KerasTableRenderer.Render(summary, new KerasTableOptions
            {
                Style = KerasTableStyle.Keras2, LineLength = options.Width,
            }),
            SummaryFormat.Ascii => AsciiDiagramRenderer.Render(summary),
            SummaryFormat.Svg => SvgRenderer.Render(summary, options.StandalonePage ? SvgOptions.Default : SvgOptions.Notebook),
            SummaryFormat.Markdown => MarkdownRenderer.Render(summary),
            SummaryFormat.Json => JsonRenderer.Render(summary, new JsonRenderOptions
            {
                Indented = options.IndentJson, IncludeWalkThrough = options.ExpandFormulas,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
    }
}
