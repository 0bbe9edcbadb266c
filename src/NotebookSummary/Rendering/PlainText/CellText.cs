namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// Measuring, kept apart from drawing: turns a cell's text and a content width into the lines it shows, and justifies
/// one line. Widths count UTF-16 characters (Keras's cell texts are ASCII, plus the ellipsis).
/// </summary>
internal static class CellText
{
    /// <summary>The ellipsis rich appends to a word it had to cut.</summary>
    public const char Ellipsis = '…';

    /// <summary>The lines <paramref name="text"/> occupies in a column <paramref name="width"/> wide (each at most that long, unjustified).</summary>
    public static IReadOnlyList<string> Fit(string text, int width, CellFit fit) => fit switch
    {
        CellFit.Cut => text.Contains('\n') ? [.. text.Split('\n').Select(line => Cut(line, width))] : [Cut(text, width)],
        _ => Wrap(text, width),
    };

    /// <summary>True when <see cref="Fit"/> would return <paramref name="text"/> itself as the only line.</summary>
    public static bool FitsAsItIs(string text, int width, CellFit fit) =>
        text.Length <= width && !text.Contains('\n') && (fit == CellFit.Cut || text.Length == 0 || !char.IsWhiteSpace(text[^1]));

    private static string Cut(string line, int width) => line.Length > width ? line[..width] : line;

    /// <summary>
    /// rich's wrapping with <c>overflow="ellipsis"</c>. Each line of the text (split at <c>\n</c>) is cut into words
    /// (a run of spaces, non-spaces, spaces: leading spaces belong to the first word). Words fill a line greedily: a
    /// word joins the line if it fits without its trailing spaces. A word that fits on no line starts its own line
    /// and is cut to <c>width − 1</c> characters plus <c>…</c> — nothing folds onto the next line. Trailing spaces
    /// are dropped.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        // Most cells fit on one line as they are (no line break, no trailing space to drop): nothing to divide.
        if (FitsAsItIs(text, width, CellFit.WrapWithEllipsis)) return [text];
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var breaks = BreakPositions(paragraph, width);
            int start = 0;
            foreach (var end in breaks.Append(paragraph.Length))
            {
                lines.Add(Truncate(paragraph[start..end].TrimEnd(), width));
                start = end;
            }
        }
        return lines;
    }

    // Offsets at which a new line starts (rich's divide_line without folding).
    private static List<int> BreakPositions(string text, int width)
    {
        var breaks = new List<int>();
        int offset = 0; // characters on the current line, trailing spaces included
        foreach (var (start, word) in Words(text))
        {
            int length = word.TrimEnd().Length;
            if (width - offset >= length)
            {
                offset += word.Length;
            }
            else if (length > width)
            {
                // Too long for any line: it gets a line of its own and is cut later.
                if (start > 0) breaks.Add(start);
                offset = word.Length;
            }
            else if (offset > 0 && start > 0)
            {
                breaks.Add(start);
                offset = word.Length;
            }
        }
        return breaks;
    }

    // rich's words: matches of \s*\S+\s* from the start, with their offsets.
    private static IEnumerable<(int Start, string Word)> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) yield break; // only spaces left: no further word
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            yield return (start, text[start..i]);
        }
    }

    private static string Truncate(string line, int width) =>
        line.Length <= width ? line : line[..Math.Max(0, width - 1)] + Ellipsis;

    /// <summary>Appends <paramref name="line"/> (at most <paramref name="width"/> long) padded to exactly <paramref name="width"/>.</summary>
    public static void AppendJustified(System.Text.StringBuilder sb, string line, int width, CellJustify justify)
    {
        int space = Math.Max(0, width - line.Length);
        int before = justify switch
        {
            CellJustify.Right => space,
            CellJustify.Center => space / 2,
            _ => 0,
        };
        sb.Append(' ', before).Append(line).Append(' ', space - before);
    }
}
