using NotebookSummary.Rendering.Columns;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>What one <c>nbsummary</c> run was asked to do, after the command line has been parsed and checked.</summary>
internal sealed record CliOptions
{
    /// <summary>The inputs as written: file paths, or <c>-</c> for standard input. Empty = the bundled example.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The format used when neither <c>--format</c> nor the <c>-o</c> file's extension names one: Keras 3's own table.</summary>
    public const SummaryFormat DefaultFormat = SummaryFormat.Text;

    public SummaryFormat Format { get; init; } = DefaultFormat;

    /// <summary>Keras's <c>line_length</c> for the text tables; null = the style's default (76 for Keras 3, 65 for Keras 2).</summary>
    public int? Width { get; init; }

    /// <summary>Keras 3's <c>show_trainable=True</c>.</summary>
    public bool ShowTrainable { get; init; }

    /// <summary><c>--columns</c>: the text format's plain table with these columns (torchinfo's), or null for Keras 3's.</summary>
    public IReadOnlyList<SummaryColumn>? Columns { get; init; }

    /// <summary><c>--formulas</c>: every walk-through (html opens them; the text formats print them after the table).</summary>
    public bool Formulas { get; init; }

    /// <summary>The file to write instead of standard output, or null.</summary>
    public string? OutputPath { get; init; }

    /// <summary>True when the bundled example is summarized because no input was given.</summary>
    public bool UsesExample => Inputs.Count == 0;

    /// <summary>True when JSON output is one compact object per line (JSON Lines) rather than one indented document.</summary>
    public bool JsonLines => Inputs.Count > 1;

    /// <summary>The renderer options these options stand for (html as a standalone page, not a notebook fragment).</summary>
    public RenderOptions ToRenderOptions() => new() { Width = Width, ShowTrainable = ShowTrainable, Columns = Columns, ExpandFormulas = Formulas, StandalonePage = true };
}
