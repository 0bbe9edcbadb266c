using System.Globalization;
using System.Text;
using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>Python's truth, equality and ordering of values. Recursion over nested containers is depth-limited.</summary>
internal static class PyOps
{
    private const int MaxDepth = 32;

    /// <summary>Python's truth value, or null when the value is unknown.</summary>
    public static bool? Truthy(PyValue value) => value switch
    {
        PyUnknown => null,
        PyNone => false,
        PyBool b => b.Value,
        PyInt i => i.Value != 0,
        PyFloat f => f.Value != 0,
        PyStr s => s.Value.Length > 0,
        PyTuple t => t.Items.Length > 0,
        PyList l => l.Items.Count > 0,
        PyDict d => d.Keys.Count > 0,
        PySet s => s.Items.Count > 0,
        PyRange r => r.Length > 0,
        PyModule { IsImported: false } => null,
        _ => true,
    };

    /// <summary>A number as a double (bool and int included), or null.</summary>
    public static double? AsDouble(PyValue value) => value switch
    {
        PyInt i => i.Value,
        PyFloat f => f.Value,
        PyBool b => b.Value ? 1 : 0,
        _ => null,
    };

    /// <summary>An integer value (bool included), or null.</summary>
    public static long? AsLong(PyValue value) => value switch
    {
        PyInt i => i.Value,
        PyBool b => b.Value ? 1 : 0,
        _ => null,
    };

    /// <summary>x**y for y ≥ 0 by repeated squaring; throws OverflowException past 64 bits.</summary>
    public static long IntPow(long x, long y)
    {
        long result = 1, b = x, e = y;
        while (e > 0)
        {
            if ((e & 1) == 1) result = checked(result * b);
            e >>= 1;
            if (e > 0 && b is not (0 or 1 or -1)) b = checked(b * b);
        }
        return result;
    }

    public static bool IsNumber(PyValue value) => value is PyInt or PyFloat or PyBool;

    /// <summary>Python's <c>==</c> for known values.</summary>
    public static bool ValueEquals(PyValue a, PyValue b, int depth)
    {
        if (ReferenceEquals(a, b)) return true;
        if (depth > MaxDepth) return false;
        if (IsNumber(a) && IsNumber(b))
        {
            if (AsLong(a) is { } x && AsLong(b) is { } y) return x == y;
            return AsDouble(a) == AsDouble(b);
        }
        return (a, b) switch
        {
            (PyStr x, PyStr y) => x.Value == y.Value,
            (PyNone, PyNone) => true,
            (PyTuple x, PyTuple y) => SequenceEquals(x.Items, y.Items, depth),
            (PyList x, PyList y) => SequenceEquals(x.Items, y.Items, depth),
            (PyRange x, PyRange y) => x.Length == y.Length && (x.Length == 0 || (x.Start == y.Start && (x.Length == 1 || x.Step == y.Step))),
            (PyModule x, PyModule y) => x.Path == y.Path,
            (HostValue x, PyValue y) => x.PythonEquals(y),
            (PyDict x, PyDict y) => x.Keys.Count == y.Keys.Count && x.Keys.All(k => y.Map.TryGetValue(k, out var v) && ValueEquals(x.Map[k], v, depth + 1)),
            _ => false,
        };
    }

