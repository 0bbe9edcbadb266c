namespace NotebookSummary.Rendering;

/// <summary>
/// Draws a table of text cells whose column widths are already decided (measuring is the caller's job): a top
/// line, the header, a separator, the rows with a separator between two rows, a bottom line. A row is as tall as its
/// tallest cell; body cells are top-aligned, header cells bottom- or top-aligned as the style says.
/// </summary>
internal static class TextTable
{
    /// <summary>The table's lines, without line ends.</summary>
    public static IEnumerable<string> Render(IReadOnlyList<TableColumn> columns, TextTableStyle style,
        IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var border = style.Border;
        var cellWidths = columns.Select(c => c.CellWidth).ToArray();
        yield return border.Top.Draw(cellWidths);
        var header = columns.Select(c => c.Header).ToArray();
        foreach (var line in RowLines(columns, header, style.Fit, border.Head, style.HeaderBottomAligned))
            yield return line;
        for (int r = 0; r < rows.Count; r++)
        {
            // The header separator appears only above a first row, so an empty table closes right under its header.
            yield return (r == 0 ? border.HeadSeparator : border.RowSeparator).Draw(cellWidths);
            foreach (var line in RowLines(columns, rows[r], style.Fit, border.Body, bottomAligned: false))
                yield return line;
        }
        yield return border.Bottom.Draw(cellWidths);
    }

    private static IEnumerable<string> RowLines(IReadOnlyList<TableColumn> columns, IReadOnlyList<string> cells,
        CellFit fit, BorderEdges edges, bool bottomAligned)
    {
        if (cells.Count != columns.Count)
            throw new ArgumentException($"a row has {cells.Count} cells for {columns.Count} columns", nameof(cells));
        var fitted = columns.Select((c, i) => CellText.Fit(cells[i], c.ContentWidth, fit)).ToArray();
        int height = fitted.Max(lines => lines.Count);
        for (int y = 0; y < height; y++)
        {
            var parts = new string[columns.Count];
            for (int i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                var lines = fitted[i];
                int index = bottomAligned ? y - (height - lines.Count) : y;
                string text = index >= 0 && index < lines.Count ? lines[index] : "";
                parts[i] = new string(' ', c.PadLeft) + CellText.Justify(text, c.ContentWidth, c.Justify) + new string(' ', c.PadRight);
            }
            yield return edges.Left + string.Join(edges.Divider, parts) + edges.Right;
        }
    }
}
