namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// One column of a <see cref="TextTable"/>: its header, the width its text may use, how that text is justified, and
/// the padding around it. The cell occupies <see cref="CellWidth"/> characters between two borders.
/// </summary>
internal sealed record TableColumn(string Header, int ContentWidth, CellJustify Justify, int PadLeft, int PadRight)
{
    /// <summary>Characters the cell takes on a line: padding, content, padding.</summary>
    public int CellWidth => PadLeft + ContentWidth + PadRight;
}
