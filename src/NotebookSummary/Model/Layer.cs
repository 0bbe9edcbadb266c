using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// One layer of a model, described with Keras's vocabulary. A layer type is one file: its constructor takes Keras's
/// arguments (in Keras's positional order, camelCase names), and <see cref="Build"/> states its shape rule and
/// parameter formula through a <see cref="LayerBuilder"/>. Constructors never validate: every check happens while
/// summarizing, so a bad argument becomes a model error that names the layer instead of an exception.
/// </summary>
/// <remarks>
/// A layer is immutable once constructed (properties are init-only): a summary may rebuild a walk-through from
/// it long after it was returned. Code that changes a layer — the Keras reader running <c>layer.trainable = False</c>
/// — makes a changed copy (<see cref="With"/>) and leaves the original as it was.
/// </remarks>
public abstract partial class Layer
{
    // Assigned only by the constructor, the init accessors and With (on a copy no one else has seen yet).
    private LayerSettings _settings;

    protected Layer(string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null,
        string? activation = null)
    {
        Activation = activation;
        _settings = new LayerSettings(name, trainable, inputShape, inputDim, BatchSize: null, Source: null);
        _creationOrder = CreationSequence.Next();
        _facts = LayerTypeFacts.Of(GetType());
    }

    // When the layer was constructed, relative to other layers and models: a functional model's default names
    // follow it, as Keras's do. A changed copy (With) keeps it: it stands for the same Python object. Assigned
    // only by the constructor and CopyAsNewLayer (on a copy no one else has seen yet).
    private long _creationOrder;

    /// <summary>When the layer (or the model it stands for) was made; see <see cref="CreationSequence"/>.</summary>
    internal virtual long CreationOrder => _creationOrder;

    /// <summary>The explicit name, or null for Keras's default (<c>conv2d</c>, <c>conv2d_1</c>, ...).</summary>
    public string? Name { get => _settings.Name; init => _settings = _settings with { Name = value }; }

    /// <summary>False freezes the layer: all its parameters count as non-trainable.</summary>
    public bool Trainable { get => _settings.Trainable; init => _settings = _settings with { Trainable = value }; }

    /// <summary>Keras's <c>input_shape</c> (without the batch), honoured on the first layer.</summary>
    public Size? InputShape { get => _settings.InputShape; init => _settings = _settings with { InputShape = value }; }

    /// <summary>Keras's <c>input_dim</c>: shorthand for <c>input_shape=(input_dim,)</c>.</summary>
    public int? InputDim { get => _settings.InputDim; init => _settings = _settings with { InputDim = value }; }

    /// <summary>A fixed batch size (Keras's <c>batch_input_shape[0]</c> or <c>batch_size</c>), null = unknown.</summary>
    public int? BatchSize { get => _settings.BatchSize; init => _settings = _settings with { BatchSize = value }; }

    /// <summary>The activation, for display (e.g. <c>relu</c>); null when none was given.</summary>
    public string? Activation { get; init; }

    /// <summary>Where the layer was written, when it came from source text; model errors point there.</summary>
    public SourceLocation? Source { get => _settings.Source; init => _settings = _settings with { Source = value }; }

    /// <summary>The generic settings together (name, trainable, input shape, ...), for <see cref="With"/>.</summary>
    internal LayerSettings Settings => _settings;

    /// <summary>
    /// This layer with other generic settings, as a copy: this layer does not change, so a model or summary that
    /// holds it keeps what it had. Returns this layer when nothing changes.
    /// </summary>
    internal Layer With(LayerSettings settings)
    {
        if (settings == _settings) return this;
        var copy = Copy();
        copy._settings = settings;
        return copy;
    }

    /// <summary>
    /// Gives a layer its generic settings right after its constructor ran, before anything else holds it (the
    /// reader's binder, which sets name, trainable and where it was written): no model or summary can see the change,
    /// and the copy <see cref="With"/> would make is saved on every layer read.
    /// </summary>
    internal void SetSettingsOfNewLayer(LayerSettings settings) => _settings = settings;

