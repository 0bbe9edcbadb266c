using System.Globalization;
using System.Text;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Text safety and number formatting for SVG output. Every piece of user text (layer names, model names, error
/// messages) goes through <see cref="Escape"/>, so no input can close a tag, open an element or break the XML.
/// </summary>
internal static class SvgText
{
    /// <summary>Appends <paramref name="text"/> escaped for element content and attribute values.</summary>
    /// <remarks>Characters <see cref="DisplayText"/> rules out (controls, bidi overrides, lone surrogates,
    /// U+FFFE/U+FFFF) become U+FFFD: XML 1.0 forbids most of them, even escaped as character references, and the
    /// others must not act on the text around them.</remarks>
    public static void Escape(StringBuilder sb, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c) || DisplayText.IsUnsafeControl(c)) sb.Append(DisplayText.Replacement);
                    else sb.Append(c);
                    break;
            }
        }
    }

    /// <summary>Appends a coordinate rounded to 0.1, invariant culture, never <c>-0</c>.</summary>
    public static void Number(StringBuilder sb, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) value = 0;
        double r = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (r == 0) { sb.Append('0'); return; }
        sb.Append(r.ToString("0.#", CultureInfo.InvariantCulture));
    }
}
