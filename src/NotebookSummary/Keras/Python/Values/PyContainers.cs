namespace NotebookSummary.Keras.Python.Values;

/// <summary>An immutable tuple.</summary>
internal sealed class PyTuple(PyValue[] items) : PyValue
{
    public static readonly PyTuple Empty = new([]);
    public PyValue[] Items { get; } = items;
    public override string TypeName => "tuple";
}

/// <summary>A mutable list.</summary>
internal sealed class PyList(List<PyValue> items) : PyValue
{
    public List<PyValue> Items { get; } = items;
    public override string TypeName => "list";
}

/// <summary>A dict, in insertion order, keyed by hashable values (numbers, strings, tuples, None).</summary>
internal sealed class PyDict : PyValue
{
    public PyDict() { }

    public List<PyValue> Keys { get; } = [];
    public Dictionary<PyValue, PyValue> Map { get; } = new(PyValueComparer.Instance);

    public void Set(PyValue key, PyValue value)
    {
        if (!Map.ContainsKey(key)) Keys.Add(key);
        Map[key] = value;
    }

    public bool Remove(PyValue key)
    {
        if (!Map.Remove(key)) return false;
        int i = Keys.FindIndex(k => PyValueComparer.Instance.Equals(k, key));
        if (i >= 0) Keys.RemoveAt(i);
        return true;
    }

    public override string TypeName => "dict";
}

/// <summary>A set (insertion order kept for deterministic iteration).</summary>
internal sealed class PySet : PyValue
{
    public List<PyValue> Items { get; } = [];
    private readonly HashSet<PyValue> _members = new(PyValueComparer.Instance);

    public void Add(PyValue value)
    {
        if (_members.Add(value)) Items.Add(value);
    }

    public bool Contains(PyValue value) => _members.Contains(value);

    public override string TypeName => "set";
}

/// <summary><c>range(start, stop, step)</c>, iterated lazily.</summary>
internal sealed class PyRange(long start, long stop, long step) : PyValue
{
    public long Start { get; } = start;
    public long Stop { get; } = stop;
    public long Step { get; } = step;

    /// <summary>Number of elements (never negative).</summary>
    public long Length
    {
        get
        {
            if (Step > 0 && Start < Stop) return (long)(((decimal)Stop - Start - 1) / Step) + 1;
            if (Step < 0 && Start > Stop) return (long)(((decimal)Start - Stop - 1) / -(decimal)Step) + 1;
            return 0;
        }
    }

    public long this[long index] => Start + index * Step;

    public override string TypeName => "range";
}

/// <summary>A slice object (only used while evaluating a subscript).</summary>
internal sealed class PySlice(PyValue lower, PyValue upper, PyValue step) : PyValue
{
    public PyValue Lower { get; } = lower;
    public PyValue Upper { get; } = upper;
    public PyValue Step { get; } = step;
    public override string TypeName => "slice";
}
