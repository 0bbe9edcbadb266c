using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NotebookSummary.Rendering.Json;

/// <summary>
/// The buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into when the JSON goes to text: UTF-8 bytes
/// in, characters out to a <see cref="TextWriter"/> (or the bytes themselves, to an <see cref="IUtf8Writer"/>, where
/// none needs escaping) as each piece is committed (the writer commits when it is flushed
/// or full), so a large document (megabytes for a model of 10,000 layers) is never held whole. The writer escapes
/// control characters itself but leaves the bidi overrides and isolates raw, which would reorder what a terminal or
/// an editor shows: they are written as escapes here (inside a JSON string <c>\u202E</c> is the same character), so
/// names stay exact and nothing of <see cref="DisplayText"/>'s rule shows raw.
/// </summary>
/// <remarks>
/// A buffer writer rather than a stream: over a stream the writer keeps a buffer of its own, copies it out and clears
/// it at every flush; here it writes into this one array, which is read once, in place.
/// </remarks>
internal sealed class JsonTextSink(TextWriter output) : IBufferWriter<byte>
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly char[] _chars = new char[8192];
    // Below the large-object threshold; the renderer commits every 16 KB, and a longer value grows it.
    private byte[] _bytes = new byte[32 * 1024];

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > _bytes.Length) _bytes = new byte[sizeHint];
        return _bytes;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>The writer commits <paramref name="count"/> bytes from the start of the memory it was given: they
    /// are passed on now, so the next request hands out the whole array again.</summary>
    public void Advance(int count) => Write(_bytes.AsSpan(0, count));

    // Bytes that stand for themselves and that no rule escapes: printable ASCII, tab and line feed (the writer's
    // punctuation, indentation, numbers and most names are nothing else).
    private static readonly SearchValues<byte> PlainAscii = SearchValues.Create(
        "\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"u8);

    private void Write(ReadOnlySpan<byte> buffer)
    {
        // Nothing to escape or decode (most pieces, often all): the bytes go out as they are to a writer that takes
        // UTF-8 (the CLI's standard output and files), not widened to characters to be encoded again.
        if (output is IUtf8Writer utf8 && IsPlain(buffer) && utf8.TryWriteUtf8(buffer)) return;
        while (!buffer.IsEmpty)
        {
            // A run of plain ASCII is widened to characters as it is, without the decoder or the scan for unsafe ones.
            int widened = WidenPlain(buffer, _chars);
            if (widened > 0)
            {
                output.Write(_chars, 0, widened);
                buffer = buffer[widened..];
                continue;
            }
            // The rest of the run that is not plain ASCII (a UTF-8 sequence's bytes are all outside it, so the run
            // ends between characters, or at the end of the buffer, where the decoder keeps a sequence cut there
            // for the next piece; it never splits a surrogate pair, so each piece holds whole characters).
            int other = buffer.IndexOfAny(PlainAscii);
            var run = other < 0 ? buffer : buffer[..other];
            _decoder.Convert(run, _chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            WriteEscaped(charsUsed);
            buffer = buffer[bytesUsed..];
        }
    }

    /// <summary>Whether every byte is plain ASCII (<see cref="PlainAscii"/>).</summary>
    /// <remarks>One pass, 64 bytes a turn, with the instructions WidenPlain uses: three range searches read every
    /// byte of the output three times, as much work as writing the rows.</remarks>
    private static bool IsPlain(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref sbyte source = ref Unsafe.As<byte, sbyte>(ref MemoryMarshal.GetReference(bytes));
            const int Step = 4 * 16;
            for (; i <= bytes.Length - Step; i += Step)
            {
                var other = NotPlain(Vector128.LoadUnsafe(ref source, (nuint)i)) | NotPlain(Vector128.LoadUnsafe(ref source, (nuint)(i + 16)))
                    | NotPlain(Vector128.LoadUnsafe(ref source, (nuint)(i + 32))) | NotPlain(Vector128.LoadUnsafe(ref source, (nuint)(i + 48)));
                if (other != Vector128<sbyte>.Zero) return false;
            }
        }
        for (; i < bytes.Length; i++)
            if (!IsPlain(bytes[i])) return false;
        return true;
    }

    private static bool IsPlain(byte b) => b is (>= 0x20 and < 0x7F) or (byte)'\n' or (byte)'\t';

    // All ones where a byte is not plain ASCII: as signed bytes, every byte from 0x80 up is negative, so below 0x20 too.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // four a turn: as calls, they cost more than their tests
    private static Vector128<sbyte> NotPlain(Vector128<sbyte> v) =>
        (Vector128.LessThan(v, Vector128.Create((sbyte)0x20)) | Vector128.Equals(v, Vector128.Create((sbyte)0x7F)))
        & ~Vector128.Equals(v, Vector128.Create((sbyte)'\n')) & ~Vector128.Equals(v, Vector128.Create((sbyte)'\t'));

    /// <summary>Widens the plain ASCII (<see cref="PlainAscii"/>) that <paramref name="bytes"/> starts with into
    /// <paramref name="chars"/>, as far as it fits; returns how many bytes that was.</summary>
    /// <remarks>Sixteen bytes at a time, tested and widened in one pass, with instructions every x64 processor has: a
    /// search for a set of values falls back to a byte at a time where the shuffles it needs are not assumed, as in
    /// the native CLI.</remarks>
    private static int WidenPlain(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        int length = Math.Min(bytes.Length, chars.Length);
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref sbyte source = ref Unsafe.As<byte, sbyte>(ref MemoryMarshal.GetReference(bytes));
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            for (; i <= length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref source, (nuint)i);
                if (NotPlain(v).ExtractMostSignificantBits() != 0) break; // the bytes before it are taken one by one below
                var (lower, upper) = Vector128.Widen(v.AsByte());
                lower.StoreUnsafe(ref target, (nuint)i);
                upper.StoreUnsafe(ref target, (nuint)(i + Vector128<ushort>.Count));
            }
        }
        for (; i < length; i++)
        {
            byte b = bytes[i];
            if (!IsPlain(b)) break;
            chars[i] = (char)b;
        }
        return i;
    }

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
}
