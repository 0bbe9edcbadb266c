namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// A table's border glyphs as plain data (Spectre.Console's idea: a border style is a small object, not code), so
/// the Keras 3 box and the Keras 2 rule lines are two values drawn by the same <see cref="TextTable"/>.
/// </summary>
internal sealed record TableBorder(
    BorderRule Top,
    BorderEdges Head,
    BorderRule HeadSeparator,
    BorderEdges Body,
    BorderRule RowSeparator,
    BorderRule Bottom)
{
    /// <summary>rich's <c>HEAVY_HEAD</c> box, Keras 3's table: heavy lines around the header, light ones below.</summary>
    public static readonly TableBorder HeavyHead = new(
        Top: new("┏", '━', "┳", "┓"),
        Head: new("┃", "┃", "┃"),
        HeadSeparator: new("┡", '━', "╇", "┩"),
        Body: new("│", "│", "│"),
        RowSeparator: new("├", '─', "┼", "┤"),
        Bottom: new("└", '─', "┴", "┘"));

    /// <summary>
    /// tf.keras 2.x's table: no vertical lines; a line of <c>_</c> above the header and between rows, a line of
    /// <c>=</c> below the header and below the last row.
    /// </summary>
    public static readonly TableBorder Keras2Rules = new(
        Top: new("", '_', "", ""),
        Head: BorderEdges.None,
        HeadSeparator: new("", '=', "", ""),
        Body: BorderEdges.None,
        RowSeparator: new("", '_', "", ""),
        Bottom: new("", '=', "", ""));
}
