using System.Runtime.CompilerServices;
using System.Text;

namespace NotebookSummary.Rendering;

/// <summary>
/// Output already encoded as UTF-8, which the text tables write into (<see cref="OutputSink.Utf8"/>): their borders
/// are box-drawing characters, three bytes each, and encoding a megabyte of them from UTF-16 on its way to standard
/// output cost more than drawing them. A table encodes its border lines once and copies the bytes for every row.
/// </summary>
/// <remarks>
/// Text enters either as bytes the caller made (borders, spaces, digits: nothing <see cref="DisplayText"/> rules out)
/// or through <see cref="AppendText"/> and <see cref="Encode"/>, which clean it as they encode: the bytes here never
/// carry a character the rule replaces, whatever the sink's <see cref="OutputSink.CleansText"/> says.
/// </remarks>
internal sealed class Utf8Buffer(int capacity)
{
    /// <summary>The bytes of U+FFFD, <see cref="DisplayText.Replacement"/>.</summary>
    private static ReadOnlySpan<byte> Replacement => "\uFFFD"u8;

    private byte[] _bytes = new byte[capacity];

    /// <summary>The bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>What was written.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => Length = 0;

    /// <summary>At least <paramref name="size"/> bytes to write into, after what was written; <see cref="Advance"/>
    /// says how many were used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Room(int size)
    {
        if (_bytes.Length - Length < size) Grow(size);
        return _bytes.AsSpan(Length);
    }

    private void Grow(int size) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + size));

    /// <summary>Counts <paramref name="count"/> bytes written into <see cref="Room"/> as written.</summary>
    public void Advance(int count) => Length += count;

    /// <summary>Bytes made by the caller: no character <see cref="DisplayText"/> rules out.</summary>
    public Utf8Buffer Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Room(utf8.Length));
        Length += utf8.Length;
        return this;
    }

    /// <summary>An ASCII character, <paramref name="count"/> times.</summary>
    public Utf8Buffer Append(char ascii, int count)
    {
        Room(count)[..count].Fill((byte)ascii);
        Length += count;
        return this;
    }

    /// <summary>Any text, cleaned as <see cref="DisplayText.Clean"/> cleans it.</summary>
    public Utf8Buffer AppendText(ReadOnlySpan<char> text)
    {
        Length += Encode(text, Room(MaxBytes(text.Length)));
        return this;
    }

    /// <summary>The most bytes <see cref="Encode"/> writes for <paramref name="chars"/> UTF-16 characters (a
    /// character below U+10000 is at most 3 bytes, a surrogate pair 4).</summary>
    public static int MaxBytes(int chars) => chars * 3;

    /// <summary>Writes <paramref name="text"/>, printable ASCII (the caller checked), a byte a character.</summary>
    public static void WriteAscii(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (System.Text.Ascii.FromUtf16(text, destination, out _) != System.Buffers.OperationStatus.Done)
            throw new ArgumentException("the text is not ASCII, or the destination is too short", nameof(text));
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 into <paramref name="destination"/> (at least <see cref="MaxBytes"/>
    /// long), each character <see cref="DisplayText"/> rules out as U+FFFD; returns the bytes written.
    /// </summary>
    /// <remarks>Names, class names, shapes and numbers are printable ASCII nearly always: one vectorized test, then
    /// one byte per character.</remarks>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            System.Text.Ascii.FromUtf16(text, destination, out int written);
            return written;
        }
        int n = 0;
        while (true)
        {
            int unsafeAt = DisplayText.IndexOfUnsafe(text);
            // What comes before the unsafe character is safe, paired surrogates included: the encoder replaces nothing.
            n += Encoding.UTF8.GetBytes(unsafeAt < 0 ? text : text[..unsafeAt], destination[n..]);
            if (unsafeAt < 0) return n;
            Replacement.CopyTo(destination[n..]);
            n += Replacement.Length;
            text = text[(unsafeAt + 1)..];
        }
    }
}
