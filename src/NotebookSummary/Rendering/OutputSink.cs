using System.Globalization;
using System.Text;

namespace NotebookSummary.Rendering;

/// <summary>
/// Where a renderer writes: a <see cref="Buffer"/> it appends to, which either becomes the output string
/// (<see cref="ToText"/>, what the public <c>Render</c> methods return) or, for the CLI, is passed on to a
/// <see cref="TextWriter"/> in pieces of about <see cref="DrainChars"/> characters whenever the renderer reaches a
/// boundary (<see cref="AtBoundary"/>, after a row). Both paths run the same rendering code, so they give the same
/// characters; the streamed one never holds more than a piece (the text table of a 100,000-layer model is 16 MB of
/// characters, which as one builder and one string was most of the process's peak memory).
/// </summary>
/// <remarks>
/// The text formats clean user text (<see cref="DisplayText"/>) as it leaves the buffer, or, written as UTF-8 bytes
/// (<see cref="Utf8"/>), as it is encoded. Renderers mark boundaries
/// only after a whole line, so a piece never ends between the two halves of a surrogate pair, which cleaned apart
/// would be two lone surrogates.
/// </remarks>
internal sealed class OutputSink
{
    /// <summary>How many characters the buffer holds before a boundary passes them on: 32 KB, well below the
    /// large-object threshold, so the buffer and the pieces are small objects.</summary>
    public const int DrainChars = 16_384;

    private readonly StringBuilder _buffer;
    private readonly TextWriter? _writer;
    private readonly int _drainChars;
    private string? _preamble;
    private char[]? _scratch;
    private Utf8Buffer? _utf8;
    private bool _writtenEndsWithNewline;

    private OutputSink(StringBuilder buffer, TextWriter? writer, string? preamble, int drainChars = DrainChars)
    {
        _buffer = buffer;
        _drainChars = drainChars;
        _writer = writer;
        _preamble = preamble;
    }

    /// <summary>A sink whose output is a string, about <paramref name="estimatedChars"/> long.</summary>
    public static OutputSink ForString(long estimatedChars) => new(OutputBuffer.Create(estimatedChars), null, null);

    /// <summary>A sink appending to <paramref name="buffer"/>, for a part of an output built elsewhere.</summary>
    public static OutputSink Into(StringBuilder buffer) => new(buffer, null, null);

    /// <summary>
    /// A sink passing its output on to <paramref name="writer"/>, after <paramref name="preamble"/> (written as it is,
    /// not cleaned). Nothing reaches the writer before the first piece or <see cref="Complete"/>, so a renderer that
    /// refuses its options (a line length too short) before its first row leaves the writer untouched. A writer that
    /// takes UTF-8 (<see cref="IUtf8Writer"/>) gets what renderers write into <see cref="Utf8"/> as those bytes.
    /// </summary>
    /// <param name="drainChars">The size of a piece; tests pass 1 to cut the output at every boundary.</param>
    public static OutputSink To(TextWriter writer, string? preamble = null, int drainChars = DrainChars) =>
        new(OutputBuffer.Create(drainChars), writer, preamble, drainChars);

    /// <summary>What the renderer appends to.</summary>
    /// <remarks>What was written into <see cref="Utf8"/> comes first: getting the builder moves it in as characters,
    /// so a builder is got again after writing bytes, not kept from before.</remarks>
    public StringBuilder Buffer
    {
        get
        {
            if (_utf8 is { Length: > 0 }) MoveUtf8ToBuffer();
            return _buffer;
        }
    }

    /// <summary>
    /// Where a renderer writes UTF-8 bytes, after what <see cref="Buffer"/> holds: the text tables, whose borders are
    /// not ASCII, so that nothing encodes them again on the way to standard output (<see cref="Utf8Buffer"/>).
    /// </summary>
    public Utf8Buffer Utf8 => _utf8 ??= new Utf8Buffer(Utf8Piece + Utf8Piece / 4);

    /// <summary>True when the characters <see cref="DisplayText"/> rules out are replaced as they leave: set by the
    /// text formats; HTML, SVG and JSON escape user text themselves.</summary>
    public bool CleansText { get; set; }

    /// <summary>True when the output so far ends with a line feed.</summary>
    public bool EndsWithNewline =>
        _utf8 is { Length: > 0 } utf8 ? utf8.Written[^1] == (byte)'\n'
        : _buffer.Length > 0 ? _buffer[^1] == '\n'
        : _writtenEndsWithNewline;

