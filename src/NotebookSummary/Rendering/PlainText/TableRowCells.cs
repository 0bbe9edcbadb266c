namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// The cells of one table row as they are written: the texts side by side in one buffer that the next row reuses,
/// so drawing a row makes no string, list or array (a 100,000-layer table draws 100,000 rows).
/// </summary>
internal sealed class TableRowCells
{
    private char[] _chars = new char[256];
    private int _length;
    private int[] _ends = new int[8];

    /// <summary>The cells ended so far.</summary>
    public int Count { get; private set; }

    /// <summary>The text of cell <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            int start = index == 0 ? 0 : _ends[index - 1];
            return _chars.AsSpan(start, _ends[index] - start);
        }
    }

    /// <summary>The text of every cell ended so far, side by side.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, Count == 0 ? 0 : _ends[Count - 1]);

    /// <summary>Empties the row for the next one.</summary>
    public void Clear()
    {
        _length = 0;
        Count = 0;
    }

    /// <summary>Ends the cell being written; what is appended next goes to the next cell.</summary>
    public TableRowCells EndCell()
    {
        if (Count == _ends.Length) Array.Resize(ref _ends, Count * 2);
        _ends[Count++] = _length;
        return this;
    }

    /// <summary>A whole cell.</summary>
    public TableRowCells Cell(ReadOnlySpan<char> text) => Append(text).EndCell();

    public TableRowCells Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Room(text.Length));
        _length += text.Length;
        return this;
    }

    public TableRowCells Append(char c)
    {
        Room(1)[0] = c;
        _length++;
        return this;
    }

    /// <summary>A count as Keras writes it, with thousands separators (<c>1,792</c>).</summary>
    public TableRowCells AppendCount(long n)
    {
        _length += KerasNumbers.WriteCount(n, Room(KerasNumbers.MaxCountLength));
        return this;
    }

    /// <summary>A number without separators (<c>1792</c>).</summary>
    public TableRowCells AppendPlain(long n)
    {
        _length += KerasNumbers.WritePlain(n, Room(KerasNumbers.MaxCountLength));
        return this;
    }

    /// <summary>A shape's text (<see cref="KerasText.WriteShape"/>).</summary>
    public TableRowCells AppendShape(Shape shape, bool pythonTuple)
    {
        _length += KerasText.WriteShape(shape, pythonTuple, Room(KerasText.MaxShapeLength(shape)));
        return this;
    }

    // At least `size` free characters after the text so far.
    private Span<char> Room(int size)
    {
        if (_chars.Length - _length < size) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + size));
        return _chars.AsSpan(_length);
    }
}
