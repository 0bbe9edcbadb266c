namespace NotebookSummary.Keras.Text;

/// <summary>
/// The text being read, with its line starts, so spans become the 1-based line and column users see.
/// Lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, as in Python.
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 }; // grown as lines are found: a text refused for its size costs no table
        // Line breaks found with a vectorized search: a model of thousands of lines is mostly text between them.
        int i = 0;
        while (true)
        {
            int found = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (found < 0) break;
            i += found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts.Add(++i);
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    /// <summary>The text of a span.</summary>
    internal string this[TextSpan span] => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    /// <summary>The 1-based line and column of an offset (an offset at the end counts as on the last line).</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        // Lookups mostly move forward through the text: try the last line found and the next one first.
        int last = _lastLine;
        int index;
        if (offset >= _lineStarts[last] && (last + 1 >= _lineStarts.Length || offset < _lineStarts[last + 1]))
            index = last;
        else if (last + 2 < _lineStarts.Length && offset >= _lineStarts[last + 1] && offset < _lineStarts[last + 2])
            index = last + 1;
        else
        {
            index = Array.BinarySearch(_lineStarts, offset);
            if (index < 0) index = ~index - 1;
        }
        _lastLine = index;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    private int _lastLine;

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return "";
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    /// <summary>The location users see for a span: line, column and length.</summary>
    internal SourceLocation Location(TextSpan span)
    {
        var (line, column) = LineColumn(span.Start);
        return new SourceLocation(line, column, span.Length);
    }
}
