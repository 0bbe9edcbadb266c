namespace NotebookSummary.Analysis;

/// <summary>
/// What a layer is built on: the shapes of the tensors it is called on, who made each (for messages such as
/// "dense (None, 8) and dense_1 (None, 16)"), and whether they came as a list. A value: a row keeps it to build its
/// walk-through again, and two rows built on equal inputs compare equal.
/// </summary>
internal sealed class LayerInputs : IEquatable<LayerInputs>
{
    // The first tensor's shape and label as fields, the lists only for several tensors: every row keeps its inputs
    // (to build its walk-through again), and almost every call is on one tensor.
    private readonly Shape _first;
    private readonly string? _firstLabel;
    private readonly ArrayView<Shape>? _shapes;
    private readonly ArrayView<string?>? _labels;

    public LayerInputs(Shape[] shapes, string?[] labels, bool asList)
    {
        if (shapes.Length == 0 || shapes.Length != labels.Length)
            throw new ArgumentException("one label per shape, and at least one shape", nameof(labels));
        (_first, _firstLabel) = (shapes[0], labels[0]);
        if (shapes.Length > 1) (_shapes, _labels) = (new ArrayView<Shape>(shapes), new ArrayView<string?>(labels));
        AsList = asList;
    }

    private LayerInputs(Shape shape, string? label) => (_first, _firstLabel) = (shape, label);

    /// <summary>One tensor, not in a list: a Sequential model's layer, or <c>layer(x)</c>.</summary>
    public static LayerInputs One(Shape shape, string? label = null, NameScope? scope = null, bool frozen = false) =>
        new(shape, label) { Scope = scope, Frozen = frozen };

    /// <summary>How many tensors the layer is called on.</summary>
    public int Count => _shapes?.Count ?? 1;

    /// <summary>The shape of the first tensor.</summary>
    public Shape First => _first;

    /// <summary>The shapes, in order (a list made when asked, for one tensor: read <see cref="First"/> and <see cref="Count"/> where that will do).</summary>
    public IReadOnlyList<Shape> Shapes => _shapes ?? new ArrayView<Shape>([_first]);

    /// <summary>Who made each tensor (a layer name, or <c>dense[1][0]</c> for a later call), or null when unknown.</summary>
    public IReadOnlyList<string?> Labels => _labels ?? new ArrayView<string?>([_firstLabel]);

    /// <summary>The label of tensor <paramref name="i"/> (see <see cref="Labels"/>).</summary>
    public string? LabelAt(int i) => _labels is { } labels ? labels[i] : i == 0 ? _firstLabel : throw new ArgumentOutOfRangeException(nameof(i));

    private Shape ShapeAt(int i) => _shapes is { } shapes ? shapes[i] : i == 0 ? _first : throw new ArgumentOutOfRangeException(nameof(i));

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
    public string Describe(int i) => LabelAt(i) is { } label ? $"{label} {ShapeAt(i)}" : ShapeAt(i).ToString();

    public bool Equals(LayerInputs? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || AsList != other.AsList || Count != other.Count) return false;
        for (int i = 0; i < Count; i++)
            if (!ShapeAt(i).Equals(other.ShapeAt(i)) || !string.Equals(LabelAt(i), other.LabelAt(i), StringComparison.Ordinal))
                return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as LayerInputs);

    public override int GetHashCode() => HashCode.Combine(_first, Count, AsList);
}
