using System.Buffers;
using System.Text;

namespace NotebookSummary.Rendering.Markdown;

/// <summary>Makes user text (layer and model names, error messages) print literally in GitHub-flavoured Markdown.</summary>
internal static class MarkdownText
{
    // Characters that open inline constructs (emphasis, code, links, HTML, entities, strikethrough, math) or end a
    // table cell. Block markers (#, -, +, 1.) cannot start a line where this text is placed, so they stay as they are.
    private const string Significant = "\\`*_[]<>|&~$";

    // What Escape changes: the significant characters and the line breaks (those ReplaceLineEndings knows).
    private static readonly SearchValues<char> Changed = SearchValues.Create(Significant + "\r\n\f\u0085\u2028\u2029");

    /// <summary>Backslash-escapes Markdown-significant characters; line breaks (<c>\r\n</c> as one) become spaces (a
    /// table row is one line).</summary>
    public static string Escape(string text) => new StringBuilder(text.Length + 8).AppendMarkdown(text).ToString();

    // Which ASCII characters Escape changes, looked up a character at a time: a name is short, and has an
    // underscore every few characters, so one pass beats a search started again after each.
    private static readonly bool[] ChangedAscii = Enumerable.Range(0, 128).Select(c => Changed.Contains((char)c)).ToArray();

    /// <summary>Appends <paramref name="text"/> escaped as <see cref="Escape"/> does, without a string of its own
    /// (nearly every layer name has an underscore to escape).</summary>
    public static StringBuilder AppendMarkdown(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128 ? !ChangedAscii[c] : !Changed.Contains(c)) continue;
            sb.Append(text[start..i]);
            if (Significant.Contains(c)) sb.Append('\\').Append(c);
            else
            {
                sb.Append(' ');
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            start = i + 1;
        }
        return sb.Append(text[start..]);
    }
}
