using System.Globalization;
using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// Python's built-in functions, as far as model code uses them. Each takes the evaluated arguments; an unknown
/// argument gives an unknown result; a result that would run Python code the reader does not have
/// (<c>open</c>, <c>input</c>, <c>isinstance</c>) is unknown.
/// </summary>
internal static class Builtins
{
    private static readonly Dictionary<string, PyBuiltin> Functions = new(StringComparer.Ordinal);

    static Builtins()
    {
        Add("print", _ => PyNone.Instance);
        Add("len", Len);
        Add("range", Range);
        Add("int", Int);
        Add("float", Float);
        Add("str", c => c.Get(0) is { } v ? v is PyUnknown ? v : Text(c, PyOps.Str(v)) : PyStr.Empty);
        Add("repr", c => c.Get(0) is { } v ? v is PyUnknown ? v : Text(c, PyOps.Repr(v)) : c.Invalid("repr() takes exactly one argument"));
        Add("bool", c => c.Get(0) is { } v ? PyOps.Truthy(v) is { } t ? PyBool.Of(t) : v : PyBool.False);
        Add("list", c => Sequence(c, items => new PyList(items)));
        Add("tuple", c => Sequence(c, items => new PyTuple(items.ToArray())));
        Add("set", c => Sequence(c, items =>
        {
            var set = new PySet();
            foreach (var i in items) set.Add(i);
            return set;
        }));
        Add("dict", Dict);
        Add("abs", Abs);
        Add("min", c => MinMax(c, -1));
        Add("max", c => MinMax(c, 1));
        Add("sum", Sum);
        Add("round", Round);
        Add("pow", c => c.Get(0) is { } a && c.Get(1) is { } b ? Power(c, a, b) : c.Invalid("pow() takes two arguments"));
        Add("divmod", DivMod);
        Add("enumerate", Enumerate);
        Add("zip", Zip);
        Add("reversed", c => Sequence(c, items =>
        {
            items.Reverse();
            return new PyList(items);
        }));
        Add("sorted", Sorted);
        Add("any", c => Sequence(c, items => items.Any(i => PyOps.Truthy(i) is null) ? c.NotRun() : PyBool.Of(items.Any(i => PyOps.Truthy(i) == true))));
        Add("all", c => Sequence(c, items => items.Any(i => PyOps.Truthy(i) is null) ? c.NotRun() : PyBool.Of(items.All(i => PyOps.Truthy(i) == true))));
        Add("chr", c => PyOps.AsLong(c.Get(0) ?? PyNone.Instance) is { } n && n is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF)
            ? new PyStr(char.ConvertFromUtf32((int)n)) : c.NotRun());
        Add("ord", c => c.Get(0) is PyStr { Value.Length: 1 } s ? PyInt.Of(s.Value[0]) : c.NotRun());
        foreach (var opaque in new[]
                 {
                     "isinstance", "issubclass", "type", "hasattr", "getattr", "setattr", "id", "hash", "input", "open",
                     "super", "map", "filter", "iter", "next", "vars", "dir", "globals", "locals", "exec", "eval",
                     "callable", "exit", "quit", "format", "hex", "oct", "bin", "object", "property", "staticmethod",
                     "classmethod", "frozenset", "bytes", "bytearray", "complex", "help", "display",
                 })
            Add(opaque, c => c.NotRun());
    }

    private static PyStr Text(CallContext c, string text)
    {
        c.Charge(text.Length);
        return new PyStr(text);
    }

    private static void Add(string name, Func<CallContext, PyValue> call) => Functions[name] = new PyBuiltin(name, call);

    private static readonly PyStr Main = new("__main__");

    public static bool TryGet(string name, out PyValue builtin)
    {
        if (name == "__name__")
        {
            // A notebook cell runs as the main module: `if __name__ == '__main__':` is taken.
            builtin = Main;
            return true;
        }
        bool found = Functions.TryGetValue(name, out var b);
        builtin = b!;
        return found;
    }

    private static PyUnknown? FirstUnknown(CallContext c) => c.Args.Select(a => a.Value).OfType<PyUnknown>().FirstOrDefault();

    private static PyValue Len(CallContext c)
    {
        var v = c.Get(0);
        return v switch
        {
            null => c.Invalid("len() takes exactly one argument"),
            PyUnknown => v,
            PyStr s => PyInt.Of(s.Value.Length),
            PyList l => PyInt.Of(l.Items.Count),
            PyTuple t => PyInt.Of(t.Items.Length),
            PyDict d => PyInt.Of(d.Keys.Count),
            PySet s => PyInt.Of(s.Items.Count),
            PyRange r => PyInt.Of(r.Length),
            HostValue host => host.Len(c),
            PyModule => c.NotRun(),
            _ => c.Invalid($"object of type '{v.TypeName}' has no len()"),
        };
    }

    private static PyValue Range(CallContext c)
    {
        if (FirstUnknown(c) is { } unknown) return unknown;
        var values = c.Positional.Select(a => PyOps.AsLong(a.Value)).ToArray();
        if (values.Length is 0 or > 3 || values.Any(v => v is null))
            return c.Invalid("range() takes one to three integer arguments");
        long start = values.Length == 1 ? 0 : values[0]!.Value;
        long stop = values.Length == 1 ? values[0]!.Value : values[1]!.Value;
        long step = values.Length == 3 ? values[2]!.Value : 1;
        if (step == 0) return c.Invalid("range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    private static PyValue Int(CallContext c)
    {
        var v = c.Get(0);
        switch (v)
        {
            case null: return PyInt.Of(0);
            case PyUnknown: return v;
            case PyInt: return v;
            case PyBool b: return PyInt.Of(b.Value ? 1 : 0);
            case PyFloat f:
                if (double.IsNaN(f.Value) || double.IsInfinity(f.Value) || Math.Abs(f.Value) >= 9.2e18)
                    return c.Invalid("cannot convert float to a 64-bit integer");
                return PyInt.Of((long)Math.Truncate(f.Value));
            case PyStr s:
                int radix = c.Get(1, "base") is PyInt { Value: 2 or 8 or 16 } r ? (int)r.Value : 10;
                string text = s.Value.Trim().Replace("_", "");
                try
                {
                    return PyInt.Of(radix == 10
                        ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                        : Convert.ToInt64(text, radix));
                }
                catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
                {
                    return c.Invalid($"invalid literal for int() with base {radix}: {PyOps.Repr(s)}");
                }
        }
        return c.NotRun();
    }

    private static PyValue Float(CallContext c)
    {
        var v = c.Get(0);
        switch (v)
        {
            case null: return new PyFloat(0);
            case PyUnknown: return v;
            case PyStr s:
            {
                string text = s.Value.Trim().ToLowerInvariant();
                if (text is "inf" or "+inf" or "infinity") return new PyFloat(double.PositiveInfinity);
                if (text is "-inf" or "-infinity") return new PyFloat(double.NegativeInfinity);
                if (text == "nan") return new PyFloat(double.NaN);
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? new PyFloat(d)
                    : c.Invalid($"could not convert string to float: {PyOps.Repr(s)}");
            }
        }
        return PyOps.AsDouble(v) is { } x ? new PyFloat(x) : c.NotRun();
    }

    private static PyValue Sequence(CallContext c, Func<List<PyValue>, PyValue> make)
    {
        var v = c.Get(0);
        if (v is null) return make([]);
        if (v is PyUnknown) return v;
        var items = c.Interpreter.Materialize(v, c.Span);
        return items is null ? c.Invalid($"'{v.TypeName}' object is not iterable") : make(items);
    }

    private static PyValue Dict(CallContext c)
    {
        var dict = new PyDict();
        var source = c.Get(0);
        if (source is PyUnknown) return source;
        if (source is PyDict other)
            foreach (var k in other.Keys) dict.Set(k, other.Map[k]);
        else if (source is not null)
        {
            var items = c.Interpreter.Materialize(source, c.Span);
            if (items is null) return c.Invalid("dict() argument is not iterable");
            foreach (var item in items)
            {
                if (item is PyTuple { Items.Length: 2 } pair) dict.Set(pair.Items[0], pair.Items[1]);
                else if (item is PyList { Items.Count: 2 } l) dict.Set(l.Items[0], l.Items[1]);
                else return c.Invalid("dictionary update sequence element is not a pair");
            }
        }
        foreach (var a in c.Args)
            if (a.Name is not null and not "**") dict.Set(new PyStr(a.Name), a.Value);
        return dict;
    }

    private static PyValue Abs(CallContext c) => c.Get(0) switch
    {
        PyUnknown u => u,
        PyInt i when i.Value != long.MinValue => PyInt.Of(Math.Abs(i.Value)),
        PyBool b => PyInt.Of(b.Value ? 1 : 0),
        PyFloat f => new PyFloat(Math.Abs(f.Value)),
        _ => c.Invalid("bad operand type for abs()"),
    };

    private static PyValue MinMax(CallContext c, int sign)
    {
        if (FirstUnknown(c) is { } unknown) return unknown;
        if (c.Args.Any(a => a.Name == "key")) return c.NotRun();
        List<PyValue>? items = c.PositionalCount == 1 ? c.Interpreter.Materialize(c.Get(0)!, c.Span) : c.Positional.Select(a => a.Value).ToList();
        if (items is null || items.Count == 0)
            return c.Args.FirstOrDefault(a => a.Name == "default").Value ?? c.Invalid($"{(sign < 0 ? "min" : "max")}() arg is an empty sequence");
        if (items.OfType<PyUnknown>().FirstOrDefault() is { } u) return u;
        var best = items[0];
        foreach (var item in items.Skip(1))
        {
            var order = PyOps.Compare(item, best);
            if (order is null) return c.Invalid($"'<' not supported between instances of '{item.TypeName}' and '{best.TypeName}'");
            if (order * sign > 0) best = item;
        }
        return best;
    }

    private static PyValue Sum(CallContext c)
    {
        var v = c.Get(0);
        if (v is null) return c.Invalid("sum() takes at least one argument");
        if (v is PyUnknown) return v;
        var items = c.Interpreter.Materialize(v, c.Span);
        if (items is null) return c.Invalid($"'{v.TypeName}' object is not iterable");
        var total = c.Get(1, "start") ?? PyInt.Of(0);
        foreach (var item in items)
        {
            if (item is PyUnknown) return item;
            if (PyOps.AsLong(total) is { } a && PyOps.AsLong(item) is { } b)
            {
                try { total = PyInt.Of(checked(a + b)); }
                catch (OverflowException) { return c.Invalid("integer too large"); }
            }
            else if (PyOps.AsDouble(total) is { } x && PyOps.AsDouble(item) is { } y) total = new PyFloat(x + y);
            else return c.Invalid($"unsupported operand type(s) for +: '{total.TypeName}' and '{item.TypeName}'");
        }
        return total;
    }

    private static PyValue Round(CallContext c)
    {
        var v = c.Get(0);
        if (v is PyUnknown) return v;
        var digits = c.Get(1, "ndigits");
        if (PyOps.AsLong(v ?? PyNone.Instance) is { } i && digits is null or PyNone) return PyInt.Of(i);
        if (v is not PyFloat f) return c.Invalid("round() needs a number");
        if (digits is null or PyNone)
        {
            double r = Math.Round(f.Value, MidpointRounding.ToEven);
            return Math.Abs(r) < 9.2e18 ? PyInt.Of((long)r) : c.Invalid("cannot round to a 64-bit integer");
        }
        return PyOps.AsLong(digits) is { } n && n is >= 0 and <= 15
            ? new PyFloat(Math.Round(f.Value, (int)n, MidpointRounding.ToEven))
            : c.NotRun();
    }

    private static PyValue Power(CallContext c, PyValue a, PyValue b)
    {
        if (a is PyUnknown) return a;
        if (b is PyUnknown) return b;
        if (PyOps.AsLong(a) is { } x && PyOps.AsLong(b) is { } y && y >= 0)
        {
            try
            {
                return PyInt.Of(PyOps.IntPow(x, y));
            }
            catch (OverflowException)
            {
                return c.Invalid("integer too large");
            }
        }
        return PyOps.AsDouble(a) is { } p && PyOps.AsDouble(b) is { } q ? new PyFloat(Math.Pow(p, q)) : c.Invalid("pow() needs numbers");
    }

    private static PyValue DivMod(CallContext c)
    {
        if (FirstUnknown(c) is { } u) return u;
        if (PyOps.AsLong(c.Get(0) ?? PyNone.Instance) is { } a && PyOps.AsLong(c.Get(1) ?? PyNone.Instance) is { } b)
        {
            if (b == 0) return c.Invalid("division by zero");
            if (a == long.MinValue && b == -1) return c.Invalid("integer too large");
            long q = a / b, r = a % b;
            if (r != 0 && (r < 0) != (b < 0))
            {
                q--;
                r += b;
            }
            return new PyTuple([PyInt.Of(q), PyInt.Of(r)]);
        }
        return c.NotRun();
    }

    private static PyValue Enumerate(CallContext c)
    {
        var v = c.Get(0);
        if (v is null) return c.Invalid("enumerate() needs an iterable");
        if (v is PyUnknown) return v;
        long start = PyOps.AsLong(c.Get(1, "start") ?? PyInt.Of(0)) ?? 0;
        var items = c.Interpreter.Materialize(v, c.Span);
        if (items is null) return c.Invalid($"'{v.TypeName}' object is not iterable");
        return new PyList(items.Select((item, i) => (PyValue)new PyTuple([PyInt.Of(start + i), item])).ToList());
    }

    private static PyValue Zip(CallContext c)
    {
        if (FirstUnknown(c) is { } u) return u;
        var lists = new List<List<PyValue>>();
        foreach (var a in c.Positional)
        {
            var items = c.Interpreter.Materialize(a.Value, c.Span);
            if (items is null) return c.Invalid($"'{a.Value.TypeName}' object is not iterable");
            lists.Add(items);
        }
        if (lists.Count == 0) return new PyList([]);
        int n = lists.Min(l => l.Count);
        var result = new List<PyValue>(n);
        for (int i = 0; i < n; i++) result.Add(new PyTuple(lists.Select(l => l[i]).ToArray()));
        return new PyList(result);
    }

    private static PyValue Sorted(CallContext c)
    {
        if (c.Args.Any(a => a.Name == "key")) return c.NotRun();
        bool reverse = c.Args.FirstOrDefault(a => a.Name == "reverse").Value is { } r && PyOps.Truthy(r) == true;
        return Sequence(c, items =>
        {
            if (items.Any(i => i is PyUnknown)) return items.First(i => i is PyUnknown);
            for (int i = 1; i < items.Count; i++)
                if (PyOps.Compare(items[i], items[0]) is null) return c.Invalid("the items cannot be compared");
            items.Sort((a, b) => PyOps.Compare(a, b) ?? 0);
            if (reverse) items.Reverse();
            return new PyList(items);
        });
    }
}
