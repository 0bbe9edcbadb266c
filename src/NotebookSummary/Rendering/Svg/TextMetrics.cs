using System.Text;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Estimates how wide text renders in a sans-serif font, so the layout can reserve room for labels without a font
/// engine. Widths are Helvetica/Arial advance widths rounded into a few classes; the estimate errs slightly wide so
/// neighbouring labels do not touch.
/// </summary>
internal static class TextMetrics
{
    /// <summary>Estimated width of <paramref name="text"/> at <paramref name="fontSize"/>.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        double em = 0;
        foreach (char c in text) em += Advance(c);
        return em * fontSize * (bold ? 1.07 : 1.0);
    }

    private static double Advance(char c) => c switch
    {
        ' ' => 0.28,
        'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.25,
        'f' or 't' or 'r' or 'I' or '(' or ')' or '[' or ']' or '/' or '-' => 0.36,
        'm' or 'w' => 0.84,
        'M' or 'W' => 0.88,
        >= '0' and <= '9' => 0.56,
        >= 'a' and <= 'z' => 0.53,
        >= 'A' and <= 'Z' => 0.68,
        '×' or '+' or '=' or '<' or '>' => 0.59,
        '_' => 0.56,
        _ => c > 0x2E80 ? 1.0 : 0.62, // CJK and other wide scripts take a full em
    };

    /// <summary>The text, cut with "…" so it fits <paramref name="maxWidth"/>.</summary>
    public static string Truncate(string text, double fontSize, double maxWidth, bool bold = false)
    {
        if (Width(text, fontSize, bold) <= maxWidth) return text;
        double limit = maxWidth - Width("…", fontSize, bold);
        double w = 0;
        int n = 0;
        while (n < text.Length)
        {
            double a = Advance(text[n]) * fontSize * (bold ? 1.07 : 1.0);
            if (w + a > limit) break;
            w += a;
            n++;
        }
        if (n > 0 && char.IsHighSurrogate(text[n - 1])) n--; // never split a surrogate pair
        return text[..n] + "…";
    }

    /// <summary>Greedy word wrap to lines no wider than <paramref name="maxWidth"/>; over-long words are split.</summary>
    /// <remarks>Linear in the text: every character is measured a bounded number of times and copied once into its
    /// line, however long a word is (cutting a word by truncating and re-measuring its rest was quadratic).</remarks>
    public static List<string> Wrap(string text, double fontSize, double maxWidth)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double lineWidth = 0, space = Width(" ", fontSize);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0;
            double w = Width(word, fontSize);
            if (w > maxWidth)
            {
                // A word longer than a line: flush, then cut it to line-sized pieces.
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); lineWidth = 0; }
                start = CutLongWord(word, fontSize, maxWidth, lines, out w);
            }
            if (start == word.Length) continue;
            if (line.Length > 0 && lineWidth + space + w > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            if (line.Length > 0) { line.Append(' '); lineWidth += space; }
            line.Append(word.AsSpan(start));
            lineWidth += w;
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// Adds pieces of <paramref name="word"/> to <paramref name="lines"/> while the rest is wider than a line, each
    /// as much as fits before an ellipsis would (the cut a truncated label makes, without the ellipsis: the word
    /// goes on); returns where the rest starts, with its width.
    /// </summary>
    private static int CutLongWord(string word, double fontSize, double maxWidth, List<string> lines, out double restWidth)
    {
        // The width of every rest of the word, summed once from its end: the rest is never measured again.
        var rest = new double[word.Length + 1];
        for (int i = word.Length - 1; i >= 0; i--) rest[i] = rest[i + 1] + Advance(word[i]) * fontSize;
        double limit = maxWidth - Width("…", fontSize);
        int start = 0;
        while (start < word.Length && rest[start] > maxWidth)
        {
            int end = start;
            double taken = 0;
            while (end < word.Length && taken + Advance(word[end]) * fontSize <= limit)
            {
                taken += Advance(word[end]) * fontSize;
                end++;
            }
            if (end > start && char.IsHighSurrogate(word[end - 1])) end--; // never split a surrogate pair
            if (end == start) end = Math.Min(word.Length, start + (char.IsHighSurrogate(word[start]) ? 2 : 1));
            lines.Add(word[start..end]);
            start = end;
        }
        restWidth = rest[start];
        return start;
    }
}
