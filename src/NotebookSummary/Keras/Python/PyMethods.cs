using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>Methods of str, list, dict, tuple and set that model code uses (format, append, get, ...).</summary>
internal static class PyMethods
{
    private static readonly Dictionary<Type, HashSet<string>> Names = new()
    {
        [typeof(PyStr)] = ["format", "join", "upper", "lower", "strip", "lstrip", "rstrip", "replace", "split", "startswith",
            "endswith", "title", "capitalize", "find", "count", "zfill", "isdigit"],
        [typeof(PyList)] = ["append", "extend", "insert", "pop", "remove", "index", "count", "copy", "reverse", "clear", "sort"],
        [typeof(PyDict)] = ["get", "keys", "values", "items", "update", "pop", "setdefault", "copy"],
        [typeof(PyTuple)] = ["index", "count"],
        [typeof(PySet)] = ["add", "update"],
    };

    public static bool Has(PyValue receiver, string name) =>
        Names.TryGetValue(receiver.GetType(), out var names) && names.Contains(name);

    public static PyValue Call(CallContext c, PyValue receiver, string name)
    {
        if (!Has(receiver, name)) return c.Invalid($"'{receiver.TypeName}' object has no attribute '{name}'");
        // Most methods read or copy the whole receiver; the constant-time ones are not charged for its size.
        if (name is not ("append" or "add" or "get" or "setdefault" or "startswith" or "endswith")
            && !(name == "pop" && receiver is PyList && c.Get(0) is null))
            c.Charge(1 + Size(receiver));
        return receiver switch
        {
            PyStr s => StrMethod(c, s.Value, name),
            PyList l => ListMethod(c, l, name),
            PyDict d => DictMethod(c, d, name),
            PyTuple t => SequenceQuery(c, t.Items, name),
            PySet set => SetMethod(c, set, name),
            _ => c.NotRun(),
        };
    }

    private static long Size(PyValue value) => value switch
    {
        PyStr s => s.Value.Length,
        PyList l => l.Items.Count,
        PyTuple t => t.Items.Length,
        PyDict d => d.Keys.Count,
        PySet s => s.Items.Count,
        _ => 0,
    };

    private static PyValue StrMethod(CallContext c, string s, string name)
    {
        var a = c.Get(0);
        if (c.Args.Any(x => x.Value is PyUnknown)) return c.Args.First(x => x.Value is PyUnknown).Value;
        string? Text(PyValue? v) => (v as PyStr)?.Value;
        switch (name)
        {
            case "format":
            {
                var named = c.Args.Where(x => x.Name is not null).ToDictionary(x => x.Name!, x => x.Value);
                var text = PyFormat.Format(s, c.Positional.Select(x => x.Value).ToList(), named, c.Interpreter.Budget, c.Span);
                return text is null ? c.NotRun() : new PyStr(text);
            }
            case "join":
            {
                if (a is null) return c.Invalid("join() takes exactly one argument");
                var items = c.Interpreter.Materialize(a, c.Span);
                if (items is null || items.Any(i => i is not PyStr)) return c.Invalid("join() needs strings");
                c.Interpreter.Budget.Collection(items.Sum(i => (long)((PyStr)i).Value.Length), c.Span);
                return new PyStr(string.Join(s, items.Select(i => ((PyStr)i).Value)));
            }
            case "upper": return new PyStr(s.ToUpperInvariant());
            case "lower": return new PyStr(s.ToLowerInvariant());
            case "title": return new PyStr(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant()));
            case "capitalize": return new PyStr(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
            case "strip": return new PyStr(Text(a) is { } cs ? s.Trim(cs.ToCharArray()) : s.Trim());
            case "lstrip": return new PyStr(Text(a) is { } ls ? s.TrimStart(ls.ToCharArray()) : s.TrimStart());
            case "rstrip": return new PyStr(Text(a) is { } rs ? s.TrimEnd(rs.ToCharArray()) : s.TrimEnd());
            case "replace":
                if (Text(a) is not { Length: > 0 } old || Text(c.Get(1)) is not { } replacement) return c.NotRun();
                c.Interpreter.Budget.Collection(s.Length + (long)replacement.Length * (s.Length / old.Length + 1), c.Span);
                return new PyStr(s.Replace(old, replacement, StringComparison.Ordinal));
            case "split":
            {
                var parts = Text(a) is { Length: > 0 } sep
                    ? s.Split(sep)
                    : s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                c.Interpreter.Budget.Collection(parts.Length, c.Span);
                return new PyList(parts.Select(p => (PyValue)new PyStr(p)).ToList());
            }
            case "startswith": return Text(a) is { } p ? PyBool.Of(s.StartsWith(p, StringComparison.Ordinal)) : c.NotRun();
            case "endswith": return Text(a) is { } e ? PyBool.Of(s.EndsWith(e, StringComparison.Ordinal)) : c.NotRun();
            case "find": return Text(a) is { } f ? PyInt.Of(s.IndexOf(f, StringComparison.Ordinal)) : c.NotRun();
            case "count":
                return Text(a) is { Length: > 0 } sub ? PyInt.Of((s.Length - s.Replace(sub, "", StringComparison.Ordinal).Length) / sub.Length) : c.NotRun();
            case "zfill":
                return PyOps.AsLong(a ?? PyNone.Instance) is { } w && w <= ReaderLimits.MaxCollectionLength
                    ? new PyStr(s.PadLeft((int)Math.Max(w, 0), '0')) : c.NotRun();
            case "isdigit": return PyBool.Of(s.Length > 0 && s.All(char.IsDigit));
        }
        return c.NotRun();
    }

