
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Converts a Python value to the .NET type of a constructor parameter: int, long, double, float, bool, string,
/// Size, nullable forms, enums (by name), layers (for wrappers), arrays and lists of those, value tuples, object.
/// On failure it says what was expected in Python terms ("an integer or a tuple of integers").
/// </summary>
internal static class ValueConverter
{
    private static readonly ProcessCache<Type, Type> CoreTypes = new(static t => Nullable.GetUnderlyingType(t) ?? t, capacity: 4096);

    /// <summary>The type without Nullable&lt;&gt; (cached: the framework's lookup allocates).</summary>
    public static Type Core(Type type) => CoreTypes[type];

    private static bool IsNullable(Type type) => !ReferenceEquals(Core(type), type);

    /// <summary>Parameter types the converter can fill (used by tests to check every layer constructor).</summary>
    public static bool Supports(Type type)
    {
        var t = Core(type);
        if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(float) || t == typeof(bool)
            || t == typeof(string) || t == typeof(Size) || t == typeof(object) || t.IsEnum || typeof(Layer).IsAssignableFrom(t))
            return true;
        if (ElementType(t) is { } e) return Arrays.ContainsKey(e);
        return Tuples.ContainsKey(t);
    }

    /// <summary>Converts <paramref name="value"/>; returns false with what was expected when it does not fit.</summary>
    /// <param name="activation">True for activation parameters: names such as <c>tf.nn.relu</c> become "relu".</param>
    public static bool TryConvert(PyValue value, Type type, bool acceptsNone, bool activation, out object? result, out string expected) =>
        TryConvertToCore(value, Core(type), acceptsNone, activation, out result, out expected);

    /// <summary><see cref="TryConvert"/> to a type already without Nullable&lt;&gt; (a parameter's <c>CoreType</c>), skipping the lookup.</summary>
    public static bool TryConvertToCore(PyValue value, Type t, bool acceptsNone, bool activation, out object? result, out string expected)
    {
        result = null;
        expected = "";
        if (value is PyNone)
            return acceptsNone;

        if (t == typeof(int))
        {
            if (AsInteger(value) is { } l && l is >= int.MinValue and <= int.MaxValue)
            {
                result = Boxes.Int((int)l);
                return true;
            }
            expected = AsInteger(value) is not null ? FitsInt : "";
            return false;
        }
        if (t == typeof(long))
        {
            if (AsInteger(value) is not { } l) return false;
            result = l;
            return true;
        }
        if (t == typeof(double) || t == typeof(float))
        {
            if (value is PyBool || PyOps.AsDouble(value) is not { } d) return false;
            result = t == typeof(double) ? d : (float)d;
            return true;
        }
        if (t == typeof(bool))
        {
            switch (value)
            {
                case PyBool b: result = Boxes.Bool(b.Value); return true;
                case PyInt { Value: 0 or 1 } i: result = Boxes.Bool(i.Value == 1); return true;
            }
            return false;
        }
        if (t == typeof(string))
        {
            switch (value)
            {
                case PyStr s: result = s.Value; return true;
                case PyModule m when activation: result = m.LastName; return true;
                case PyFunction f when activation: result = f.Name; return true;
                case HostValue { CallableName: { } callable } when activation: result = callable; return true;
            }
            return false;
        }
        if (t == typeof(Size))
        {
            if (AsInteger(value) is { } n && value is not PyBool)
            {
                if (n is < int.MinValue or > int.MaxValue)
                {
                    expected = FitsInt;
                    return false;
                }
                result = Boxes.Size((int)n);
                return true;
            }
            if (Items(value) is not { } items) return false;
            var dims = new int?[items.Count];
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is PyNone) continue;
                if (items[i] is PyBool || AsInteger(items[i]) is not { } d) return false;
                if (d is < int.MinValue or > int.MaxValue)
                {
                    expected = EachFitsInt;
                    return false;
                }
                dims[i] = (int)d;
            }
            result = Boxes.Size(dims, tuple: true);
            return true;
        }
        if (t.IsEnum)
        {
            if (value is not PyStr s) return false;
            string wanted = s.Value.Replace("_", "", StringComparison.Ordinal);
            foreach (var name in Enum.GetNames(t))
                if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    result = Enum.Parse(t, name);
                    return true;
                }
            return false;
        }
        if (typeof(Layer).IsAssignableFrom(t))
        {
            if (value is HostValue { HostObject: Layer layer } && t.IsInstanceOfType(layer))
            {
                result = layer;
                return true;
            }
            return false;
        }
        if (t == typeof(object))
        {
            result = ToClr(value);
            return true;
        }
        if (ElementType(t) is { } elementType)
            return Items(value) is { } items && Arrays.TryGetValue(elementType, out var convertItems)
                && convertItems(items, out result);
        if (Tuples.TryGetValue(t, out var tuple))
        {
            if (Items(value) is not { } items || items.Count != tuple.Items.Length) return false;
            var values = new object?[tuple.Items.Length];
            for (int i = 0; i < values.Length; i++)
                if (!TryConvert(items[i], tuple.Items[i], IsNullable(tuple.Items[i]), false, out values[i], out _))
                    return false;
            result = tuple.Create(values);
            return true;
        }
        return false;
    }

    private const string FitsInt = "an integer that fits 32 bits";
    private const string EachFitsInt = "a tuple of integers that each fit 32 bits";

    /// <summary>The fix for a value <see cref="TryConvert"/> found too large for 32 bits (by its expected text), else null.</summary>
    public static string? HintFor(string expected) => expected is FitsInt or EachFitsInt
        ? "sizes and counts are 32-bit integers: at most 2,147,483,647 (2**31 - 1)"
        : null;

    /// <summary>The value itself if unknown, or the first unknown inside a tuple or list (a few levels deep).</summary>
    public static PyUnknown? FindUnknown(PyValue value, int depth = 0)
    {
        switch (value)
        {
            case PyUnknown u:
                return u;
            case PyTuple or PyList when depth < 4:
                foreach (var item in Items(value)!)
                    if (FindUnknown(item, depth + 1) is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    /// <summary>What a parameter of this type takes, in Python terms.</summary>
    public static string Describe(Type type)
    {
        var t = Core(type);
        if (t == typeof(int) || t == typeof(long)) return "an integer";
        if (t == typeof(double) || t == typeof(float)) return "a number";
        if (t == typeof(bool)) return "True or False";
        if (t == typeof(string)) return "a string";
        if (t == typeof(Size)) return "an integer or a tuple of integers";
        if (t.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(t).Select(n => $"'{SnakeCase.OfClassName(n)}'"));
        if (typeof(Layer).IsAssignableFrom(t)) return t == typeof(Layer) ? "a layer" : $"a {t.Name} layer";
        if (ElementType(t) is { } e) return $"a tuple of values that are each {Describe(e)}";
        if (Tuples.TryGetValue(t, out var tuple)) return $"a tuple of {tuple.Items.Length} values";
        return "a value";
    }

    private static long? AsInteger(PyValue value) => value switch
    {
        PyInt i => i.Value,
        PyBool b => b.Value ? 1 : 0,
        PyFloat f when f.Value == Math.Floor(f.Value) && Math.Abs(f.Value) < 9.2e18 => (long)f.Value,
        _ => null,
    };

    private static IReadOnlyList<PyValue>? Items(PyValue value) => value switch
    {
        PyTuple t => t.Items,
        PyList l => l.Items,
        _ => null,
    };

    // Collections are filled as arrays, which every collection interface a constructor takes accepts.
    private static Type? ElementType(Type t)
    {
        if (t.IsArray) return t.GetElementType();
        if (!t.IsGenericType) return null;
        var definition = t.GetGenericTypeDefinition();
        if (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>))
            return t.GetGenericArguments()[0];
        return null;
    }

    /// <summary>True for a value tuple type (or a nullable one): layers with a tuple overload try it last.</summary>
    public static bool IsTuple(Type type)
    {
        var t = Core(type);
        return t.IsGenericType && t.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true;
    }

    // The arrays and tuples a constructor may take, each written out: a native (ahead-of-time compiled) program cannot
    // make an array or tuple type by reflection that it did not compile. A constructor taking any other kind fails
    // the test that checks every layer constructor against Supports.
    private delegate bool ItemsConverter(IReadOnlyList<PyValue> items, out object? result);

    private static readonly Dictionary<Type, ItemsConverter> Arrays = new()
    {
        [typeof(int)] = TryConvertItems<int>,
        [typeof(int?)] = TryConvertItems<int?>,
        [typeof(long)] = TryConvertItems<long>,
        [typeof(long?)] = TryConvertItems<long?>,
        [typeof(double)] = TryConvertItems<double>,
        [typeof(string)] = TryConvertItems<string>,
        [typeof(Layer)] = TryConvertItems<Layer>,
    };

    private static bool TryConvertItems<T>(IReadOnlyList<PyValue> items, out object? result)
    {
        result = null;
        var array = new T[items.Count];
        bool acceptsNone = default(T) is null; // a reference type or Nullable<>
        for (int i = 0; i < items.Count; i++)
        {
            if (!TryConvert(items[i], typeof(T), acceptsNone, false, out var element, out _)) return false;
            array[i] = (T)element!;
        }
        result = array;
        return true;
    }

    private static readonly Dictionary<Type, (Type[] Items, Func<object?[], object> Create)> Tuples = new()
    {
        [typeof((int, int))] = ([typeof(int), typeof(int)], v => ((int)v[0]!, (int)v[1]!)),
        [typeof((int, int, int))] = ([typeof(int), typeof(int), typeof(int)], v => ((int)v[0]!, (int)v[1]!, (int)v[2]!)),
        [typeof((int, int, int, int))] = ([typeof(int), typeof(int), typeof(int), typeof(int)],
            v => ((int)v[0]!, (int)v[1]!, (int)v[2]!, (int)v[3]!)),
        [typeof(((int, int), (int, int)))] = ([typeof((int, int)), typeof((int, int))],
            v => (((int, int))v[0]!, ((int, int))v[1]!)),
        [typeof(((int, int), (int, int), (int, int)))] = ([typeof((int, int)), typeof((int, int)), typeof((int, int))],
            v => (((int, int))v[0]!, ((int, int))v[1]!, ((int, int))v[2]!)),
    };

    private static object? ToClr(PyValue value) => value switch
    {
        PyInt i => i.Value is >= int.MinValue and <= int.MaxValue ? (int)i.Value : i.Value,
        PyFloat f => f.Value,
        PyBool b => b.Value,
        PyStr s => s.Value,
        PyTuple t => t.Items.Select(ToClr).ToArray(),
        PyList l => l.Items.Select(ToClr).ToArray(),
        HostValue { HostObject: Layer layer } => layer,
        _ => null,
    };

}
