using System.Runtime.CompilerServices;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// Draws a table of text cells whose column widths are already decided (measuring is the caller's job): a top
/// line, the header, a separator, the rows with a separator between two rows, a bottom line. A row is as tall as its
/// tallest cell; body cells are top-aligned, header cells bottom- or top-aligned as the style says.
/// </summary>
/// <remarks>
/// Lines are written straight into the output as UTF-8 (<see cref="OutputSink.Utf8"/>), each ending in <c>\n</c>:
/// a 10,000-layer summary is some 20,000 lines, mostly box-drawing characters, and a string per line or per cell, or
/// encoding the borders again for every line, would be most of its cost. The rules and what surrounds the cells
/// (<see cref="EncodedLine"/>) are encoded once per table and copied; a line of printable ASCII cells (nearly all
/// of them) is its blank line with the texts copied in. The caller writes each row's cells into one reused
/// <see cref="TableRowCells"/>, and a cell's lines are slices of its text (<see cref="CellLine"/>), so drawing a row
/// allocates nothing.
/// </remarks>
internal static class TextTable
{
    /// <summary>Appends the table's lines to <paramref name="output"/>, each ending in <c>\n</c>; after each row the
    /// output may be passed on. <paramref name="writeCells"/> writes a row's cells, one per column.</summary>
    public static void Render<TRow>(OutputSink output, IReadOnlyList<TableColumn> columns, TextTableStyle style,
        IReadOnlyList<TRow> rows, Action<TRow, TableRowCells> writeCells)
    {
        var table = new Table([.. columns], style);
        var border = style.Border;
        var cellWidths = columns.Select(c => c.CellWidth).ToArray();
        var rowSeparator = border.RowSeparator.Encode(cellWidths);
        var head = new EncodedLine(border.Head, table.Columns);
        var body = new EncodedLine(border.Body, table.Columns);

        var utf8 = output.Utf8;
        utf8.Append(border.Top.Encode(cellWidths));
        foreach (var c in columns) table.Cells.Cell(c.Header);
        table.AppendRow(utf8, head, style.HeaderBottomAligned);
        for (int r = 0, count = rows.Count; r < count; r++)
        {
            // The header separator appears only above a first row, so an empty table closes right under its header.
            utf8.Append(r == 0 ? border.HeadSeparator.Encode(cellWidths) : rowSeparator);
            table.Cells.Clear();
            writeCells(rows[r], table.Cells);
            table.AppendRow(utf8, body, bottomAligned: false);
            output.AtBoundary();
        }
        utf8.Append(border.Bottom.Encode(cellWidths));
    }

    // What drawing a row needs, made once per table.
    private sealed class Table(TableColumn[] columns, TextTableStyle style)
    {
        public TableColumn[] Columns { get; } = columns;

        public TableRowCells Cells { get; } = new();

        private readonly List<CellLine>[] _fitted = [.. columns.Select(_ => new List<CellLine>())];
        private readonly bool _wraps = style.Fit == CellFit.WrapWithEllipsis;
        private bool _oneLine;
        private int _height;

        public void AppendRow(Utf8Buffer utf8, EncodedLine encoded, bool bottomAligned)
        {
            var cells = Cells;
            if (cells.Count != Columns.Length)
                throw new InvalidOperationException($"a row has {cells.Count} cells for {Columns.Length} columns");
            // Printable ASCII, as nearly every row is: a character is a byte, and there is nothing to clean.
            bool ascii = !cells.Text.ContainsAnyExceptInRange(' ', '~');
            if (ascii && AppendAsciiLineAsItIs(utf8, encoded)) return;
            Fit(ascii);
            Span<CellLine> parts = Columns.Length <= 16 ? stackalloc CellLine[Columns.Length] : new CellLine[Columns.Length];
            for (int y = 0; y < _height; y++)
            {
                bool ellipsis = false;
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = LineOf(i, y, bottomAligned);
                    ellipsis |= parts[i].Ellipsis;
                }
                // An ellipsis is not ASCII: such a line is written as any other.
                if (ascii && !ellipsis) AppendAsciiLine(utf8, encoded, parts);
                else AppendLine(utf8, encoded, parts);
            }
        }

