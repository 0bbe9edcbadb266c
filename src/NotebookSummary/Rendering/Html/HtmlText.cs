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

    /// <summary>Appends <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped (safe in text and in quoted attributes).</summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text)) return sb;
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

    /// <summary><paramref name="text"/> escaped, as a string.</summary>
    public static string Escape(string? text) => new StringBuilder().AppendEscaped(text).ToString();
}
