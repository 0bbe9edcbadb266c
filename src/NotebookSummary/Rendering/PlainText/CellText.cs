using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>One line of a fitted cell: <see cref="Length"/> characters of the cell's text from <see cref="Start"/>,
/// followed by <see cref="CellText.Ellipsis"/> when the word was cut.</summary>
internal readonly record struct CellLine(int Start, int Length, bool Ellipsis)
{
    /// <summary>The characters the line takes in its column.</summary>
    public int Width => Length + (Ellipsis ? 1 : 0);
}

/// <summary>
/// Measuring, kept apart from drawing: turns a cell's text and a content width into the lines it shows, and justifies
/// one line. Widths count UTF-16 characters (Keras's cell texts are ASCII, plus the ellipsis).
/// </summary>
/// <remarks>
/// A line is a slice of the cell's text (<see cref="CellLine"/>), not a string of its own: a table of 100,000 rows
/// wraps tens of thousands of cells, and a string per line was most of what drawing them allocated.
/// </remarks>
internal static class CellText
{
    /// <summary>The ellipsis rich appends to a word it had to cut.</summary>
    public const char Ellipsis = '…';

    /// <summary>The lines <paramref name="text"/> occupies in a column <paramref name="width"/> wide (each at most that long, unjustified).</summary>
    public static IReadOnlyList<string> Fit(string text, int width, CellFit fit)
    {
        var lines = new List<CellLine>();
        Fit(text, width, fit, lines);
        return [.. lines.Select(l => string.Concat(text.AsSpan(l.Start, l.Length), l.Ellipsis ? "…" : ""))];
    }

    /// <summary>Replaces <paramref name="lines"/> with the lines of <see cref="Fit(string, int, CellFit)"/>, as slices of
    /// <paramref name="text"/>.</summary>
    /// <param name="printableAscii">The caller knows <paramref name="text"/> is printable ASCII: no line feed, and
    /// no white space but <c>' '</c>.</param>
    public static void Fit(ReadOnlySpan<char> text, int width, CellFit fit, List<CellLine> lines, bool printableAscii = false)
    {
        lines.Clear();
        // Most cells fit on one line as they are (no line break, no trailing space to drop): nothing to divide.
        if (printableAscii ? text.Length <= width && (fit == CellFit.Cut || text.Length == 0 || text[^1] != ' ')
                           : FitsAsItIs(text, width, fit))
        {
            lines.Add(new CellLine(0, text.Length, false));
            return;
        }
        int start = 0;
        while (true)
        {
            int end = printableAscii ? -1 : text[start..].IndexOf('\n');
            end = end < 0 ? text.Length : start + end;
            if (fit == CellFit.Cut) lines.Add(new CellLine(start, Math.Min(end - start, width), false));
            else Wrap(text[start..end], start, width, lines, printableAscii || !text[start..end].ContainsAnyExceptInRange(' ', '~'));
            if (end == text.Length) return;
            start = end + 1;
        }
    }

    /// <summary>True when <see cref="Fit(string, int, CellFit)"/> would return <paramref name="text"/> itself as the only line.</summary>
    public static bool FitsAsItIs(ReadOnlySpan<char> text, int width, CellFit fit) =>
        text.Length <= width && !text.Contains('\n') && (fit == CellFit.Cut || text.Length == 0 || !char.IsWhiteSpace(text[^1]));

    /// <summary>
    /// rich's wrapping with <c>overflow="ellipsis"</c> of one line of a cell (<paramref name="offset"/> characters into
    /// it). The line is cut into words (a run of spaces, non-spaces, spaces: leading spaces belong to the first word,
    /// as rich's <c>\s*\S+\s*</c> matches them). Words fill a line greedily: a word joins the line if it fits without
    /// its trailing spaces. A word that fits on no line starts its own line and is cut to <c>width − 1</c> characters
    /// plus <c>…</c> — nothing folds onto the next line. Trailing spaces are dropped.
    /// </summary>
    private static void Wrap(ReadOnlySpan<char> paragraph, int offset, int width, List<CellLine> lines, bool printableAscii)
    {
        var spaces = new SpaceFinder(paragraph, printableAscii);
        int lineStart = 0;
        int used = 0; // characters on the current line, trailing spaces included
        int i = 0;
        while (i < paragraph.Length)
        {
            int start = i;
            i = spaces.EndOfRun(i, spaces: true);
            if (i == paragraph.Length) break; // only spaces left: no further word
            i = spaces.EndOfRun(i, spaces: false);
            int length = i - start; // the word without its trailing spaces
            i = spaces.EndOfRun(i, spaces: true);
            int word = i - start;
            if (width - used >= length)
            {
                used += word;
                continue;
            }
            // It starts the next line (one of its own, cut, when it is too long for any line).
            if (start > 0)
            {
                AddLine(paragraph, offset, lineStart, start, width, lines);
                lineStart = start;
            }
            used = word;
        }
        AddLine(paragraph, offset, lineStart, paragraph.Length, width, lines);
    }

