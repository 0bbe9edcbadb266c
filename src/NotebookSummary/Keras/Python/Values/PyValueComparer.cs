namespace NotebookSummary.Keras.Python.Values;

/// <summary>
/// Python equality and hashing for dict keys and set members: numbers compare by value across int, float and bool
/// (<c>1 == 1.0 == True</c>), strings and tuples by content; other values by identity.
/// </summary>
internal sealed class PyValueComparer : IEqualityComparer<PyValue>
{
    public static readonly PyValueComparer Instance = new();

    public bool Equals(PyValue? x, PyValue? y) => x is not null && y is not null && PyOps.ValueEquals(x, y, 0);

    public int GetHashCode(PyValue value) => Hash(value, 0);

    private static int Hash(PyValue value, int depth) => value switch
    {
        PyInt i => i.Value.GetHashCode(),
        PyBool b => (b.Value ? 1L : 0L).GetHashCode(),
        PyFloat f => f.Value == Math.Floor(f.Value) && Math.Abs(f.Value) < 9e18 ? ((long)f.Value).GetHashCode() : f.Value.GetHashCode(),
        PyStr s => s.Value.GetHashCode(StringComparison.Ordinal),
        PyNone => 17,
        PyTuple t when depth < 8 => t.Items.Aggregate(31, (h, v) => HashCode.Combine(h, Hash(v, depth + 1))),
        PyTuple t => t.Items.Length,
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value),
    };
}