    private static bool SequenceEquals(IReadOnlyList<PyValue> a, IReadOnlyList<PyValue> b, int depth)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!ValueEquals(a[i], b[i], depth + 1)) return false;
        return true;
    }

    /// <summary>Python's ordering (&lt;0, 0, &gt;0) for numbers, strings and sequences; null when Python would refuse.</summary>
    public static int? Compare(PyValue a, PyValue b, int depth = 0)
    {
        if (depth > MaxDepth) return null;
        if (IsNumber(a) && IsNumber(b))
        {
            if (AsLong(a) is { } x && AsLong(b) is { } y) return x.CompareTo(y);
            double da = AsDouble(a)!.Value, db = AsDouble(b)!.Value;
            if (double.IsNaN(da) || double.IsNaN(db)) return null;
            return da.CompareTo(db);
        }
        IReadOnlyList<PyValue>? sa = a switch { PyTuple t => t.Items, PyList l => l.Items, _ => null };
        IReadOnlyList<PyValue>? sb = b switch { PyTuple t => t.Items, PyList l => l.Items, _ => null };
        if (sa is not null && sb is not null && a.GetType() == b.GetType())
        {
            for (int i = 0; i < Math.Min(sa.Count, sb.Count); i++)
            {
                if (ValueEquals(sa[i], sb[i], depth + 1)) continue;
                return Compare(sa[i], sb[i], depth + 1);
            }
            return sa.Count.CompareTo(sb.Count);
        }
        if (a is PyStr s1 && b is PyStr s2) return string.CompareOrdinal(s1.Value, s2.Value);
        return null;
    }

    // ---- text ------------------------------------------------------------------------------------

    /// <summary>Python's <c>str()</c>.</summary>
    public static string Str(PyValue value) => value switch
    {
        PyStr s => s.Value,
        _ => Repr(value),
    };

    /// <summary>Python's <c>repr()</c> (what messages show for a value).</summary>
    public static string Repr(PyValue value)
    {
        var sb = new StringBuilder();
        AppendRepr(sb, value, 0);
        return sb.ToString();
    }

    private static void AppendRepr(StringBuilder sb, PyValue value, int depth)
    {
        if (sb.Length > 10_000)
        {
            sb.Append("...");
            return;
        }
        switch (value)
        {
            case PyNone: sb.Append("None"); return;
            case PyBool b: sb.Append(b.Value ? "True" : "False"); return;
            case PyInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
            case PyFloat f: sb.Append(FloatRepr(f.Value)); return;
            case PyStr s: sb.Append(StrRepr(s.Value)); return;
            case PyEllipsis: sb.Append("Ellipsis"); return;
            case PyRange r:
                sb.Append("range(").Append(r.Start).Append(", ").Append(r.Stop);
                if (r.Step != 1) sb.Append(", ").Append(r.Step);
                sb.Append(')');
                return;
        }
        if (depth > MaxDepth && value is PyTuple or PyList or PyDict or PySet)
        {
            sb.Append("[...]");
            return;
        }
        switch (value)
        {
            case PyTuple t:
                sb.Append('(');
                AppendItems(sb, t.Items, depth);
                if (t.Items.Length == 1) sb.Append(',');
                sb.Append(')');
                return;
            case PyList l:
                sb.Append('[');
                AppendItems(sb, l.Items, depth);
                sb.Append(']');
                return;
            case PySet s:
                if (s.Items.Count == 0)
                {
                    sb.Append("set()");
                    return;
                }
                sb.Append('{');
                AppendItems(sb, s.Items, depth);
                sb.Append('}');
                return;
            case PyDict d:
                sb.Append('{');
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendRepr(sb, d.Keys[i], depth + 1);
                    sb.Append(": ");
                    AppendRepr(sb, d.Map[d.Keys[i]], depth + 1);
                }
                sb.Append('}');
                return;
            case PyModule m: sb.Append(m.Path); return;
            case HostValue host: host.Repr(sb); return;
            case PyFunction fn: sb.Append("<function ").Append(fn.Name).Append('>'); return;
            case PyBuiltin b: sb.Append("<built-in function ").Append(b.Name).Append('>'); return;
            case PyMethod m: sb.Append("<method ").Append(m.Name).Append('>'); return;
            default: sb.Append('<').Append(value.TypeName).Append('>'); return;
        }
    }

    private static void AppendItems(StringBuilder sb, IReadOnlyList<PyValue> items, int depth)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            AppendRepr(sb, items[i], depth + 1);
            if (sb.Length > 10_000)
            {
                sb.Append(", ...");
                return;
            }
        }
    }

    /// <summary>Python's quoting of a string: single quotes unless the text has ' and no ".</summary>
    public static string StrRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (char c in s.Length > 10_000 ? s[..10_000] : s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else if (char.IsControl(c)) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, <c>1.0</c>, <c>1e-05</c>, <c>1e+16</c>.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // Digits and decimal exponent of the shortest round-trip form, then Python's layout rules.
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = shortest.StartsWith('-');
        string body = negative ? shortest[1..] : shortest;
        int e = body.IndexOfAny(['E', 'e']);
        string mantissa = e >= 0 ? body[..e] : body;
        int exp10 = e >= 0 ? int.Parse(body[(e + 1)..], CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string all = intPart + (dot >= 0 ? mantissa[(dot + 1)..] : "");
        int leadingZeros = all.Length - all.TrimStart('0').Length;
        string digits = all.Trim('0');
        if (digits.Length == 0) digits = "0";
        int exponent = intPart.Length - 1 - leadingZeros + exp10;

        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (exponent < -4 || exponent >= 16)
        {
            AppendScientific(sb, digits, exponent);
        }
        else if (exponent >= 0)
        {
            string whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
            string frac = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
            sb.Append(whole).Append('.').Append(frac);
        }
        else
        {
            sb.Append("0.").Append('0', -exponent - 1).Append(digits);
        }
        return sb.ToString();
    }

    private static void AppendScientific(StringBuilder sb, string digits, int exponent)
    {
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        sb.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
    }
}
