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

/// <summary>A layer instance, with where it was created (model errors point there).</summary>
internal sealed class LayerValue(Layer layer, TextSpan span) : PyValue
{
    public Layer Layer { get; } = layer;
    public TextSpan Span { get; } = span;
    public override string TypeName => Layer.ClassName;
}
