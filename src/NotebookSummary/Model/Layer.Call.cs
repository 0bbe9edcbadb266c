namespace NotebookSummary;

// Keras's functional API: a layer is called on tensors (Python's `layer(x)`, here `layer.Call(x)`).
public abstract partial class Layer
{
    /// <summary>
    /// Calls the layer on one tensor (Keras's <c>layer(x)</c>) and returns its output. Nothing is computed yet: the
    /// call is recorded, and the shapes are worked out when a model holding it is summarized. Calling one layer
    /// object again shares it (its weights) between the calls, as in Keras.
    /// </summary>
    public KerasTensor Call(KerasTensor input) => Call(input, keywordArguments: false);

    /// <summary>
    /// <see cref="Call(KerasTensor)"/> for the Keras reader, which knows whether the code passed keyword arguments
    /// (<c>layer(x, training=False)</c>): a call with any does not list the input's mask (see <see cref="MaskFlow"/>).
    /// </summary>
    internal KerasTensor Call(KerasTensor input, bool keywordArguments)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MaskFlow.Call(this, [input], asList: false, onlyTensor: !keywordArguments).Output(0);
    }

    /// <summary>
    /// Calls the layer on a list of tensors (Keras's <c>layer([x, y])</c>): merges such as <c>new Add().Call(x, y)</c>
    /// or <c>new Concatenate().Call([a, b, c])</c>. See <see cref="Call(KerasTensor)"/>.
    /// </summary>
    public KerasTensor Call(params KerasTensor[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length == 0) throw new ArgumentException("a layer is called on at least one tensor", nameof(inputs));
        foreach (var t in inputs)
            if (t is null) throw new ArgumentException("a layer cannot be called on a null tensor", nameof(inputs));
        return MaskFlow.Call(this, (KerasTensor[])inputs.Clone(), asList: true, onlyTensor: false).Output(0);
    }
}