    /// <summary>
    /// A new layer equal to what this layer's constructor made (its constructor-time <paramref name="settings"/>),
    /// numbered as made now: the reader's binder calls it instead of the constructor when a call repeats the
    /// arguments of one it constructed (see <c>LayerPrototypes</c>). A shallow copy is a new construction only
    /// for a library layer (every field immutable, the constructor's one effect the creation number) that wraps
    /// no layer.
    /// </summary>
    internal Layer CopyAsNewLayer(LayerSettings settings)
    {
        var copy = Copy();
        copy._settings = settings;
        copy._creationOrder = CreationSequence.Next();
        return copy;
    }

    /// <summary>A shallow copy, for the With methods only: every field it shares is immutable.</summary>
    private protected Layer Copy() => (Layer)MemberwiseClone();

    /// <summary>
    /// True when the layer's type, and those of the layers it wraps, are the library's own: each is checked
    /// immutable (a test reads their fields), so a summary may keep the layer and rebuild the walk-through from it
    /// later. A layer type written elsewhere may hold state that changes; its walk-through is kept when built.
    /// </summary>
    internal bool HasLibraryRules
    {
        get
        {
            if (!Facts.IsLibraryType) return false;
            var inner = LayersWithRules;
            for (int i = 0; i < inner.Count; i++)
                if (!inner[i].HasLibraryRules) return false;
            return true;
        }
    }

    /// <summary>The Keras class name, e.g. <c>Conv2D</c>.</summary>
    public virtual string ClassName => Facts.Name;

    /// <summary>True when the layer's own class is the library's (not those of the layers it wraps: see <see cref="HasLibraryRules"/>).</summary>
    internal bool HasLibraryType => Facts.IsLibraryType;

    /// <summary>True for an <see cref="Input"/> (<c>layer is Input</c>, answered by the class's facts).</summary>
    internal bool IsInput => Facts.IsInput;

    /// <summary>True for an <see cref="Operation"/> (<c>layer is Operation</c>, answered by the class's facts).</summary>
    internal bool IsOperation => Facts.IsOperation;

    /// <summary>What this layer's class says about all its layers, found once per class (no reflection per layer).</summary>
    private LayerTypeFacts Facts => _facts;

    // Found when the layer is made: a summary asks for them several times a row (class name, type shown, default
    // name, library rules, data format). A changed copy (With) is of the same class and keeps them.
    private readonly LayerTypeFacts _facts;

    /// <summary>The coarse kind renderers use for glyphs and drawing styles.</summary>
    public virtual LayerKind Kind => LayerKind.Other;

    /// <summary>Layers this one wraps (TimeDistributed, Bidirectional); they are named before their wrapper, as in Keras.</summary>
    public virtual IReadOnlyList<Layer> InnerLayers => [];

    /// <summary>
    /// Every layer whose rules this one's build runs: the wrapped layers, or all the layers of a model used as a
    /// layer (which are not named with it, so they are not <see cref="InnerLayers"/>).
    /// </summary>
    internal virtual IReadOnlyList<Layer> LayersWithRules => InnerLayers;

    /// <summary>
    /// True for layers that take a list of tensors (merges: Add, Concatenate, ...). Any other layer takes one tensor,
    /// and calling it on several is a model error.
    /// </summary>
    public virtual bool TakesSeveralInputs => false;

    /// <summary>
    /// Default-name prefixes of the unnamed layers Keras makes inside this one when it is first called (its build),
    /// which take a number from the session's counters then (MultiHeadAttention's softmax and dropout).
    /// </summary>
    internal virtual IReadOnlyList<string> PrefixesTakenWhenBuilt => [];

    /// <summary>The type as shown in summaries: the class name, or <c>TimeDistributed(Conv2D)</c> for wrappers.</summary>
    public virtual string DisplayType => ClassName;

    /// <summary>Keras's default name prefix: the class name in snake case (<c>MaxPooling2D</c> → <c>max_pooling2d</c>).</summary>
    public virtual string DefaultNamePrefix
    {
        get
        {
            // The class's own name (the same string, as most layers do not rename their class) has its prefix found once.
            var facts = Facts;
            string className = ClassName;
            return ReferenceEquals(className, facts.Name) ? facts.NamePrefix : SnakeCase.OfClassName(className);
        }
    }

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
