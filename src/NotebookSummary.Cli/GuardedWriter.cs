using System.Text;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// A writer that never throws because its stream failed: a closed standard output (<c>&gt;&amp;-</c>), a full disk
/// or <c>/dev/full</c>, a broken pipe. The first failure is kept (<see cref="Failure"/>) and every later write is
/// dropped, so a run can finish, report the failure once on the other stream and return its exit code — where a
/// throwing writer made the error handler itself throw and the process abort.
/// </summary>
internal sealed class GuardedWriter : TextWriter, IUtf8Writer
{
    private readonly TextWriter _inner;

    public GuardedWriter(TextWriter inner, string name)
    {
        _inner = inner;
        Name = name;
        NewLine = inner.NewLine; // the line end the base class writes, e.g. in WriteLine(char[])
    }

    /// <summary>What the stream is, for messages: <c>standard output</c>, <c>'out.html'</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// True for a stream read by people only (standard error): the messages quote names, paths and arguments, so
    /// the characters <see cref="DisplayText"/> rules out (ESC, bidi overrides, ...) are shown as U+FFFD rather than
    /// acting on the terminal.
    /// </summary>
    public bool ShowsUnsafeAsReplacement { get; init; }

    /// <summary>
    /// A buffered writer to flush before each write here: standard output, when this is standard error, so a message
    /// about the second file appears after the first file's summary in a terminal showing both.
    /// </summary>
    public TextWriter? FlushesFirst { get; init; }

    /// <summary>Why the stream failed, in words for a message (<c>No space left on device</c>); null while it works.</summary>
    public string? Failure { get; private set; }

    /// <summary>True when the stream failed; nothing is written to it after that.</summary>
    public bool Failed => Failure is not null;

    /// <summary>True once any text was handed to the stream (whether or not it arrived).</summary>
    public bool HasWritten { get; private set; }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) =>
        Guard(ShowsUnsafeAsReplacement && DisplayText.IsUnsafeControl(value) ? DisplayText.Replacement : value,
            static (w, c) => w.Write(c), text: true);
    public override void Write(string? value) => Guard(Shown(value), static (w, s) => w.Write(s), text: !string.IsNullOrEmpty(value));
    public override void Write(char[] buffer, int index, int count)
    {
        if (ShowsUnsafeAsReplacement) Write(new string(buffer, index, count));
        else Guard((buffer, index, count), static (w, b) => w.Write(b.buffer, b.index, b.count), text: count > 0);
    }

    /// <summary>
    /// Bytes straight to the stream under a UTF-8 <see cref="StreamWriter"/> (standard output, a file), after what the
    /// writer still buffers: the text tables arrive encoded already (<see cref="OutputSink.Utf8"/>). Another writer
    /// (a test's <see cref="StringWriter"/>) declines, and is given the characters.
    /// </summary>
    public bool TryWriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (ShowsUnsafeAsReplacement || _inner is not StreamWriter { Encoding.CodePage: Utf8CodePage } stream) return false;
        if (Failed || utf8.IsEmpty) return true;
        HasWritten = true;
        try
        {
            // Flushing writes the characters before these bytes (and a byte order mark first, if the encoding has one).
            stream.Flush();
            stream.BaseStream.Write(utf8);
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Failure = Describe(e);
        }
        return true;
    }

    private const int Utf8CodePage = 65001;
    public override void WriteLine(string? value) => Guard(Shown(value), static (w, s) => w.WriteLine(s), text: true);
    public override void WriteLine() => Guard(0, static (w, _) => w.WriteLine(), text: true);
    public override void Flush() => Guard(0, static (w, _) => w.Flush(), text: false);

    private string? Shown(string? text) => ShowsUnsafeAsReplacement && text is not null ? DisplayText.Clean(text) : text;

    private void Guard<T>(T value, Action<TextWriter, T> write, bool text)
    {
        if (Failed) return;
        if (text) FlushesFirst?.Flush();
        HasWritten |= text;
        try
        {
            write(_inner, value);
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Failure = Describe(e);
        }
    }

    private static bool IsStreamFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException;

    /// <summary>
    /// Why a write failed, for a message that already names the stream: the operating system's sentence where it has
    /// one ("No space left on device") without the path .NET appends to it; .NET reports a closed standard stream
    /// (EBADF) as access denied to "the path", which would mislead.
    /// </summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "it is closed or not open for writing",
        ObjectDisposedException => "it is closed",
        NotSupportedException => "it does not accept writing",
        _ => WithoutPath(e.Message).TrimEnd('.'),
    };

    // "No space left on device : '/dev/full'" → "No space left on device".
    private static string WithoutPath(string message)
    {
        int cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
