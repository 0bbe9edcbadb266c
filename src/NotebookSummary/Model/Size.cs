namespace NotebookSummary;

/// <summary>
/// A size argument as Keras takes it: one integer, or a tuple. Converts implicitly from <c>int</c>, C# tuples and
/// arrays, so <c>kernelSize: 3</c>, <c>kernelSize: (3, 2)</c> and <c>inputShape: new int?[] { null, 13 }</c> all work.
/// Elements may be null only where Keras accepts <c>None</c> (input shapes, Reshape targets are ints).
/// </summary>
public readonly struct Size : IEquatable<Size>
{
    // A view of a private copy: a layer that holds a size can never see it change (summaries rebuild walk-throughs
    // from layers), so no caller's array is kept and none is handed out.
    private readonly ArrayView<int?>? _values;

    public Size(params int?[] values) : this((int?[])values.Clone(), owned: true) { }

    /// <summary>Takes <paramref name="values"/> as the size's own array, uncopied (the caller made it and lets it go).</summary>
    private Size(int?[] values, bool owned) => _values = new ArrayView<int?>(values);

    /// <summary>The values as written (one value for a scalar).</summary>
    public IReadOnlyList<int?> Values => _values ?? (IReadOnlyList<int?>)[];

    /// <summary><see cref="Values"/> as a span.</summary>
    internal ReadOnlySpan<int?> ValueSpan => _values is { } values ? values.AsSpan() : default;

    /// <summary>True when both hold the same values (the same object underneath, as shared sizes are, or equal ones).</summary>
    internal bool HasSameValues(Size other) => ReferenceEquals(_values, other._values) || ValueSpan.SequenceEqual(other.ValueSpan);

    /// <summary>True when written as one integer rather than a tuple.</summary>
    public bool IsScalar => Values.Count == 1 && !IsTuple;

    /// <summary>True when written as a tuple or array (even of length one).</summary>
    public bool IsTuple { get; private init; }

    public static implicit operator Size(int value) =>
        value is >= 0 and < SharedScalarCount ? SharedScalars[value] : new Size([value], owned: true);

    // Strides of 1, kernels of 3, pools of 2: scalars every layer repeats, made once (a size never changes).
    private const int SharedScalarCount = 33;
    private static readonly Size[] SharedScalars = MakeSharedScalars();

    private static Size[] MakeSharedScalars()
    {
        var sizes = new Size[SharedScalarCount];
        for (int i = 0; i < sizes.Length; i++) sizes[i] = new Size([i], owned: true);
        return sizes;
    }
    public static implicit operator Size(int[] values) => new(values.Select(v => (int?)v).ToArray(), owned: true) { IsTuple = true };
    public static implicit operator Size(int?[] values) => new(values) { IsTuple = true };
    public static implicit operator Size((int, int) t) => new Size(t.Item1, t.Item2) { IsTuple = true };
    public static implicit operator Size((int, int, int) t) => new Size(t.Item1, t.Item2, t.Item3) { IsTuple = true };
    public static implicit operator Size((int, int, int, int) t) => new Size(t.Item1, t.Item2, t.Item3, t.Item4) { IsTuple = true };
    public static implicit operator Size((int, int, int, int, int, int) t) =>
        new Size(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6) { IsTuple = true };

    /// <summary>A tuple from values (for readers that build sizes from parsed source).</summary>
    public static Size Tuple(IEnumerable<int?> values) => new(values.ToArray(), owned: true) { IsTuple = true };

    /// <summary>Python's text for the value: <c>3</c> or <c>(3, 2)</c>.</summary>
    public override string ToString() =>
        IsTuple ? KerasNumbers.Tuple(Values) : string.Join(", ", Values.Select(v => KerasNumbers.Dim(v)));

    public bool Equals(Size other) => IsTuple == other.IsTuple && Values.SequenceEqual(other.Values);
    public override bool Equals(object? obj) => obj is Size s && Equals(s);
    public static bool operator ==(Size left, Size right) => left.Equals(right);
    public static bool operator !=(Size left, Size right) => !left.Equals(right);
    public override int GetHashCode() => Values.Aggregate(IsTuple ? 17 : 3, (h, v) => HashCode.Combine(h, v));
}
