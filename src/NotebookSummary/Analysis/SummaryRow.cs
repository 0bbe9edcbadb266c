
namespace NotebookSummary.Analysis;

/// <summary>One layer of a computed summary: what Keras's <c>model.summary()</c> prints, plus the walk-through.</summary>
public sealed record SummaryRow
{
    /// <summary>0-based position in the model (the Input layer is not a row).</summary>
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
    public required Shape InputShape { get; init; }
    public required Shape OutputShape { get; init; }
    /// <summary>All parameters of the layer (Keras's <c>count_params()</c>).</summary>
    public required long Params { get; init; }
    public required long TrainableParams { get; init; }
    public required long NonTrainableParams { get; init; }
    /// <summary>The layer's <c>trainable</c> flag (false = frozen).</summary>
    public required bool Trainable { get; init; }
    /// <summary>
    /// How the parameter count and the output dimensions follow from the layer's arguments and input. Computed when
    /// first read, by building the layer again on <see cref="InputShape"/>: layers are immutable and their rules
    /// deterministic, so it is the walk-through the row's numbers came from. Most displays of a large model read few
    /// walk-throughs, and a summary that does not keep every formula tree alive costs a fraction of one that does.
    /// </summary>
    public WalkThrough WalkThrough
    {
        get
        {
            if (_walkThrough is { } known) return known;
            var built = Summarizer.BuildWalkThrough(Layer, InputShape);
            return Interlocked.CompareExchange(ref _walkThrough, built, null) ?? built;
        }
        init => _walkThrough = value;
    }

    private WalkThrough? _walkThrough;

    /// <summary>
    /// The <see cref="WalkThroughFingerprint"/> of <see cref="WalkThrough"/>, computed while the row was built (rows
    /// made otherwise compute it from their walk-through, without keeping that).
    /// </summary>
    internal long WalkThroughFingerprint
    {
        get => _fingerprint ?? Analysis.WalkThroughFingerprint.Of(_walkThrough ?? Summarizer.BuildWalkThrough(Layer, InputShape));
        init => _fingerprint = value;
    }

    private readonly long? _fingerprint;

    /// <summary>
    /// Multiply-accumulate operations for one sample in one forward pass: each weight multiplication of the layer's
    /// main computation (kernel or matrix products) counted once; bias additions, activations and normalization
    /// arithmetic are not counted. Null when not defined for the layer or when a dimension is unknown.
    /// </summary>
    public long? MultiplyAccumulates { get; init; }
    /// <summary>Number of values in the layer's output for one sample (null when a dimension is unknown, or when the
    /// number does not fit 64 bits).</summary>
    public long? OutputElements => OutputShape.SampleSize;
    /// <summary>Activation memory for one sample at float32: <see cref="OutputElements"/> × 4 bytes (null when that
    /// is null, or when the product does not fit 64 bits).</summary>
    public long? OutputBytes => OutputElements is { } n && n <= long.MaxValue / 4 ? n * 4 : null;
    /// <summary>The sliding window of convolution and pooling layers (for drawings), else null.</summary>
    public Window? Window { get; init; }
    /// <summary>The layer object this row describes.</summary>
    public required Layer Layer { get; init; }
    /// <summary>True when the layer has no weights at all (its walk-through gives the reason).</summary>
    public required bool HasNoWeights { get; init; }
}

/// <summary>The sliding window of a convolution or pooling layer, per spatial axis.</summary>
public sealed record Window(IReadOnlyList<int> Size, IReadOnlyList<int> Strides);
