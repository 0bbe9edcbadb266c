namespace NotebookSummary.Keras.Binding;

/// <summary>
/// What binding a call needs to know of the layer class called, worked out once per class value instead of per
/// layer (a deep model calls the same few classes thousands of times): whether it is an Input, and its constructors.
/// </summary>
internal sealed class LayerClassBinding(Type type, string kerasName)
{
    /// <summary>The layer type.</summary>
    public Type Type { get; } = type;

    /// <summary>The Keras name it was found by (<c>Convolution2D</c> for the alias of Conv2D).</summary>
    public string KerasName { get; } = kerasName;

    /// <summary>True for Input and InputLayer, which <see cref="InputFactory"/> binds.</summary>
    public bool IsInput { get; } = typeof(Input).IsAssignableFrom(type);

    private IReadOnlyList<LayerSignature>? _signatures;

    /// <summary>The constructors, in the order they are tried (<see cref="LayerSignature.Of"/>).</summary>
    public IReadOnlyList<LayerSignature> Signatures => _signatures ??= LayerSignature.Of(Type);
}
