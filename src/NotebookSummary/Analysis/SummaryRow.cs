
namespace NotebookSummary.Analysis;

/// <summary>
/// One layer of a computed summary: what Keras's <c>model.summary()</c> prints, plus the walk-through. A value: it
/// holds plain values taken when the model was summarized, so nothing done to the model or its layers afterwards
/// changes it, and two rows with equal values are equal (see <see cref="Equals(SummaryRow?)"/>).
/// </summary>
public sealed partial record SummaryRow
{
    /// <summary>0-based position in the model (a Sequential's Input layer is not a row; a functional model's are).</summary>
    public required int Index { get; init; }
    /// <summary>The layer's name: explicit, or Keras's default for this model (<c>conv2d_1</c>).</summary>
    public required string Name { get; init; }
    /// <summary>The Keras class name, e.g. <c>Conv2DTranspose</c>.</summary>
    public required string ClassName { get; init; }
    /// <summary>The type as displayed, <c>TimeDistributed(Conv2D)</c> for wrappers, else the class name.</summary>
    public required string DisplayType { get; init; }
    /// <summary>The activation given to the layer, or null.</summary>
    public string? Activation { get; init; }
    public required LayerKind Kind { get; init; }
    /// <summary>The shape of the (first) tensor the layer was called on; an InputLayer row's is its own shape.</summary>
    public required Shape InputShape
    {
        get => _inputShape;
        init
        {
            // A row built on one tensor builds its walk-through again on this shape (see SourceInputs): a copy given
            // another shape first takes the inputs it was built on as they were.
            if (_sourceInputs is not null and not LayerInputs && !ReferenceEquals(value, _inputShape)) _sourceInputs = SourceInputs;
            _inputShape = value;
        }
    }

    private readonly Shape _inputShape = null!;
    /// <summary>The output shape (the first, for a layer with several outputs: see <see cref="OutputShapes"/>).</summary>
    public required Shape OutputShape { get; init; }

    /// <summary>
    /// Every output's shape: one for most layers, several for a nested model with several outputs (Keras prints them
    /// as a list). Defaults to <see cref="OutputShape"/> alone.
    /// </summary>
    public IReadOnlyList<Shape> OutputShapes
    {
        get => _rare?.OutputShapes ?? new ArrayView<Shape>([OutputShape]);
        init => _rare = Rare with { OutputShapes = ArrayView<Shape>.Copy(value) };
    }

    /// <summary>
    /// The values few rows have (several outputs, a nested model's summary), together: the usual row keeps one empty
    /// reference for them, not one a value. A copy made with <c>with</c> shares the object until it is given another.
    /// </summary>
    private sealed record RareValues(IReadOnlyList<Shape>? OutputShapes, ModelSummary? Nested)
    {
        public static readonly RareValues None = new(null, null);
    }

    private readonly RareValues? _rare;
    private RareValues Rare => _rare ?? RareValues.None;

    /// <summary>
    /// <see cref="OutputShapes"/> from a build (whose first output is <see cref="OutputShape"/>): kept only when there
    /// are several, so the usual row holds no one-element copy (a list and an array a row, 100,000 of them alive).
    /// </summary>
    internal IReadOnlyList<Shape> BuiltOutputShapes
    {
        init
        {
            if (value.Count > 1) _rare = Rare with { OutputShapes = ArrayView<Shape>.Copy(value) };
        }
    }

    /// <summary>True when <see cref="OutputShapes"/> is <see cref="OutputShape"/> alone: a renderer then reads that,
    /// rather than have a one-element list made for each row it draws.</summary>
    internal bool HasOneOutputShape => _rare?.OutputShapes is null;

    /// <summary>
    /// Keras's "Connected to" entries of a functional model's row: for each call of the layer in this model, each
    /// tensor it was called on as <c>name[node_index][tensor_index]</c> (<c>dense[1][0]</c>: output 0 of the second
    /// call of <c>dense</c>). Empty for an InputLayer row and for the rows of a Sequential model.
    /// </summary>
    public IReadOnlyList<string> ConnectedTo
    {
        get => _connectedTo;
        init => _connectedTo = ArrayView<string>.Copy(value);
    }

