using System.Text;

namespace NotebookSummary.Rendering;

/// <summary>
/// Draws a table of text cells whose column widths are already decided (measuring is the caller's job): a top
/// line, the header, a separator, the rows with a separator between two rows, a bottom line. A row is as tall as its
/// tallest cell; body cells are top-aligned, header cells bottom- or top-aligned as the style says.
/// </summary>
/// <remarks>
/// Lines are appended straight to the output (each ending in <c>\n</c>) and the rules are drawn once per table:
/// a 10,000-layer summary is some 20,000 lines, and a string per line and per cell would be most of its cost. Rows are
/// enumerated as they are drawn, so a row's cell texts are garbage as soon as its lines are written.
/// </remarks>
internal static class TextTable
{
    /// <summary>Appends the table's lines to <paramref name="output"/>, each ending in <c>\n</c>; after each row the
    /// output may be passed on.</summary>
    public static void Render(OutputSink output, IReadOnlyList<TableColumn> columns, TextTableStyle style,
        IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = output.Buffer;
        var border = style.Border;
        var cellWidths = columns.Select(c => c.CellWidth).ToArray();
        string rowSeparator = border.RowSeparator.Draw(cellWidths);
        sb.Append(border.Top.Draw(cellWidths)).Append('\n');
        var header = columns.Select(c => c.Header).ToArray();
        AppendRow(sb, columns, header, style.Fit, border.Head, style.HeaderBottomAligned);
        bool first = true;
        foreach (var row in rows)
        {
            // The header separator appears only above a first row, so an empty table closes right under its header.
            sb.Append(first ? border.HeadSeparator.Draw(cellWidths) : rowSeparator).Append('\n');
            AppendRow(sb, columns, row, style.Fit, border.Body, bottomAligned: false);
            output.AtBoundary();
            first = false;
        }
        sb.Append(border.Bottom.Draw(cellWidths)).Append('\n');
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<TableColumn> columns, IReadOnlyList<string> cells,
        CellFit fit, BorderEdges edges, bool bottomAligned)
    {
        if (cells.Count != columns.Count)
            throw new ArgumentException($"a row has {cells.Count} cells for {columns.Count} columns", nameof(cells));
        // Most rows are one line whose cells fit as they are: draw it without fitting each cell into a list of lines.
        bool oneLine = true;
        for (int i = 0; i < cells.Count && oneLine; i++) oneLine = CellText.FitsAsItIs(cells[i], columns[i].ContentWidth, fit);
        if (oneLine)
        {
            AppendLine(sb, columns, cells, edges);
            return;
        }

        var fitted = new IReadOnlyList<string>[columns.Count];
        int height = 0;
        for (int i = 0; i < fitted.Length; i++)
        {
            fitted[i] = CellText.Fit(cells[i], columns[i].ContentWidth, fit);
            height = Math.Max(height, fitted[i].Count);
        }
        var line = new string[columns.Count];
        for (int y = 0; y < height; y++)
        {
            for (int i = 0; i < columns.Count; i++)
            {
                var lines = fitted[i];
                int index = bottomAligned ? y - (height - lines.Count) : y;
                line[i] = index >= 0 && index < lines.Count ? lines[index] : "";
            }
            AppendLine(sb, columns, line, edges);
        }
    }

    /// <summary>One drawn line: each text (already fitted to its column) justified and padded, between the edges.</summary>
    private static void AppendLine(StringBuilder sb, IReadOnlyList<TableColumn> columns, IReadOnlyList<string> texts,
        BorderEdges edges)
    {
        sb.Append(edges.Left);
        for (int i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            if (i > 0) sb.Append(edges.Divider);
            sb.Append(' ', c.PadLeft);
            CellText.AppendJustified(sb, texts[i], c.ContentWidth, c.Justify);
            sb.Append(' ', c.PadRight);
        }
        sb.Append(edges.Right).Append('\n');
    }
}
