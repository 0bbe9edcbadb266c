using System.Globalization;
using System.Text;

namespace NotebookSummary.Rendering.Json;

/// <summary>
/// The stream a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into when the JSON goes to text: UTF-8 bytes
/// in, characters out to a <see cref="TextWriter"/> as they come, so a large document (megabytes for a model of
/// 10,000 layers) is never held whole. The writer escapes control characters itself but leaves the bidi overrides and
/// isolates raw, which would reorder what a terminal or an editor shows: they are written as escapes here (inside a
/// JSON string <c>\u202E</c> is the same character), so names stay exact and nothing of <see cref="DisplayText"/>'s
/// rule shows raw.
/// </summary>
internal sealed class JsonTextSink(TextWriter output) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly char[] _chars = new char[8192];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            // The decoder keeps a sequence cut at the end of the buffer for the next call, and never splits a
            // surrogate pair, so each piece holds whole characters.
            _decoder.Convert(buffer, _chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            WriteEscaped(_chars.AsSpan(0, charsUsed));
            buffer = buffer[bytesUsed..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    private void WriteEscaped(ReadOnlySpan<char> text)
    {
        int next;
        while ((next = DisplayText.IndexOfUnsafe(text)) >= 0)
        {
            output.Write(text[..next]);
            output.Write("\\u");
            output.Write(((int)text[next]).ToString("X4", CultureInfo.InvariantCulture));
            text = text[(next + 1)..];
        }
        output.Write(text);
    }

    public override void Flush() => output.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
