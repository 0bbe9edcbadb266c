using System.Runtime.CompilerServices;

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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int start = index == 0 ? 0 : _ends[index - 1];
            return _chars.AsSpan(start, _ends[index] - start);
        }
    }

    /// <summary>Where the text of cell <paramref name="index"/> ends in <see cref="Text"/> (and the next one starts).</summary>
    public int End(int index) => _ends[index];

    /// <summary>The text of every cell ended so far, side by side.</summary>
    public ReadOnlySpan<char> Text
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _chars.AsSpan(0, Count == 0 ? 0 : _ends[Count - 1]);
    }


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

    /// <summary><c>name (type)</c>: how Keras's tables name a layer, written at once.</summary>
    public TableRowCells AppendNameAndType(string name, string type)
    {
        var room = Room(name.Length + type.Length + 3);
        name.CopyTo(room);
        int n = name.Length;
        room[n] = ' ';
        room[n + 1] = '(';
        type.CopyTo(room[(n + 2)..]);
        n += 2 + type.Length;
        room[n] = ')';
        _length += n + 1;
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
    /// <remarks>Consecutive layers often share an output shape (a convolution, its normalization, its activation):
    /// the text of the last shape written is kept, and comparing a few dims costs less than writing them.</remarks>
    public TableRowCells AppendShape(Shape shape, bool pythonTuple)
    {
        if (_lastShape is { } last && pythonTuple == _lastShapeIsPythonTuple && (ReferenceEquals(last, shape) || last.Equals(shape)))
            return Append(_lastShapeText.AsSpan(0, _lastShapeLength));
        var room = Room(KerasText.MaxShapeLength(shape));
        int length = KerasText.WriteShape(shape, pythonTuple, room);
        if (length <= _lastShapeText.Length)
        {
            room[..length].CopyTo(_lastShapeText);
            (_lastShape, _lastShapeIsPythonTuple, _lastShapeLength) = (shape, pythonTuple, length);
        }
        _length += length;
        return this;
    }

    private Shape? _lastShape;
    private bool _lastShapeIsPythonTuple;
    private readonly char[] _lastShapeText = new char[64];
    private int _lastShapeLength;

    // At least `size` free characters after the text so far.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<char> Room(int size)
    {
        if (_chars.Length - _length < size) Grow(size);
        return _chars.AsSpan(_length);
    }

    private void Grow(int size) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + size));
}
