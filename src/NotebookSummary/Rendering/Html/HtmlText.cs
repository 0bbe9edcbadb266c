using System.Text;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Escaping of user text (layer and model names, activations, messages) for HTML text and quoted attribute values.
/// Every string that did not come from this renderer goes through here, so no input can open a tag, close the
/// style block or break out of an attribute — nor carry a control character (NUL, ESC) or bidi override into the
/// page: those show as U+FFFD (<see cref="DisplayText"/>).
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special =
        System.Buffers.SearchValues.Create("&<>\"'");

    // Printable ASCII that is neither special in HTML nor unsafe (DisplayText): a text of only these is written as it
    // is, after one scan — most names are — where cleaning and escaping would each scan it.
    private static readonly System.Buffers.SearchValues<char> Unchanged = System.Buffers.SearchValues.Create(
        " !#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Appends <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped (safe in text and in quoted attributes).</summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text)) return sb;
        if (text.AsSpan().IndexOfAnyExcept(Unchanged) < 0) return sb.Append(text);
        var span = DisplayText.Clean(text).AsSpan();
        while (true)
        {
            int i = span.IndexOfAny(Special);
            if (i < 0) return sb.Append(span);
            sb.Append(span[..i]);
            sb.Append(span[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            span = span[(i + 1)..];
        }
    }

    /// <summary>
    /// Appends a name escaped, with a line-break opportunity (<c>&lt;wbr&gt;</c>) after each <c>_ . / -</c>, so a long
    /// name such as <c>over_three_classes</c> wraps between its words; the stylesheet breaks inside a word only when
    /// one word alone is wider than its cell.
    /// </summary>
    public static StringBuilder AppendBreakable(this StringBuilder sb, string? name)
    {
        if (string.IsNullOrEmpty(name)) return sb;
        int start = 0;
        for (int i = 0; i < name.Length - 1; i++)
            if (name[i] is '_' or '.' or '/' or '-')
            {
                sb.AppendEscaped(name[start..(i + 1)]).Append("<wbr>");
                start = i + 1;
            }
        return sb.AppendEscaped(name[start..]);
    }

    /// <summary><paramref name="text"/> escaped, as a string.</summary>
    public static string Escape(string? text) => new StringBuilder().AppendEscaped(text).ToString();
}
