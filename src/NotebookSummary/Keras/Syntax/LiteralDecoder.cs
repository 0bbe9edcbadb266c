using System.Globalization;
using System.Text;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

/// <summary>Computes the values of number and string literals from their source text.</summary>
internal static class LiteralDecoder
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> PlainFloat = System.Buffers.SearchValues.Create("0123456789.eE+-");
    private static readonly System.Buffers.SearchValues<char> FloatMarks = System.Buffers.SearchValues.Create(".eE");

    /// <summary>The parts of a string token: its prefix flags and where its content starts and ends.</summary>
    public readonly record struct StringToken(bool IsRaw, bool IsFormatted, bool IsBytes, int ContentStart, int ContentEnd);

    public static StringToken Split(string text, TextSpan span)
    {
        int p = span.Start;
        bool raw = false, formatted = false, bytes = false;
        while (text[p] is not ('"' or '\''))
        {
            switch (char.ToLowerInvariant(text[p]))
            {
                case 'r': raw = true; break;
                case 'f': formatted = true; break;
                case 'b': bytes = true; break;
            }
            p++;
        }
        char quote = text[p];
        int quoteLength = p + 2 < span.End && text[p + 1] == quote && text[p + 2] == quote && span.End - p >= 6 ? 3 : 1;
        return new StringToken(raw, formatted, bytes, p + quoteLength, span.End - quoteLength);
    }

    /// <summary>Applies Python's backslash escapes (unless raw).</summary>
    public static string Unescape(string text, int start, int end, bool raw)
    {
        if (raw || text.IndexOf('\\', start, end - start) < 0) return text[start..end];
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                sb.Append(c);
                continue;
            }
            char e = text[++i];
            switch (e)
            {
                case '\n': break;
                case '\r':
                    if (i + 1 < end && text[i + 1] == '\n') i++;
                    break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case 'x': i = AppendCode(sb, text, i, end, 2, e); break;
                case 'u': i = AppendCode(sb, text, i, end, 4, e); break;
                case 'U': i = AppendCode(sb, text, i, end, 8, e); break;
                case >= '0' and <= '7':
                {
                    int value = 0, n = 0;
                    while (n < 3 && i < end && text[i] is >= '0' and <= '7')
                    {
                        value = value * 8 + (text[i] - '0');
                        i++;
                        n++;
                    }
                    i--;
                    sb.Append((char)value);
                    break;
                }
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    // \xhh, \uhhhh, \Uhhhhhhhh: appends the character (or the escape as written if malformed); returns the last index used.
    private static int AppendCode(StringBuilder sb, string text, int at, int end, int digits, char letter)
    {
        if (at + digits < end + 0 && int.TryParse(text.AsSpan(at + 1, digits), NumberStyles.HexNumber,
                CultureInfo.InvariantCulture, out int code) && code is >= 0 and <= 0x10FFFF
            && (code < 0xD800 || code > 0xDFFF))
        {
            sb.Append(char.ConvertFromUtf32(code));
            return at + digits;
        }
        sb.Append('\\').Append(letter);
        return at;
    }

    /// <summary>A number literal's value: a 64-bit integer, a float, or the reason it has none.</summary>
    public static NumberExpr Number(string text, TextSpan span)
    {
        // The common literal, digits only: parsed in place.
        var digits = text.AsSpan(span.Start, span.Length);
        if (digits.Length <= 18 && !digits.ContainsAnyExcept(Digits))
            return new NumberExpr(span, long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), null, null);
        // A plain float (0.5, 1e-3): parsed in place too, as the general path below would read it.
        if (digits.IndexOfAny(FloatMarks) >= 0 && !digits.ContainsAnyExcept(PlainFloat)
            && !(digits.Length > 2 && digits[0] == '0' && char.IsAsciiLetter(digits[1])))
            return new NumberExpr(span, null,
                double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double plain) ? plain : double.PositiveInfinity, null);
        string s = text.Substring(span.Start, span.Length).Replace("_", "");
        if (s.EndsWith('j') || s.EndsWith('J'))
            return new NumberExpr(span, null, null, "complex numbers are not supported");
        if (s.Length > 2 && s[0] == '0' && char.IsAsciiLetter(s[1]))
        {
            int radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            ulong value = 0;
            foreach (char c in s.AsSpan(2))
            {
                int digit = char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
                if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix) return TooLarge(span);
                value = value * (ulong)radix + (ulong)digit;
            }
            return value > long.MaxValue ? TooLarge(span) : new NumberExpr(span, (long)value, null, null);
        }
        if (s.Contains('.') || s.Contains('e') || s.Contains('E'))
        {
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
                ? new NumberExpr(span, null, d, null)
                : new NumberExpr(span, null, double.PositiveInfinity, null);
        }
        return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long l)
            ? new NumberExpr(span, l, null, null)
            : TooLarge(span);
    }

    private static NumberExpr TooLarge(TextSpan span) =>
        new(span, null, null, "integer too large: the reader computes with 64-bit integers (up to 9223372036854775807)");
}
