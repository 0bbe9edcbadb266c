using System.Globalization;
using System.Text;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// The common part of Python's string formatting: format specs (<c>{x:5.2f}</c>, <c>format(x, ',')</c>),
/// <c>str.format</c> and <c>%</c>. Returns null for anything it does not handle, and the caller treats the text
/// as unknown (harmless unless it becomes a layer name). A padded text is a string like any other: its width is
/// charged to the run's work budget, so a width past the string limit stops the run there and says so.
/// </summary>
internal static class PyFormat
{
    /// <summary>Formats a value with a format spec (the part after ':' in a replacement field).</summary>
    public static string? Apply(PyValue value, string spec, WorkBudget budget, TextSpan at)
    {
        if (spec.Length == 0) return PyOps.Str(value);
        if (spec.Contains('{')) return null;
        int i = 0;
        char fill = ' ', align = '\0', sign = '-';
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            fill = spec[0];
            align = spec[1];
            i = 2;
        }
        else if (spec[0] is '<' or '>' or '^' or '=')
        {
            align = spec[0];
            i = 1;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        if (i < spec.Length && spec[i] == '#') i++;
        if (i < spec.Length && spec[i] == '0')
        {
            if (align == '\0')
            {
                fill = '0';
                align = '=';
            }
            i++;
        }
        long width = 0;
        for (; i < spec.Length && char.IsAsciiDigit(spec[i]); i++)
            if (width < 100_000_000_000_000_000) width = width * 10 + (spec[i] - '0');
        char grouping = '\0';
        if (i < spec.Length && spec[i] is ',' or '_') grouping = spec[i++];
        int? precision = null;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            int p = 0;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]) && p < 100) p = p * 10 + (spec[i++] - '0');
            precision = p;
        }
        char type = i < spec.Length ? spec[i++] : '\0';
        if (i != spec.Length) return null;

        string? body;
        bool numeric = PyOps.IsNumber(value);
        if (value is PyStr s)
        {
            if (type is not ('\0' or 's')) return null;
            body = precision is { } p ? s.Value[..Math.Min(p, s.Value.Length)] : s.Value;
            if (align == '\0') align = '<';
        }
        else if (numeric)
        {
            body = FormatNumber(value, type, precision, grouping);
            if (body is null) return null;
            if (sign == '+' && !body.StartsWith('-')) body = "+" + body;
            else if (sign == ' ' && !body.StartsWith('-')) body = " " + body;
            if (align == '\0') align = '>';
        }
        else
        {
            if (type != '\0' || precision is not null) return null;
            body = PyOps.Str(value);
            if (align == '\0') align = '<';
        }
        if (body.Length >= width) return body;
        budget.Collection(width, at);
        int pad = (int)width - body.Length;
        return align switch
        {
            '<' => body + new string(fill, pad),
            '^' => new string(fill, pad / 2) + body + new string(fill, pad - pad / 2),
            '=' when body.Length > 0 && body[0] is '-' or '+' or ' ' => body[0] + new string(fill, pad) + body[1..],
            _ => new string(fill, pad) + body,
        };
    }

    private static string? FormatNumber(PyValue value, char type, int? precision, char grouping)
    {
        var inv = CultureInfo.InvariantCulture;
        if (type is '\0' && precision is null)
        {
            string text = PyOps.Str(value is PyBool b ? PyInt.Of(b.Value ? 1 : 0) : value);
            if (grouping != '\0' && PyOps.AsLong(value) is { } whole)
                text = Group(whole.ToString(inv), grouping);
            return text;
        }
        if (type is 'd' or 'n')
        {
            if (PyOps.AsLong(value) is not { } n) return null;
            string t = n.ToString(inv);
            return grouping != '\0' ? Group(t, grouping) : t;
        }
        if (type is 'x' or 'X' or 'o' or 'b')
        {
            if (PyOps.AsLong(value) is not { } n || n < 0) return null;
            return type switch
            {
                'x' => n.ToString("x", inv),
                'X' => n.ToString("X", inv),
                'o' => Convert.ToString(n, 8),
                _ => Convert.ToString(n, 2),
            };
        }
        double d = PyOps.AsDouble(value)!.Value;
        if (!double.IsFinite(d)) return PyOps.FloatRepr(d);
        int digits = precision ?? 6;
        switch (type)
        {
            case 'f' or 'F' or '\0':
            {
                if (type == '\0') return FormatGeneral(d, digits == 0 ? 1 : digits, keepPoint: true);
                string t = d.ToString("F" + digits, inv);
                return grouping != '\0' ? GroupFixed(t, grouping) : t;
            }
            case '%':
                return (d * 100).ToString("F" + digits, inv) + "%";
            case 'e' or 'E':
            {
                string t = d.ToString((type == 'e' ? "e" : "E") + digits, inv);
                // .NET writes three exponent digits (1.5e+003); Python two.
                int e = t.IndexOfAny(['e', 'E']);
                if (e < 0) return t;
                string exp = t[(e + 2)..].TrimStart('0');
                return t[..(e + 2)] + exp.PadLeft(2, '0');
            }
            case 'g' or 'G':
                return FormatGeneral(d, digits == 0 ? 1 : digits, keepPoint: false);
        }
        return null;
    }

    private static string FormatGeneral(double d, int significant, bool keepPoint)
    {
        if (d == 0) return keepPoint ? "0.0" : "0";
        int exp = (int)Math.Floor(Math.Log10(Math.Abs(d)));
        if (exp < -4 || exp >= significant)
        {
            string t = d.ToString("e" + (significant - 1), CultureInfo.InvariantCulture);
            int e = t.IndexOf('e');
            string mant = t[..e];
            if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            string ex = t[(e + 2)..].TrimStart('0');
            return mant + "e" + t[e + 1] + ex.PadLeft(2, '0');
        }
        string f = d.ToString("F" + Math.Max(0, significant - 1 - exp), CultureInfo.InvariantCulture);
        if (f.Contains('.')) f = f.TrimEnd('0').TrimEnd('.');
        if (keepPoint && !f.Contains('.')) f += ".0";
        return f;
    }

    private static string Group(string digits, char separator)
    {
        bool negative = digits.StartsWith('-');
        string body = negative ? digits[1..] : digits;
        var sb = new StringBuilder();
        for (int i = 0; i < body.Length; i++)
        {
            if (i > 0 && (body.Length - i) % 3 == 0) sb.Append(separator);
            sb.Append(body[i]);
        }
        return (negative ? "-" : "") + sb;
    }

    private static string GroupFixed(string text, char separator)
    {
        int dot = text.IndexOf('.');
        return dot < 0 ? Group(text, separator) : Group(text[..dot], separator) + text[dot..];
    }

    /// <summary>Python's <c>'%d items' % n</c> for the common conversions (d i s r f e g x %).</summary>
    public static string? Percent(string format, PyValue arguments, WorkBudget budget, TextSpan at)
    {
        var args = arguments is PyTuple t ? t.Items : [arguments];
        var sb = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (++i >= format.Length) return null;
            if (format[i] == '%')
            {
                sb.Append('%');
                continue;
            }
            int start = i;
            while (i < format.Length && (format[i] is '-' or '+' or ' ' or '0' or '.' || char.IsAsciiDigit(format[i]))) i++;
            if (i >= format.Length) return null;
            string flags = format[start..i];
            char conversion = format[i];
            if (next >= args.Length) return null;
            var value = args[next++];
            string? piece = conversion switch
            {
                's' => PyOps.Str(value),
                'r' => PyOps.Repr(value),
                'd' or 'i' or 'u' => PyOps.AsDouble(value) is { } v ? ((long)Math.Truncate(v)).ToString(CultureInfo.InvariantCulture) : null,
                'f' or 'F' or 'e' or 'E' or 'g' or 'G' or 'x' or 'X' or 'o' => PyOps.IsNumber(value) ? Apply(value, PercentSpec(flags, conversion), budget, at) : null,
                _ => null,
            };
            if (piece is null) return null;
            if (flags.Length > 0 && conversion is 's' or 'r' or 'd' or 'i' or 'u')
            {
                bool left = flags.Contains('-');
                bool zero = conversion is not ('s' or 'r') && flags.TrimStart('-', '+', ' ').StartsWith('0');
                string widthText = new(flags.TrimStart('-', '+', ' ', '0').TakeWhile(char.IsAsciiDigit).ToArray());
                if (widthText.Length > 0) piece = Apply(new PyStr(piece), (left ? "<" : zero ? "0>" : ">") + widthText, budget, at);
                if (piece is null) return null;
            }
            sb.Append(piece);
        }
        return next == args.Length ? sb.ToString() : null;
    }

    private static string PercentSpec(string flags, char conversion)
    {
        string align = flags.Contains('-') ? "<" : "";
        string zero = flags.StartsWith('0') ? "0" : "";
        string rest = flags.TrimStart('-', '+', ' ', '0');
        return align + zero + rest + conversion;
    }

    /// <summary>Python's <c>str.format</c> with automatic, numbered and named fields and format specs.</summary>
    public static string? Format(string format, IReadOnlyList<PyValue> positional, IReadOnlyDictionary<string, PyValue> named,
        WorkBudget budget, TextSpan at)
    {
        var sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '{')
            {
                if (i + 1 < format.Length && format[i + 1] == '{')
                {
                    sb.Append('{');
                    i++;
                    continue;
                }
                int close = format.IndexOf('}', i);
                if (close < 0) return null;
                string field = format[(i + 1)..close];
                string? spec = null;
                char conversion = '\0';
                int colon = field.IndexOf(':');
                if (colon >= 0)
                {
                    spec = field[(colon + 1)..];
                    field = field[..colon];
                }
                int bang = field.IndexOf('!');
                if (bang >= 0)
                {
                    if (bang + 1 < field.Length) conversion = field[bang + 1];
                    field = field[..bang];
                }
                PyValue? value;
                if (field.Length == 0) value = auto < positional.Count ? positional[auto++] : null;
                else if (int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) value = n < positional.Count ? positional[n] : null;
                else value = named.TryGetValue(field, out var v) ? v : null;
                if (value is null || value is PyUnknown) return null;
                if (conversion == 'r') value = new PyStr(PyOps.Repr(value));
                string? piece = spec is null ? PyOps.Str(value) : Apply(value, spec, budget, at);
                if (piece is null) return null;
                sb.Append(piece);
                i = close;
            }
            else if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}') i++;
                sb.Append('}');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
