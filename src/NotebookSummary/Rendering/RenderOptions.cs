using NotebookSummary.Rendering.Columns;

namespace NotebookSummary.Rendering;

/// <summary>The options a user can give any format through <see cref="SummaryRenderer"/>; each format uses those that apply.</summary>
public sealed record RenderOptions
{
    /// <summary>Line length of the text tables (Keras's <c>line_length</c>); null = the style's default (76 / 65).</summary>
    public int? Width { get; init; }

    /// <summary>Keras 3's <c>show_trainable=True</c> column in the text table.</summary>
    public bool ShowTrainable { get; init; }

    /// <summary>HTML: open every walk-through; text, keras2, ascii and Markdown: print every walk-through after the
    /// table; JSON: give each row its <c>walkthrough</c> object.</summary>
    public bool ExpandFormulas { get; init; }

    /// <summary>HTML: a standalone page (for files) rather than a notebook fragment; SVG: a standalone picture of
    /// fixed size and plain colours rather than one that fits and follows a notebook cell (<see cref="Svg.SvgOptions.NotebookCell"/>).</summary>
    public bool StandalonePage { get; init; }

    /// <summary>Text: a plain table with these columns after "Layer (type)", as torchinfo's <c>col_names</c>
    /// (<see cref="ColumnTableRenderer"/>), instead of Keras 3's table; null = Keras 3's table.</summary>
    public IReadOnlyList<SummaryColumn>? Columns { get; init; }

    /// <summary>JSON: indented (default) or one line.</summary>
    public bool IndentJson { get; init; } = true;
}