    /// <summary>A place where the output may be cut: after a whole line (or, in HTML and SVG, a whole element).</summary>
    public void AtBoundary()
    {
        int bytes = _utf8?.Length ?? 0;
        if (_writer is not null)
        {
            if (_buffer.Length >= _drainChars || bytes >= Utf8Piece) Drain();
        }
        // A string's bytes join the builder a piece at a time, so the bytes never grow to the whole output.
        else if (bytes >= Utf8Piece) MoveUtf8ToBuffer();
    }

    /// <summary>
    /// The writer to write to directly, for a format that streams by itself (JSON): what the buffer holds is passed on
    /// first; for a string output, a writer appending to the buffer.
    /// </summary>
    public TextWriter Writer()
    {
        if (_writer is null) return new StringWriter(Buffer, CultureInfo.InvariantCulture) { NewLine = "\n" };
        Drain();
        return _writer;
    }

    /// <summary>The whole output of a sink made by <see cref="ForString"/>.</summary>
    public string ToText()
    {
        if (_writer is not null) throw new InvalidOperationException("this output goes to a writer");
        string text = Buffer.ToString();
        return CleansText ? DisplayText.Clean(text) : text;
    }

    /// <summary>Passes on what is left (and the preamble, even when nothing else was written).</summary>
    public void Complete()
    {
        if (_writer is null) throw new InvalidOperationException("this output is a string");
        Drain();
    }

    // A piece of bytes: as many bytes as a piece has characters, twice — still a small object.
    private int Utf8Piece => _drainChars * 2;

    private void Drain()
    {
        if (_preamble is not null)
        {
            _writer!.Write(_preamble);
            _preamble = null;
        }
        WriteChars();
        if (_utf8 is not { Length: > 0 } utf8) return;
        _writtenEndsWithNewline = utf8.Written[^1] == (byte)'\n';
        if (_writer is not IUtf8Writer bytes || !bytes.TryWriteUtf8(utf8.Written))
        {
            // A writer of characters (a test's, TextWriter.Null) gets them decoded, in the one scratch array.
            int chars = Encoding.UTF8.GetChars(utf8.Written, Chars(utf8.Length));
            _writer!.Write(_scratch!, 0, chars);
        }
        utf8.Clear();
    }

    private void WriteChars()
    {
        var buffer = _buffer;
        int length = buffer.Length;
        if (length == 0) return;
        _writtenEndsWithNewline = buffer[length - 1] == '\n';
        if (!CleansText)
        {
            // Nothing to replace: the builder's own arrays are written as they are, with no copy of them first.
            foreach (var chunk in buffer.GetChunks())
            {
                if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(chunk, out ArraySegment<char> chars))
                    _writer!.Write(chars.Array!, chars.Offset, chars.Count);
                else _writer!.Write(chunk.Span);
            }
            buffer.Clear();
            return;
        }
        Chars(length);
        var scratch = _scratch!;
        buffer.CopyTo(0, scratch, length);
        // Clearing keeps one array for the next piece (the builder's capacity, 20,000-odd characters), not a new one.
        buffer.Clear();
        // Written as (array, start, count), the one overload every writer implements itself.
        int start = 0;
        while (CleansText && start < length)
        {
            int next = DisplayText.IndexOfUnsafe(scratch.AsSpan(start, length - start));
            if (next < 0) break;
            _writer!.Write(scratch, start, next);
            _writer.Write(DisplayText.Replacement);
            start += next + 1;
        }
        _writer!.Write(scratch, start, length - start);
    }

    // The bytes written so far, decoded onto the end of the builder (they are clean already).
    private void MoveUtf8ToBuffer()
    {
        var utf8 = _utf8!;
        int chars = Encoding.UTF8.GetChars(utf8.Written, Chars(utf8.Length));
        _buffer.Append(_scratch!, 0, chars);
        utf8.Clear();
    }

    // The scratch array, at least `length` characters long. A piece ends after the row that reaches its size, so
    // pieces differ in length by up to a row: a quarter more than asked keeps one array for all of them.
    private Span<char> Chars(int length)
    {
        if (_scratch is null || _scratch.Length < length) _scratch = new char[Math.Max(length, _drainChars) * 5 / 4];
        return _scratch;
    }
}