    private static PyValue ListMethod(CallContext c, PyList list, string name)
    {
        var items = list.Items;
        var a = c.Get(0);
        switch (name)
        {
            case "append":
                if (a is null) return c.Invalid("append() takes exactly one argument");
                c.Interpreter.Budget.Grow(items.Count + 1L, c.Span);
                items.Add(a);
                return PyNone.Instance;
            case "extend":
            {
                if (a is null) return c.Invalid("extend() takes exactly one argument");
                if (a is PyUnknown) return a;
                var more = c.Interpreter.Materialize(a, c.Span);
                if (more is null) return c.Invalid($"'{a.TypeName}' object is not iterable");
                if (items.Count + (long)more.Count > ReaderLimits.MaxCollectionLength)
                    c.Interpreter.Budget.Collection(items.Count + (long)more.Count, c.Span);
                items.AddRange(more);
                return PyNone.Instance;
            }
            case "insert":
            {
                if (PyOps.AsLong(a ?? PyNone.Instance) is not { } i || c.Get(1) is not { } value) return c.NotRun();
                c.Interpreter.Budget.Grow(items.Count + 1L, c.Span);
                long at = i < 0 ? Math.Max(0, i + items.Count) : Math.Min(i, items.Count);
                items.Insert((int)at, value);
                return PyNone.Instance;
            }
            case "pop":
            {
                if (items.Count == 0) return c.Invalid("pop from empty list");
                long i = a is null ? -1 : PyOps.AsLong(a) ?? long.MinValue;
                long at = i < 0 ? i + items.Count : i;
                if (at < 0 || at >= items.Count) return c.Invalid("pop index out of range");
                var value = items[(int)at];
                items.RemoveAt((int)at);
                return value;
            }
            case "remove":
            {
                int index = a is null ? -1 : items.FindIndex(v => PyOps.ValueEquals(v, a, 0));
                if (index < 0) return c.Invalid("list.remove(x): x not in list");
                items.RemoveAt(index);
                return PyNone.Instance;
            }
            case "copy": return new PyList([.. items]);
            case "reverse":
                items.Reverse();
                return PyNone.Instance;
            case "clear":
                items.Clear();
                return PyNone.Instance;
            case "sort":
                if (c.Args.Any(x => x.Name == "key")) return c.NotRun();
                if (items.Count > 1 && items.Skip(1).Any(v => PyOps.Compare(v, items[0]) is null)) return c.Invalid("the items cannot be compared");
                items.Sort((x, y) => PyOps.Compare(x, y) ?? 0);
                if (c.Args.FirstOrDefault(x => x.Name == "reverse").Value is { } r && PyOps.Truthy(r) == true) items.Reverse();
                return PyNone.Instance;
        }
        return SequenceQuery(c, items, name);
    }

    private static PyValue SequenceQuery(CallContext c, IReadOnlyList<PyValue> items, string name)
    {
        var a = c.Get(0);
        if (a is null) return c.Invalid($"{name}() takes exactly one argument");
        if (name == "count") return PyInt.Of(items.Count(v => PyOps.ValueEquals(v, a, 0)));
        for (int i = 0; i < items.Count; i++)
            if (PyOps.ValueEquals(items[i], a, 0)) return PyInt.Of(i);
        return c.Invalid("the value is not in the sequence");
    }

    private static PyValue DictMethod(CallContext c, PyDict dict, string name)
    {
        var a = c.Get(0);
        switch (name)
        {
            case "get":
                if (a is null) return c.Invalid("get() takes at least one argument");
                return dict.Map.TryGetValue(a, out var v) ? v : c.Get(1, "default") ?? PyNone.Instance;
            case "keys": return new PyList([.. dict.Keys]);
            case "values": return new PyList(dict.Keys.Select(k => dict.Map[k]).ToList());
            case "items": return new PyList(dict.Keys.Select(k => (PyValue)new PyTuple([k, dict.Map[k]])).ToList());
            case "copy":
            {
                var copy = new PyDict();
                foreach (var k in dict.Keys) copy.Set(k, dict.Map[k]);
                return copy;
            }
            case "update":
                if (a is PyDict other)
                    foreach (var k in other.Keys) dict.Set(k, other.Map[k]);
                foreach (var arg in c.Args)
                    if (arg.Name is not null and not "**") dict.Set(new PyStr(arg.Name), arg.Value);
                return PyNone.Instance;
            case "pop":
            {
                if (a is null) return c.Invalid("pop expected at least 1 argument");
                if (dict.Map.TryGetValue(a, out var value))
                {
                    dict.Remove(a);
                    return value;
                }
                return c.Get(1) ?? c.Invalid($"KeyError: {PyOps.Repr(a)}");
            }
            case "setdefault":
            {
                if (a is null) return c.Invalid("setdefault expected at least 1 argument");
                if (dict.Map.TryGetValue(a, out var existing)) return existing;
                var value = c.Get(1) ?? PyNone.Instance;
                dict.Set(a, value);
                return value;
            }
        }
        return c.NotRun();
    }

    private static PyValue SetMethod(CallContext c, PySet set, string name)
    {
        var a = c.Get(0);
        if (a is null) return c.Invalid($"{name}() takes an argument");
        if (name == "add")
        {
            set.Add(a);
            return PyNone.Instance;
        }
        var items = c.Interpreter.Materialize(a, c.Span);
        if (items is null) return c.Invalid($"'{a.TypeName}' object is not iterable");
        foreach (var i in items) set.Add(i);
        return PyNone.Instance;
    }
}
