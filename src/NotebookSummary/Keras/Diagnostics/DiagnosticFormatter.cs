using System.Text;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Diagnostics;

/// <summary>
/// Renders diagnostics for people: the compiler-style header <c>file:4:11: error: message</c> and the source line
/// with a caret under the span. Tabs in the line are kept in the caret line so the caret stays aligned; wide
/// (East Asian) characters count two columns; control characters print as <c>?</c>; very long lines are cut
/// around the span.
/// </summary>
public static class DiagnosticFormatter
{
    private const int MaxExcerptWidth = 120;

    /// <summary>
    /// The header and the excerpt, e.g.
    /// <code>
    /// model.py:4:11: error: unknown layer 'Conv2d' — did you mean 'Conv2D'?
    ///     4 | model.add(Conv2d(32, 3))
    ///       |           ^^^^^^
    /// </code>
    /// </summary>
    public static string Format(Diagnostic diagnostic, string source, string? fileName = null)
    {
        var header = $"{fileName ?? "<source>"}:{diagnostic.Line}:{diagnostic.Column}: {SeverityText(diagnostic.Severity)}: {diagnostic.Message}";
        return header + "\n" + Render(diagnostic, source);
    }

    /// <summary>The source line of the diagnostic with a caret under its span, then the hint if any.</summary>
    public static string Render(Diagnostic diagnostic, string source) =>
        Render(diagnostic, new SourceText(source ?? ""));

    /// <summary>The source line of the diagnostic with a caret under its span, then the hint if any.</summary>
    internal static string Render(Diagnostic diagnostic, SourceText source)
    {
        string line = source.Line(diagnostic.Line);
        int start = Math.Clamp(diagnostic.Column - 1, 0, line.Length);
        int end = Math.Clamp(start + Math.Max(1, diagnostic.Length), start, line.Length);

        // Cut a window around the span out of a very long line.
        int windowStart = 0, windowEnd = line.Length;
        if (line.Length > MaxExcerptWidth)
        {
            windowStart = Math.Max(0, start - MaxExcerptWidth / 3);
            windowEnd = Math.Min(line.Length, windowStart + MaxExcerptWidth);
            if (end > windowEnd) end = windowEnd;
        }

        var shown = new StringBuilder();
        var caret = new StringBuilder();
        if (windowStart > 0)
        {
            shown.Append('…');
            caret.Append(' ');
        }
        for (int i = windowStart; i < windowEnd; i++)
        {
            char c = line[i];
            int width = Width(c);
            shown.Append(c == '\t' ? '\t' : char.IsControl(c) ? '?' : c);
            if (i < start) caret.Append(c == '\t' ? "\t" : new string(' ', width));
            else if (i < end) caret.Append('^', width);
        }
        if (windowEnd < line.Length) shown.Append('…');
        if (end <= start) caret.Append('^'); // a span at the end of the line

        string number = diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length);
        var sb = new StringBuilder();
        sb.Append(' ').Append(number).Append(" | ").Append(shown).Append('\n');
        sb.Append(' ').Append(gutter).Append(" | ").Append(caret.ToString().TrimEnd(' ')).Append('\n');
        if (diagnostic.Hint is { } hint)
            sb.Append(' ').Append(gutter).Append(" = hint: ").Append(hint).Append('\n');
        return sb.ToString();
    }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    internal static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    // Terminal columns of a character: two for East Asian wide and full-width forms, none for the second half
    // of a surrogate pair (the pair counts two, for emoji).
    private static int Width(char c)
    {
        if (char.IsLowSurrogate(c)) return 0;
        if (char.IsHighSurrogate(c)) return 2;
        return c switch
        {
            >= '\u1100' and <= '\u115F' => 2,
            >= '\u2E80' and <= '\uA4CF' => 2,
            >= '\uAC00' and <= '\uD7A3' => 2,
            >= '\uF900' and <= '\uFAFF' => 2,
            >= '\uFE30' and <= '\uFE4F' => 2,
            >= '\uFF00' and <= '\uFF60' => 2,
            >= '\uFFE0' and <= '\uFFE6' => 2,
            _ => 1,
        };
    }
}
