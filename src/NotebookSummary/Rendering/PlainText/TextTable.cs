using System.Text;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// Draws a table of text cells whose column widths are already decided (measuring is the caller's job): a top
/// line, the header, a separator, the rows with a separator between two rows, a bottom line. A row is as tall as its
/// tallest cell; body cells are top-aligned, header cells bottom- or top-aligned as the style says.
/// </summary>
/// <remarks>
/// Lines are appended straight to the output (each ending in <c>\n</c>) and the rules are drawn once per table:
/// a 10,000-layer summary is some 20,000 lines, and a string per line and per cell would be most of its cost. The
/// caller writes each row's cells into one reused <see cref="TableRowCells"/>, and a cell's lines are slices of its
/// text (<see cref="CellLine"/>), so drawing a row allocates nothing.
/// </remarks>
internal static class TextTable
{
    /// <summary>Appends the table's lines to <paramref name="output"/>, each ending in <c>\n</c>; after each row the
    /// output may be passed on. <paramref name="writeCells"/> writes a row's cells, one per column.</summary>
    public static void Render<TRow>(OutputSink output, IReadOnlyList<TableColumn> columns, TextTableStyle style,
        IReadOnlyList<TRow> rows, Action<TRow, TableRowCells> writeCells)
    {
        var sb = output.Buffer;
        var border = style.Border;
        var cellWidths = columns.Select(c => c.CellWidth).ToArray();
        string rowSeparator = border.RowSeparator.Draw(cellWidths);
        var cells = new TableRowCells();
        var fitted = new List<CellLine>[columns.Count];
        for (int i = 0; i < fitted.Length; i++) fitted[i] = [];

        sb.Append(border.Top.Draw(cellWidths)).Append('\n');
        foreach (var c in columns) cells.Cell(c.Header);
        AppendRow(sb, columns, cells, fitted, style.Fit, border.Head, style.HeaderBottomAligned);
        for (int r = 0; r < rows.Count; r++)
        {
            // The header separator appears only above a first row, so an empty table closes right under its header.
            sb.Append(r == 0 ? border.HeadSeparator.Draw(cellWidths) : rowSeparator).Append('\n');
            cells.Clear();
            writeCells(rows[r], cells);
            AppendRow(sb, columns, cells, fitted, style.Fit, border.Body, bottomAligned: false);
            output.AtBoundary();
        }
        sb.Append(border.Bottom.Draw(cellWidths)).Append('\n');
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<TableColumn> columns, TableRowCells cells,
        List<CellLine>[] fitted, CellFit fit, BorderEdges edges, bool bottomAligned)
    {
        if (cells.Count != columns.Count)
            throw new ArgumentException($"a row has {cells.Count} cells for {columns.Count} columns", nameof(cells));
        // Most rows are one line whose cells fit as they are: draw it without fitting each cell into lines.
        bool oneLine = true;
        for (int i = 0; i < cells.Count && oneLine; i++) oneLine = CellText.FitsAsItIs(cells[i], columns[i].ContentWidth, fit);
        int height = 1;
        if (!oneLine)
        {
            for (int i = 0; i < columns.Count; i++)
            {
                CellText.Fit(cells[i], columns[i].ContentWidth, fit, fitted[i]);
                height = Math.Max(height, fitted[i].Count);
            }
        }
        for (int y = 0; y < height; y++)
        {
            sb.Append(edges.Left);
            for (int i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                if (i > 0) sb.Append(edges.Divider);
                sb.Append(' ', c.PadLeft);
                if (oneLine) CellText.AppendJustified(sb, cells[i], ellipsis: false, c.ContentWidth, c.Justify);
                else
                {
                    var lines = fitted[i];
                    int index = bottomAligned ? y - (height - lines.Count) : y;
                    var line = index >= 0 && index < lines.Count ? lines[index] : default;
                    CellText.AppendJustified(sb, cells[i].Slice(line.Start, line.Length), line.Ellipsis, c.ContentWidth, c.Justify);
                }
                sb.Append(' ', c.PadRight);
            }
            sb.Append(edges.Right).Append('\n');
        }
    }
}
