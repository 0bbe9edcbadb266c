namespace NotebookSummary.Keras.Runtime;

/// <summary>A Keras layer class, e.g. the value of <c>layers.Dense</c> or of <c>RNN = layers.LSTM</c>.</summary>
internal sealed class LayerClassValue(Type type, string kerasName) : PyValue
{
    public Type Type { get; } = type;
    /// <summary>The Keras name it was found by (<c>Convolution2D</c> for the alias); Keras 1 names change argument rules.</summary>
    public string KerasName { get; } = kerasName;
    public override string TypeName => "type";
}

/// <summary>A name from a Keras layers module that is not a known layer (<c>from keras.layers import Conv2d</c>).</summary>
internal sealed class UnknownLayerClass(string name) : PyValue
{
    public string Name { get; } = name;
    public override string TypeName => "type";
}

/// <summary>
/// A layer object of the running code, with where it was created. Python's layer is mutable and the library's
/// <see cref="NotebookSummary.Layer"/> is not: this object is the identity (the models that hold it, the variables
/// and <c>model.layers</c> all see one object), <see cref="Layer"/> its current description. Setting an attribute
/// (<c>layer.trainable = False</c>) describes it anew with a changed copy, so a model or summary handed out before
/// keeps the layer it had.
/// </summary>
internal sealed class LayerValue(Layer layer, TextSpan span) : PyValue
{
    // Wrappers that share this layer (TimeDistributed(layer)): a change to it is a change to them, as in Keras.
    private List<LayerValue>? _sharers;

    public Layer Layer { get; private set; } = layer;
    public TextSpan Span { get; } = span;
    public override string TypeName => Layer.ClassName;

    /// <summary>The layer with changed generic settings (<c>layer.trainable = False</c>, <c>layer.name = ...</c>).</summary>
    public void Change(Func<LayerSettings, LayerSettings> change) => Describe(Layer.With(change(Layer.Settings)));

    /// <summary>Records that <paramref name="wrapper"/>, created after this layer, wraps this very layer.</summary>
    public void SharedBy(LayerValue wrapper) => (_sharers ??= []).Add(wrapper);

    private void Describe(Layer replacement)
    {
        var original = Layer;
        if (ReferenceEquals(original, replacement)) return;
        Layer = replacement;
        if (_sharers is null) return;
        foreach (var wrapper in _sharers)
            if (wrapper.Layer is Wrapper w) wrapper.Describe(w.WithInner(original, replacement));
    }
}
