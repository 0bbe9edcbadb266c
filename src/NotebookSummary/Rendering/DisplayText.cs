using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NotebookSummary.Rendering;

/// <summary>
/// The one rule for characters of user text (layer and model names, activations, messages that quote them) that no
/// output may carry as they are, because they act instead of showing: C0 controls but tab and line feed (ESC starts
/// terminal escape sequences that recolour or rewrite the screen, CR overwrites a line, BEL rings, NUL ends strings),
/// DEL and the C1 controls (U+009B is a one-character escape on some terminals), the bidirectional overrides and
/// isolates U+202A–U+202E and U+2066–U+2069 (they reorder what is shown, "Trojan Source"), the line and paragraph
/// separators U+2028/U+2029, the non-characters U+FFFE/U+FFFF and unpaired surrogates (invalid in XML and UTF-8).
/// Text formats, HTML and SVG show such a character as U+FFFD; JSON keeps the exact name and writes it as an
/// escape (<c>\u001B</c>), which shows nothing raw either. Ordinary names are returned as they are, the same string.
/// </summary>
internal static class DisplayText
{
    /// <summary>What an unsafe character is shown as: U+FFFD, the replacement character.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>True for a character the rule replaces, other than a surrogate (whether a surrogate is unsafe depends
    /// on its neighbour: see <see cref="Clean"/>).</summary>
    public static bool IsUnsafeControl(char c) => c switch
    {
        '\t' or '\n' => false,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' => true,
        _ => false,
    };

    /// <summary><paramref name="text"/> with every unsafe character replaced by U+FFFD; the same string when it has none.</summary>
    public static string Clean(string text)
    {
        int first = IndexOfUnsafe(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text.AsSpan(0, first));
        AppendClean(sb, text.AsSpan(first));
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> with every unsafe character replaced by U+FFFD.</summary>
    public static StringBuilder AppendClean(StringBuilder sb, ReadOnlySpan<char> text)
    {
        while (true)
        {
            int i = IndexOfUnsafe(text);
            if (i < 0) return sb.Append(text);
            sb.Append(text[..i]).Append(Replacement);
            text = text[(i + 1)..];
        }
    }

    /// <summary>The index of the first unsafe character (a paired surrogate is safe), or −1.</summary>
    /// <remarks>
    /// Outputs run to megabytes (JSON of a 10,000-layer model), and this scans all of them — the text tables'
    /// borders (─, │) and walk-throughs' signs (·, →, ⌊) included, which are not ASCII but safe. So the scan tests eight
    /// characters at a time against the rule's ranges (<see cref="Suspects"/>: the unsafe characters and every
    /// surrogate) and looks at a character alone only where the rule may apply; a surrogate is unsafe unless paired.
    /// </remarks>
    public static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (true)
        {
            int next = IndexOfSuspect(text[i..]);
            if (next < 0) return -1;
            i += next;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2; // a pair: an emoji or another character beyond U+FFFF
                continue;
            }
            return i;
        }
    }

    /// <summary>True for an unsafe character or a surrogate (paired or not).</summary>
    private static bool IsSuspect(char c) => IsUnsafeControl(c) || char.IsSurrogate(c);

    private static int IndexOfSuspect(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            // Most text is printable ASCII, which two signed comparisons tell, 32 characters a turn; a turn with
            // anything else is read again below against the rule's ranges.
            for (; i <= text.Length - 4 * Vector128<ushort>.Count; i += 4 * Vector128<ushort>.Count)
            {
                var plain = Plain(Vector128.LoadUnsafe(ref start, (nuint)i)) & Plain(Vector128.LoadUnsafe(ref start, (nuint)(i + 8)))
                    & Plain(Vector128.LoadUnsafe(ref start, (nuint)(i + 16))) & Plain(Vector128.LoadUnsafe(ref start, (nuint)(i + 24)));
                if (plain != Vector128<short>.AllBitsSet) break;
            }
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                uint found = Suspects(Vector128.LoadUnsafe(ref start, (nuint)i)).ExtractMostSignificantBits();
                if (found != 0) return i + BitOperations.TrailingZeroCount(found);
            }
        }
        for (; i < text.Length; i++)
            if (IsSuspect(text[i])) return i;
        return -1;
    }

    /// <summary>All bits set in the lanes of <paramref name="c"/> that hold printable ASCII, a tab or a line feed
    /// (never suspect): as signed numbers, every character from U+8000 up is negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // four a turn: as calls, they cost more than their tests
    private static Vector128<short> Plain(Vector128<ushort> c)
    {
        var s = c.AsInt16();
        return (Vector128.GreaterThan(s, Vector128.Create((short)0x1F)) & Vector128.LessThan(s, Vector128.Create((short)0x7F)))
            | Vector128.Equals(s, Vector128.Create((short)'\t')) | Vector128.Equals(s, Vector128.Create((short)'\n'));
    }

    /// <summary>All bits set in the lanes of <paramref name="c"/> where <see cref="IsSuspect"/> holds. A range test
    /// is one unsigned comparison: <c>c − low &lt; length</c> wraps around below <c>low</c>.</summary>
    private static Vector128<ushort> Suspects(Vector128<ushort> c)
    {
        static Vector128<ushort> InRange(Vector128<ushort> c, ushort low, ushort high) =>
            Vector128.LessThan(c - Vector128.Create(low), Vector128.Create((ushort)(high - low + 1)));
        var c0 = Vector128.LessThan(c, Vector128.Create((ushort)0x20))
            & ~Vector128.Equals(c, Vector128.Create((ushort)'\t')) & ~Vector128.Equals(c, Vector128.Create((ushort)'\n'));
        return c0
            | InRange(c, 0x7F, 0x9F)
            | InRange(c, 0x2028, 0x202E) // the line and paragraph separators and the bidi overrides
            | InRange(c, 0x2066, 0x2069)
            | InRange(c, 0xD800, 0xDFFF)
            | Vector128.GreaterThanOrEqual(c, Vector128.Create((ushort)0xFFFE));
    }
}
