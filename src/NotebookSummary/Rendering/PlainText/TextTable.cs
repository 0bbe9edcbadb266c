namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// Draws a table of text cells whose column widths are already decided (measuring is the caller's job): a top
/// line, the header, a separator, the rows with a separator between two rows, a bottom line. A row is as tall as its
/// tallest cell; body cells are top-aligned, header cells bottom- or top-aligned as the style says.
/// </summary>
/// <remarks>
/// Lines are written straight into the output as UTF-8 (<see cref="OutputSink.Utf8"/>), each ending in <c>\n</c>:
/// a 10,000-layer summary is some 20,000 lines, mostly box-drawing characters, and a string per line or per cell, or
/// encoding the borders again for every line, would be most of its cost. The rules and what separates the cells
/// (<see cref="BorderEdges.Joints"/>) are encoded once per table and copied. The caller writes each row's cells into
/// one reused <see cref="TableRowCells"/>, and a cell's lines are slices of its text (<see cref="CellLine"/>), so
/// drawing a row allocates nothing.
/// </remarks>
internal static class TextTable
{
    /// <summary>Appends the table's lines to <paramref name="output"/>, each ending in <c>\n</c>; after each row the
    /// output may be passed on. <paramref name="writeCells"/> writes a row's cells, one per column.</summary>
    public static void Render<TRow>(OutputSink output, IReadOnlyList<TableColumn> columns, TextTableStyle style,
        IReadOnlyList<TRow> rows, Action<TRow, TableRowCells> writeCells)
    {
        var border = style.Border;
        var cellWidths = columns.Select(c => c.CellWidth).ToArray();
        var rowSeparator = border.RowSeparator.Encode(cellWidths);
        var headJoints = border.Head.Joints(columns);
        var bodyJoints = border.Body.Joints(columns);
        var cells = new TableRowCells();
        var fitted = new List<CellLine>[columns.Count];
        for (int i = 0; i < fitted.Length; i++) fitted[i] = [];

        var utf8 = output.Utf8;
        utf8.Append(border.Top.Encode(cellWidths));
        foreach (var c in columns) cells.Cell(c.Header);
        AppendRow(utf8, columns, cells, fitted, style.Fit, headJoints, style.HeaderBottomAligned);
        for (int r = 0; r < rows.Count; r++)
        {
            // The header separator appears only above a first row, so an empty table closes right under its header.
            utf8.Append(r == 0 ? border.HeadSeparator.Encode(cellWidths) : rowSeparator);
            cells.Clear();
            writeCells(rows[r], cells);
            AppendRow(utf8, columns, cells, fitted, style.Fit, bodyJoints, bottomAligned: false);
            output.AtBoundary();
        }
        utf8.Append(border.Bottom.Encode(cellWidths));
    }

    private static void AppendRow(Utf8Buffer utf8, IReadOnlyList<TableColumn> columns, TableRowCells cells,
        List<CellLine>[] fitted, CellFit fit, byte[][] joints, bool bottomAligned)
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
            for (int i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                utf8.Append(joints[i]);
                if (oneLine) CellText.AppendJustified(utf8, cells[i], ellipsis: false, c.ContentWidth, c.Justify);
                else
                {
                    var lines = fitted[i];
                    int index = bottomAligned ? y - (height - lines.Count) : y;
                    var line = index >= 0 && index < lines.Count ? lines[index] : default;
                    CellText.AppendJustified(utf8, cells[i].Slice(line.Start, line.Length), line.Ellipsis, c.ContentWidth, c.Justify);
                }
            }
            utf8.Append(joints[columns.Count]);
        }
    }
}
