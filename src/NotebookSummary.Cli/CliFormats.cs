using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// What the CLI says and checks about each <see cref="SummaryFormat"/>: the line <c>--help</c> prints for it, and which
/// formats are single documents or take a line length. Names come from <see cref="SummaryRenderer"/>.
/// </summary>
public static class CliFormats
{
    /// <summary>The format used when <c>--format</c> is not given: Keras 3's own table.</summary>
    public const SummaryFormat Default = SummaryFormat.Text;

    /// <summary>Every format with its help line, in the order <c>--help</c> lists them (the default first).</summary>
    public static IReadOnlyList<(SummaryFormat Format, string Description)> All { get; } =
    [
        (SummaryFormat.Text, "Keras 3 model.summary() table (the default); --width, --show-trainable; --columns for torchinfo-style columns"),
        (SummaryFormat.Keras2, "tf.keras 2.x model.summary() table; --width"),
        (SummaryFormat.Ascii, "vertical ASCII diagram of layers and shapes"),
        (SummaryFormat.Html, "standalone HTML page: table, parameter share bars, formula walk-throughs"),
        (SummaryFormat.Svg, "SVG drawing of the architecture (convnet-drawer style)"),
        (SummaryFormat.Markdown, "Markdown table"),
        (SummaryFormat.Json, "JSON (schema notebook-summary/1) with \"file\" and \"diagnostics\"; JSON Lines for several files"),
    ];

    /// <summary>The name users type: <c>text</c>, <c>keras2</c>, ...</summary>
    public static string Name(SummaryFormat format) => SummaryRenderer.NameOf(format);

    /// <summary>The names in help order.</summary>
    public static string[] Names => All.Select(f => Name(f.Format)).ToArray();

    /// <summary>True for the formats that are one self-contained document (a page, a picture): one input per run.</summary>
    public static bool IsSingleDocument(SummaryFormat format) => format is SummaryFormat.Html or SummaryFormat.Svg;

    /// <summary>True for the Keras tables, the only formats <c>--width</c> applies to.</summary>
    public static bool HasLineLength(SummaryFormat format) => format is SummaryFormat.Text or SummaryFormat.Keras2;
}
