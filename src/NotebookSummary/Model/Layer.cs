using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// One layer of a model, described with Keras's vocabulary. A layer type is one file: its constructor takes Keras's
/// arguments (in Keras's positional order, camelCase names), and <see cref="Build"/> states its shape rule and
/// parameter formula through a <see cref="LayerBuilder"/>. Constructors never validate: every check happens while
/// summarizing, so a bad argument becomes a model error that names the layer instead of an exception.
/// </summary>
public abstract class Layer
{
    protected Layer(string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null,
        string? activation = null)
    {
        Activation = activation;
        Name = name;
        Trainable = trainable;
        InputShape = inputShape;
        InputDim = inputDim;
    }

    /// <summary>The explicit name, or null for Keras's default (<c>conv2d</c>, <c>conv2d_1</c>, ...).</summary>
    public string? Name { get; init; }

    /// <summary>False freezes the layer: all its parameters count as non-trainable.</summary>
    public bool Trainable { get; init; }

    /// <summary>Keras's <c>input_shape</c> (without the batch), honoured on the first layer.</summary>
    public Size? InputShape { get; init; }

    /// <summary>Keras's <c>input_dim</c>: shorthand for <c>input_shape=(input_dim,)</c>.</summary>
    public int? InputDim { get; init; }

    /// <summary>A fixed batch size (Keras's <c>batch_input_shape[0]</c> or <c>batch_size</c>), null = unknown.</summary>
    public int? BatchSize { get; init; }

    /// <summary>The activation, for display (e.g. <c>relu</c>); null when none was given.</summary>
    public string? Activation { get; init; }

    /// <summary>Where the layer was written, when it came from source text; model errors point there.</summary>
    public SourceLocation? Source { get; set; }

    /// <summary>The Keras class name, e.g. <c>Conv2D</c>.</summary>
    public virtual string ClassName => GetType().Name;

    /// <summary>The coarse kind renderers use for glyphs and drawing styles.</summary>
    public virtual LayerKind Kind => LayerKind.Other;

    /// <summary>Layers this one wraps (TimeDistributed, Bidirectional); they are named before their wrapper, as in Keras.</summary>
    public virtual IReadOnlyList<Layer> InnerLayers => [];

    /// <summary>The type as shown in summaries: the class name, or <c>TimeDistributed(Conv2D)</c> for wrappers.</summary>
    public virtual string DisplayType => ClassName;

    /// <summary>Keras's default name prefix: the class name in snake case (<c>MaxPooling2D</c> → <c>max_pooling2d</c>).</summary>
    public virtual string DefaultNamePrefix => KerasNames.ToSnakeCase(ClassName);

    /// <summary>States the output shape and parameter count for the input in <paramref name="b"/>.</summary>
    protected internal abstract void Build(LayerBuilder b);

    /// <summary>
    /// The model input shape this layer declares when it is first (input_shape / input_dim / batch size), or null.
    /// Layers that imply one override it (Keras 2's Embedding implies <c>(input_length,)</c>).
    /// </summary>
    protected internal virtual Shape? DeclaredInputShape()
    {
        if (InputShape is { } s)
            return Shape.WithBatch(BatchSize, s.Values.Select(v => (long?)v));
        if (InputDim is { } d)
            return Shape.WithBatch(BatchSize, [d]);
        return null;
    }
}
