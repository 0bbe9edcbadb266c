using System.Text;

namespace NotebookSummary.Rendering;

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
    public static List<string> Wrap(string text, double fontSize, double maxWidth)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double lineWidth = 0, space = Width(" ", fontSize);
        foreach (var rawWord in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string word = rawWord;
            double w = Width(word, fontSize);
            while (w > maxWidth)
            {
                // A word longer than a line: flush, then cut it to line-sized pieces.
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); lineWidth = 0; }
                string head = Truncate(word, fontSize, maxWidth);
                head = head[..^1]; // drop the ellipsis: the rest follows on the next line
                if (head.Length == 0) head = char.IsHighSurrogate(word[0]) && word.Length > 1 ? word[..2] : word[..1];
                lines.Add(head);
                word = word[head.Length..];
                w = Width(word, fontSize);
            }
            if (word.Length == 0) continue;
            if (line.Length > 0 && lineWidth + space + w > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            if (line.Length > 0) { line.Append(' '); lineWidth += space; }
            line.Append(word);
            lineWidth += w;
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }
}