        // Most rows: one line of printable ASCII cells (no line feed, which is not printable) that fit as they are
        // (no space to drop at the end of a wrapped cell) or are cut to their column, drawn without fitting. False,
        // with nothing added, for a row that needs wrapping.
        private bool AppendAsciiLineAsItIs(Utf8Buffer utf8, EncodedLine encoded)
        {
            var cells = Cells;
            var text = cells.Text;
            var blank = encoded.Blank;
            var starts = encoded.CellStarts;
            var line = utf8.Room(blank.Length);
            blank.CopyTo(line);
            // The texts are copied in as they are checked: a row that turns out not to fit leaves what was copied
            // beyond the output's end, where the next line overwrites it.
            int start = 0;
            for (int i = 0; i < starts.Length; i++)
            {
                var c = Columns[i];
                int end = cells.End(i);
                int length = end - start;
                if (_wraps && (length > c.ContentWidth || (length > 0 && text[end - 1] == ' '))) return false;
                // Keras 2 cuts a cell at its column: one line, whatever its length.
                length = Math.Min(length, c.ContentWidth);
                Utf8Buffer.WriteAscii(text.Slice(start, length), line[(starts[i] + CellText.SpaceBefore(c.ContentWidth - length, c.Justify))..]);
                start = end;
            }
            utf8.Advance(blank.Length);
            return true;
        }

        // The lines of each cell: a cell that fits as it is needs no fitting.
        private void Fit(bool printableAscii)
        {
            var cells = Cells;
            // A printable ASCII row comes here only when it does not fit as it is.
            _oneLine = !printableAscii;
            for (int i = 0; i < Columns.Length && _oneLine; i++)
                _oneLine = CellText.FitsAsItIs(cells[i], Columns[i].ContentWidth, style.Fit);
            _height = 1;
            if (_oneLine) return;
            for (int i = 0; i < Columns.Length; i++)
            {
                CellText.Fit(cells[i], Columns[i].ContentWidth, style.Fit, _fitted[i], printableAscii);
                _height = Math.Max(_height, _fitted[i].Count);
            }
        }

        // The part of cell i on line y of the row (an empty line below or above a shorter cell).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private CellLine LineOf(int i, int y, bool bottomAligned)
        {
            if (_oneLine) return new CellLine(0, Cells[i].Length, false);
            var lines = _fitted[i];
            int index = bottomAligned ? y - (_height - lines.Count) : y;
            return index >= 0 && index < lines.Count ? lines[index] : default;
        }

        // The blank line with each cell's part copied in where its justification puts it.
        private void AppendAsciiLine(Utf8Buffer utf8, EncodedLine encoded, ReadOnlySpan<CellLine> parts)
        {
            var blank = encoded.Blank;
            var line = utf8.Room(blank.Length);
            blank.CopyTo(line);
            for (int i = 0; i < parts.Length; i++)
            {
                var c = Columns[i];
                var part = parts[i];
                int before = CellText.SpaceBefore(c.ContentWidth - part.Length, c.Justify);
                Utf8Buffer.WriteAscii(Cells[i].Slice(part.Start, part.Length), line[(encoded.CellStarts[i] + before)..]);
            }
            utf8.Advance(blank.Length);
        }

        // Any line: joints and justified parts, each part cleaned and encoded.
        private void AppendLine(Utf8Buffer utf8, EncodedLine encoded, ReadOnlySpan<CellLine> parts)
        {
            for (int i = 0; i < parts.Length; i++)
            {
                var c = Columns[i];
                var part = parts[i];
                utf8.Append(encoded.Joints[i]);
                CellText.AppendJustified(utf8, Cells[i].Slice(part.Start, part.Length), part.Ellipsis, c.ContentWidth, c.Justify);
            }
            utf8.Append(encoded.Joints[Columns.Length]);
        }
    }
}
