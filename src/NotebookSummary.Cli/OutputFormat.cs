namespace NotebookSummary.Cli;

/// <summary>The values of <c>--format</c>.</summary>
public enum OutputFormat
{
    /// <summary>Keras 3's <c>model.summary()</c> table (the default).</summary>
    Text,
    /// <summary>tf.keras 2.x's <c>model.summary()</c> table.</summary>
    Keras2,
    /// <summary>A vertical ASCII diagram of the layers and their shapes.</summary>
    Ascii,
    /// <summary>A standalone HTML page with the table, share bars and formula walk-throughs.</summary>
    Html,
    /// <summary>An SVG drawing of the architecture.</summary>
    Svg,
    /// <summary>A Markdown table.</summary>
    Markdown,
    /// <summary>JSON (schema notebook-summary/1) plus the file name and diagnostics.</summary>
    Json,
}

/// <summary>The command-line names of <see cref="OutputFormat"/> and what each one produces (for <c>--help</c>).</summary>
public static class OutputFormats
{
    /// <summary>Every format, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<(string Name, OutputFormat Format, string Description)> All { get; } =
    [
        ("text", OutputFormat.Text, "Keras 3 model.summary() table (the default); --width, --show-trainable"),
        ("keras2", OutputFormat.Keras2, "tf.keras 2.x model.summary() table; --width"),
        ("ascii", OutputFormat.Ascii, "vertical ASCII diagram of layers and shapes"),
        ("html", OutputFormat.Html, "standalone HTML page: table, parameter share bars, formula walk-throughs"),
        ("svg", OutputFormat.Svg, "SVG drawing of the architecture (convnet-drawer style)"),
        ("markdown", OutputFormat.Markdown, "Markdown table"),
        ("json", OutputFormat.Json, "JSON (schema notebook-summary/1) with \"file\" and \"diagnostics\"; JSON Lines for several files"),
    ];

    /// <summary>The command-line names, e.g. <c>text</c>, <c>keras2</c>.</summary>
    public static string[] Names => All.Select(f => f.Name).ToArray();

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static OutputFormat? Parse(string name)
    {
        foreach (var f in All)
            if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) return f.Format;
        return null;
    }

    /// <summary>True for the formats that are one self-contained document (a page, a picture): one input per run.</summary>
    public static bool IsSingleDocument(OutputFormat format) => format is OutputFormat.Html or OutputFormat.Svg;

    /// <summary>True for the Keras tables, the only formats <c>--width</c> applies to.</summary>
    public static bool HasLineLength(OutputFormat format) => format is OutputFormat.Text or OutputFormat.Keras2;
}
