namespace NotebookSummary.Keras.Python.Values;

// None, booleans, numbers, strings and the ellipsis: immutable, shared where common.

internal sealed class PyNone : PyValue
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override string TypeName => "NoneType";
}

internal sealed class PyBool : PyValue
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);
    private PyBool(bool value) => Value = value;
    public bool Value { get; }
    public static PyBool Of(bool value) => value ? True : False;
    public override string TypeName => "bool";
}

internal sealed class PyInt(long value) : PyValue
{
    private static readonly PyInt[] Small = Enumerable.Range(-5, 262).Select(i => new PyInt(i)).ToArray();
    public long Value { get; } = value;
    public static PyInt Of(long value) => value is >= -5 and <= 256 ? Small[value + 5] : new PyInt(value);
    public override string TypeName => "int";
}

internal sealed class PyFloat(double value) : PyValue
{
    public double Value { get; } = value;
    public override string TypeName => "float";
}

internal sealed class PyStr(string value) : PyValue
{
    public static readonly PyStr Empty = new("");
    public string Value { get; } = value;
    public override string TypeName => "str";
}

/// <summary>The ellipsis <c>...</c>.</summary>
internal sealed class PyEllipsis : PyValue
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override string TypeName => "ellipsis";
}