    private readonly IReadOnlyList<string> _connectedTo = Array.Empty<string>();
    /// <summary>All parameters of the layer (Keras's <c>count_params()</c>).</summary>
    public required long Params { get; init; }
    public required long TrainableParams { get; init; }
    public required long NonTrainableParams { get; init; }
    /// <summary>The layer's <c>trainable</c> flag (false = frozen).</summary>
    public required bool Trainable { get; init; }
    /// <summary>
    /// How the parameter count and the output dimensions follow from the layer's arguments and input. For the
    /// library's own layers it is built when first read, by building the layer again on the input it was built on:
    /// the row keeps that layer, which is immutable, and layer rules are deterministic, so it is the walk-through the
    /// row's numbers came from. Most displays of a large model read few walk-throughs, and a summary that does not
    /// keep every formula tree alive costs a fraction of one that does. A row made without one has an empty one.
    /// </summary>
    public WalkThrough WalkThrough
    {
        get
        {
            if (KnownWalkThrough(_derived) is { } known) return known;
            if (!_rebuilds) return WalkThrough.Empty;
            var built = Summarizer.BuildWalkThrough(_owner!, SourceInputs!);
            while (true)
            {
                var seen = _derived;
                if (KnownWalkThrough(seen) is { } first) return first;
                object next = seen is Derived d ? new Derived(built, d.Fingerprint) : built;
                if (Interlocked.CompareExchange(ref _derived, next, seen) == seen) return built;
            }
        }
        init
        {
            // A walk-through given replaces the one the row would build, and the fingerprint taken from that.
            _derived = value;
            _rebuilds = false;
            _sourceInputs = null;
        }
    }

    // What the row works out when first asked, in one reference: the walk-through (kept once read, or given), or a
    // Derived holding the fingerprint too. Not part of the row's value (equality does not depend on whether it is filled).
    private object? _derived;

    private sealed class Derived(WalkThrough? walkThrough, long fingerprint)
    {
        public WalkThrough? WalkThrough { get; } = walkThrough;
        public long Fingerprint { get; } = fingerprint;
    }

    private static WalkThrough? KnownWalkThrough(object? derived) => derived as WalkThrough ?? (derived as Derived)?.WalkThrough;

    // True when WalkThrough is built from _owner, a layer with library rules (immutable), on SourceInputs.
    private readonly bool _rebuilds;

    // What the row was built on, for its walk-through and for masking input names in its fingerprint: the
    // LayerInputs, or, for one tensor not in a list (almost every row), only that tensor's label (NoLabel for none),
    // the shape being InputShape. A row then keeps no object of its own for its inputs, and not the model's names.
    private readonly object? _sourceInputs;
    private static readonly object NoLabel = new();

    private LayerInputs? SourceInputs => _sourceInputs switch
    {
        null => null,
        LayerInputs inputs => inputs,
        var label => LayerInputs.One(_inputShape, ReferenceEquals(label, NoLabel) ? null : (string)label),
    };

    /// <summary>
    /// Takes the walk-through from the build that made the row: the layer and input to build it again from when
    /// first read — or, for a layer type written outside the library (it may hold state that changes later), the
    /// walk-through itself. Also the row's <see cref="WeightOwner"/>.
    /// </summary>
    internal LayerBuilder BuiltBy
    {
        init
        {
            _owner = value.Layer;
            // Only a nested model's build reads the names and the frozen flag beside the shapes (it summarizes the
            // inner model with them), so every other row built on one tensor keeps just its label.
            bool one = value.OnOneTensor && ReferenceEquals(value.Input, _inputShape) && value.Nested is null;
            _sourceInputs = one ? value.FirstLabel ?? NoLabel : value.Given;
            if (value.Layer.HasLibraryRules)
            {
                _rebuilds = true;
                // A repeated block's rows share their formula objects: the fingerprint then needs no build again.
                _derived = value.SharedFormulas();
            }
            else _derived = value.ToWalkThrough();
        }
    }

