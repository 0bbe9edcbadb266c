using System.Buffers;
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

    // Bytes that stand for themselves and that no rule escapes: printable ASCII, tab and line feed. The writer's
    // punctuation, indentation, numbers and most names are nothing else.
    private static readonly SearchValues<byte> PlainAscii = SearchValues.Create(
        "\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"u8);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            // A run of plain ASCII is widened to characters as it is, without the decoder or the scan for unsafe ones.
            int plain = buffer.IndexOfAnyExcept(PlainAscii);
            if (plain != 0)
            {
                int count = Math.Min(plain < 0 ? buffer.Length : plain, _chars.Length);
                System.Text.Ascii.ToUtf16(buffer[..count], _chars, out int widened);
                output.Write(_chars, 0, widened);
                buffer = buffer[widened..];
                continue;
            }
            // The rest of the run that is not plain ASCII (a UTF-8 sequence's bytes are all outside it, so the run
            // ends between characters, or at the end of the buffer, where the decoder keeps a sequence cut there
            // for the next call; it never splits a surrogate pair, so each piece holds whole characters).
            int other = buffer.IndexOfAny(PlainAscii);
            var run = other < 0 ? buffer : buffer[..other];
            _decoder.Convert(run, _chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            WriteEscaped(charsUsed);
            buffer = buffer[bytesUsed..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    // Written as (array, start, count): the overload every writer implements itself, where a span goes through a copy.
    private void WriteEscaped(int length)
    {
        int start = 0, next;
        while ((next = DisplayText.IndexOfUnsafe(_chars.AsSpan(start, length - start))) >= 0)
        {
            output.Write(_chars, start, next);
            output.Write("\\u");
            output.Write(((int)_chars[start + next]).ToString("X4", CultureInfo.InvariantCulture));
            start += next + 1;
        }
        output.Write(_chars, start, length - start);
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
