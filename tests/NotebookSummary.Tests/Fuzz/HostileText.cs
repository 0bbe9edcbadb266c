using System.Globalization;
using System.Text;
using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Names an attacker or an accident could give a layer or a model. Each carries <see cref="Marker"/>, so a check can
/// tell user text from markup: the marker may only ever show up as text, never inside an element name, an attribute,
/// a comment or a stylesheet.
/// </summary>
internal static class HostileText
{
    public const string Marker = "nbsfuzz";

    private static readonly string[] Templates =
    [
        "<script>alert('{0}')</script>",
        "\"><img src=x onerror={0}>",
        "' onmouseover='{0}' x='",
        "\" class=\"{0}",
        "</text><{0}/>",
        "</style><{0} style=\"x\">",
        "]]><{0}/>",
        "<![CDATA[{0}]]>",
        "<!--{0}-->",
        "&{0}; &amp; &#0; &lt; &#x202E;",
        "<?xml {0}?>",
        "{0}\u001b[31mred\u001b[0m",
        "{0}\u001b]0;title\u0007",
        "{0}\0nul",
        "{0}\u0007bell\bback",
        "{0}\rcarriage",
        "{0}\ttab\vvt\fff",
        "\u202E{0}txt.exe",
        "\u2066{0}\u2069\u202A\u202B\u202C\u202D",
        "{0}\u0085nel\u009bcsi\u007fdel",
        "{0}\u2028line\u2029para",
        "{0}\nnewline",
        "|{0}|---|",
        "`{0}` *{0}* [x](javascript:{0})",
        "{{{{{0}}}}} ${{{0}}} %s%n%d",
        "\\{0}\\\"",
        "{0};}} body {{ display: none",
        "中文{0}ＡＢ",
        "{0}👩‍👩‍👧‍👦e\u0301\u0301\u0301",
        "ﷺ{0}\u0627\u0644",
        " {0} ",
        "{0}\ud83dhalf \udc00",
        "",
    ];

    /// <summary>A name made from one template; a long one repeats filler (wrapping and measuring stay linear).</summary>
    public static string Name(int template, int extraLength)
    {
        var name = string.Format(CultureInfo.InvariantCulture, Templates[template % Templates.Length], Marker);
        return extraLength <= 0 ? name : name + new string('w', extraLength);
    }

    /// <summary>
    /// A hostile name: mostly one template, sometimes very long (up to <paramref name="maxExtraLength"/> more
    /// characters).
    /// </summary>
    public static Gen<string> Gen(int maxExtraLength) =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, Templates.Length - 1], ExtraLength(maxExtraLength), Name);

    /// <summary>Mostly 0; one time in ten up to <paramref name="max"/>.</summary>
    public static Gen<int> ExtraLength(int max) => max <= 0
        ? CsCheck.Gen.Const(0)
        : CsCheck.Gen.Frequency((9, CsCheck.Gen.Const(0)), (1, CsCheck.Gen.Int[1, max]));

    /// <summary>A name as C# source for reports: a literal, its filler written <c>+ new string('w', n)</c>.</summary>
    public static string Code(string text)
    {
        int filler = text.Length - text.TrimEnd('w').Length;
        return filler > 20 ? CSharpLiteral(text[..^filler]) + $" + new string('w', {filler})" : CSharpLiteral(text);
    }

    /// <summary>Text for a failure message: invisible characters spelled out, runs of filler counted, at most
    /// <paramref name="max"/> characters.</summary>
    public static string Abbreviate(string text, int max = 2_000)
    {
        var visible = Filler.Replace(Visible(text), m => $"w…(×{m.Length})");
        return visible.Length <= max ? visible : visible[..max] + $"… ({visible.Length:N0} characters)";
    }

    private static readonly System.Text.RegularExpressions.Regex Filler = new("w{21,}");

    /// <summary>What a name becomes in UTF-8 output: each unpaired surrogate is U+FFFD.</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>A Python string literal that evaluates to <paramref name="text"/> (escapes where Python needs them).</summary>
    public static string PythonLiteral(string text)
    {
        var sb = new StringBuilder("\"");
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]); // a pair is one character; "\ud83d\udc69" would be two in Python
                continue;
            }
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A C# string literal for <paramref name="text"/>, invisible characters escaped.</summary>
    public static string CSharpLiteral(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (char.IsControl(c) || IsFormatting(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Text with control and invisible characters spelled out, for failure reports.</summary>
    public static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == '\n' || c == '\t' || (!char.IsControl(c) && !IsFormatting(c) && !char.IsSurrogate(c))) sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Bidirectional embeddings, overrides and isolates: they reorder what a reader sees.</summary>
    public static bool IsFormatting(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
