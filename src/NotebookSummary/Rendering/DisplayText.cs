using System.Buffers;
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
public static class DisplayText
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

    // SearchValues, not IndexOfAnyExceptInRange(' ', '~'): that generic method, until the JIT optimizes it, boxes its
    // bounds on every call — one call per non-ASCII character (a table's borders), 80 bytes each, a profile showed.
    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create(string.Create('~' - ' ' + 1, 0, static (span, _) => { for (int i = 0; i < span.Length; i++) span[i] = (char)(' ' + i); }));

    /// <summary>The index of the first unsafe character (a paired surrogate is safe), or −1.</summary>
    /// <remarks>
    /// Outputs run to megabytes (JSON of a 10,000-layer model), and this scans all of them: printable ASCII is skipped
    /// with one vectorized search, and only the characters outside it — few, but not rare (·, →, ⌊ in walk-throughs)
    /// — are looked at one by one.
    /// </remarks>
    public static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (true)
        {
            int next = text[i..].IndexOfAnyExcept(PrintableAscii);
            if (next < 0) return -1;
            i += next;
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i += 2; // a pair: an emoji or another character beyond U+FFFF
                    continue;
                }
                return i;
            }
            if (IsUnsafeControl(c)) return i;
            i++;
        }
    }
}