    /// <summary>
    /// A 64-bit <see cref="WalkThroughFingerprint"/> of <see cref="WalkThrough"/>, with the names of the row's inputs
    /// masked in its notes (rows given a walk-through compute it from that, unmasked). Computed when first asked:
    /// only the renderers that fold repeated blocks read it.
    /// </summary>
    internal long WalkThroughFingerprint
    {
        get
        {
            if (_derived is Derived known) return known.Fingerprint;
            if (_derived is FormulaSet set) return SharedFingerprint(set);
            long made = MakeFingerprint();
            while (true)
            {
                var seen = _derived;
                if (seen is Derived first) return first.Fingerprint;
                if (Interlocked.CompareExchange(ref _derived, new Derived(seen as WalkThrough, made), seen) == seen) return made;
            }
        }
    }

    // A row on one tensor keeps only its label: checked against the notes as it is, with no LayerInputs made for it.
    private long SharedFingerprint(FormulaSet set) => _sourceInputs switch
    {
        _ when !set.HasNotes => set.FingerprintOn(null),
        LayerInputs inputs => set.FingerprintOn(inputs),
        string label when set.NotesName(label) => set.FingerprintOn(SourceInputs),
        _ => set.FingerprintOn(null), // no label, or one no note names: nothing to mask
    };

    private long MakeFingerprint()
    {
        var inputs = SourceInputs;
        if (_derived is not null || !_rebuilds) return Analysis.WalkThroughFingerprint.Of(WalkThrough, inputs);
        // Built again without keeping the walk-through: folding reads the fingerprint of every row, the walk-through of few.
        var b = LayerBuilder.Rent();
        try
        {
            b.StartAgainOn(_owner!, inputs!);
            b.Build();
            return b.Fingerprint(inputs);
        }
        finally
        {
            LayerBuilder.Return(b);
        }
    }

    /// <summary>
    /// Multiply-accumulate operations for one sample in one forward pass: each weight multiplication of the layer's
    /// main computation (kernel or matrix products) counted once; bias additions, activations and normalization
    /// arithmetic are not counted. Null when not defined for the layer or when a dimension is unknown.
    /// </summary>
    public long? MultiplyAccumulates { get => _macs == UnknownCount ? null : _macs; init => _macs = value ?? UnknownCount; }

    // A count as a long, not a nullable one (8 bytes less a row): no count is this negative.
    private readonly long _macs = UnknownCount;
    private const long UnknownCount = long.MinValue;
    /// <summary>Number of values in the layer's output for one sample (null when a dimension is unknown, or when the
    /// number does not fit 64 bits).</summary>
    public long? OutputElements => OutputShape.SampleSize;
    /// <summary>Activation memory for one sample at float32: <see cref="OutputElements"/> × 4 bytes (null when that
    /// is null, or when the product does not fit 64 bits).</summary>
    public long? OutputBytes => OutputElements is { } n && n <= long.MaxValue / 4 ? n * 4 : null;
    /// <summary>The sliding window of convolution and pooling layers (for drawings), else null.</summary>
    public Window? Window { get; init; }
    /// <summary>
    /// The layer's Keras <c>data_format</c> (<c>channels_last</c> or <c>channels_first</c>), or that of the layer it
    /// wraps; null for a layer without one, whose output keeps its input's layout. Drawings orient tensors by it.
    /// </summary>
    public string? DataFormat { get; init; }
    /// <summary>
    /// For a model used as a layer (a row of class <c>Sequential</c> or <c>Functional</c>), that model's own summary
    /// on the tensors it is called on, its rows those Keras's <c>expand_nested</c> would show; null for other layers.
    /// </summary>
    public ModelSummary? Nested
    {
        get => _rare?.Nested;
        init
        {
            if (value is not null || _rare?.Nested is not null) _rare = Rare with { Nested = value };
        }
    }

    /// <summary>
    /// The layer whose weights the row shows, so that totals count a layer shown on several rows (directly and inside
    /// a nested model) once (<see cref="WeightTally"/>). Not part of the row's value, and not handed out.
    /// </summary>
    internal Layer? WeightOwner { get => _owner; init => _owner = value; }

    private readonly Layer? _owner;
    /// <summary>True when the layer has no weights at all (its walk-through gives the reason).</summary>
    public required bool HasNoWeights { get; init; }
    /// <summary>
    /// True for a <c>keras.ops</c> operation on tensors (<c>x + y</c>, <c>ops.relu(x)</c>; see <see cref="Operation"/>),
    /// which Keras shows as a row like a layer's, false for a layer.
    /// </summary>
    public bool IsOperation { get; init; }
}