    /// <summary>
    /// Finds where runs of white space and of other characters end in a paragraph. A paragraph of printable ASCII
    /// (nearly every cell: a layer's name and class) has no white space but <c>' '</c>, and up to 64 characters are
    /// marked in one bit mask, sixteen at a time, so each run's end is a bit search rather than a test a character.
    /// </summary>
    private readonly ref struct SpaceFinder
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly bool _masked;
        private readonly ulong _spaces; // bit k: _text[k] is ' ' (when _masked)

        public SpaceFinder(ReadOnlySpan<char> text, bool printableAscii)
        {
            _text = text;
            _masked = printableAscii && text.Length <= 64;
            if (_masked) _spaces = SpaceMask(text);
        }

        /// <summary>The end of the run of white space (or of other characters) starting at <paramref name="from"/>.</summary>
        public int EndOfRun(int from, bool spaces)
        {
            if (from >= _text.Length) return _text.Length; // (a shift by 64 would shift by nothing)
            if (_masked)
            {
                ulong other = (spaces ? ~_spaces : _spaces) & (ulong.MaxValue << from);
                return other == 0 ? _text.Length : Math.Min(_text.Length, BitOperations.TrailingZeroCount(other));
            }
            int k = from;
            while (k < _text.Length && char.IsWhiteSpace(_text[k]) == spaces) k++;
            return k;
        }

        // Printable ASCII narrows to bytes unchanged, so sixteen characters compare at once.
        private static ulong SpaceMask(ReadOnlySpan<char> text)
        {
            ulong mask = 0;
            int i = 0;
            if (Vector128.IsHardwareAccelerated)
            {
                ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
                for (; i <= text.Length - 16; i += 16)
                {
                    var bytes = Vector128.Narrow(Vector128.LoadUnsafe(ref start, (nuint)i), Vector128.LoadUnsafe(ref start, (nuint)(i + 8)));
                    mask |= (ulong)Vector128.Equals(bytes, Vector128.Create((byte)' ')).ExtractMostSignificantBits() << i;
                }
            }
            for (; i < text.Length; i++)
                if (text[i] == ' ') mask |= 1UL << i;
            return mask;
        }
    }

    // A line of a wrapped paragraph without its trailing spaces, cut to width − 1 plus … when it is longer.
    private static void AddLine(ReadOnlySpan<char> paragraph, int offset, int start, int end, int width, List<CellLine> lines)
    {
        int length = paragraph[start..end].TrimEnd().Length;
        lines.Add(length <= width
            ? new CellLine(offset + start, length, false)
            : new CellLine(offset + start, Math.Max(0, width - 1), true));
    }

    /// <summary>Appends <paramref name="line"/> (at most <paramref name="width"/> long) padded to exactly <paramref name="width"/>.</summary>
    public static void AppendJustified(StringBuilder sb, string line, int width, CellJustify justify) =>
        AppendJustified(sb, line, ellipsis: false, width, justify);

    /// <summary>Appends <paramref name="text"/>, then <see cref="Ellipsis"/> when <paramref name="ellipsis"/> says so,
    /// padded to exactly <paramref name="width"/>.</summary>
    public static void AppendJustified(StringBuilder sb, ReadOnlySpan<char> text, bool ellipsis, int width, CellJustify justify)
    {
        int space = Space(text, ellipsis, width);
        int before = SpaceBefore(space, justify);
        sb.Append(' ', before).Append(text);
        if (ellipsis) sb.Append(Ellipsis);
        sb.Append(' ', space - before);
    }

    /// <summary>What <see cref="AppendJustified(StringBuilder, ReadOnlySpan{char}, bool, int, CellJustify)"/> appends,
    /// as UTF-8 (the text cleaned, as <see cref="Utf8Buffer.AppendText"/> cleans it).</summary>
    public static void AppendJustified(Utf8Buffer utf8, ReadOnlySpan<char> text, bool ellipsis, int width, CellJustify justify)
    {
        int space = Space(text, ellipsis, width);
        int before = SpaceBefore(space, justify);
        var room = utf8.Room(space + Utf8Buffer.MaxBytes(text.Length) + EllipsisUtf8.Length);
        room[..before].Fill((byte)' ');
        int n = before + Utf8Buffer.Encode(text, room[before..]);
        if (ellipsis)
        {
            EllipsisUtf8.CopyTo(room[n..]);
            n += EllipsisUtf8.Length;
        }
        room.Slice(n, space - before).Fill((byte)' ');
        utf8.Advance(n + space - before);
    }

    private static ReadOnlySpan<byte> EllipsisUtf8 => "…"u8;

    // The padding a justified line gets: what the width leaves.
    private static int Space(ReadOnlySpan<char> text, bool ellipsis, int width) =>
        Math.Max(0, width - text.Length - (ellipsis ? 1 : 0));

    /// <summary>The part of <paramref name="space"/>, the padding a line gets, that goes before its text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SpaceBefore(int space, CellJustify justify) => justify switch
    {
        CellJustify.Right => space,
        CellJustify.Center => space / 2,
        _ => 0,
    };
}
