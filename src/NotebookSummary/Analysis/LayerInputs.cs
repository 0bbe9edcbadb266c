namespace NotebookSummary.Analysis;

/// <summary>
/// What a layer is built on: the shapes of the tensors it is called on, who made each (for messages such as
/// "dense (None, 8) and dense_1 (None, 16)"), and whether they came as a list. A value: a row keeps it to build its
/// walk-through again, and two rows built on equal inputs compare equal.
/// </summary>
internal sealed class LayerInputs : IEquatable<LayerInputs>
{
    private readonly ArrayView<Shape> _shapes;
    private readonly ArrayView<string?> _labels;

    public LayerInputs(Shape[] shapes, string?[] labels, bool asList)
    {
        if (shapes.Length == 0 || shapes.Length != labels.Length)
            throw new ArgumentException("one label per shape, and at least one shape", nameof(labels));
        _shapes = new ArrayView<Shape>(shapes);
        _labels = new ArrayView<string?>(labels);
        AsList = asList;
    }

    /// <summary>One tensor, not in a list: a Sequential model's layer, or <c>layer(x)</c>.</summary>
    public static LayerInputs One(Shape shape, string? label = null, NameScope? scope = null, bool frozen = false) =>
        new([shape], [label], asList: false) { Scope = scope, Frozen = frozen };

    public IReadOnlyList<Shape> Shapes => _shapes;

    /// <summary>Who made each tensor (a layer name, or <c>dense[1][0]</c> for a later call), or null when unknown.</summary>
    public IReadOnlyList<string?> Labels => _labels;

    public bool AsList { get; }

    /// <summary>
    /// The names of the model being summarized, for a model used as a layer to name its own rows as the outer model
    /// does; null outside a model. Not part of the value: it says how names are given, not what was built.
    /// </summary>
    public NameScope? Scope { get; init; }

    /// <summary>
    /// True when the model being summarized is frozen (<c>trainable = False</c>), which freezes every layer in it, the
    /// layers of the models nested in it too (Keras sets <c>trainable</c> on every sublayer). Not part of the value.
    /// </summary>
    public bool Frozen { get; init; }

    /// <summary>Input <paramref name="i"/> in the user's terms: <c>dense (None, 8)</c>, or just the shape.</summary>
    public string Describe(int i) => _labels[i] is { } label ? $"{label} {_shapes[i]}" : _shapes[i].ToString();

    public bool Equals(LayerInputs? other) =>
        ReferenceEquals(this, other) || other is not null && AsList == other.AsList
        && _shapes.SequenceEqual(other._shapes) && _labels.SequenceEqual(other._labels, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as LayerInputs);

    public override int GetHashCode() => HashCode.Combine(_shapes[0], _shapes.Count, AsList);
}
