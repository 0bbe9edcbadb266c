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

    /// <summary>Appends <paramref name="text"/> escaped as <see cref="Escape"/> does, without a string of its own
    /// (nearly every layer name has an underscore to escape).</summary>
    public static StringBuilder AppendMarkdown(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        while (true)
        {
            int i = text.IndexOfAny(Changed);
            if (i < 0) return sb.Append(text);
            sb.Append(text[..i]);
            char c = text[i];
            if (Significant.Contains(c))
            {
                sb.Append('\\').Append(c);
                i++;
            }
            else
            {
                sb.Append(' ');
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            text = text[i..];
        }
    }
}
