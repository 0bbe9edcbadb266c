using System.Text;

namespace NotebookSummary.Rendering.Markdown;

/// <summary>Makes user text (layer and model names, error messages) print literally in GitHub-flavoured Markdown.</summary>
internal static class MarkdownText
{
    // Characters that open inline constructs (emphasis, code, links, HTML, entities, strikethrough, math) or end a
    // table cell. Block markers (#, -, +, 1.) cannot start a line where this text is placed, so they stay as they are.
    private const string Significant = "\\`*_[]<>|&~$";

    /// <summary>Backslash-escapes Markdown-significant characters; line breaks become spaces (a table row is one line).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Significant.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
