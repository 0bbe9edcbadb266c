namespace NotebookSummary;

/// <summary>
/// One call of a layer on tensors (Keras's <c>Node</c>): the layer, the tensors it was called on, and whether they
/// were given as a list. Immutable. The layer is not changed by being called: the call is recorded here, and its
/// number among the layer's calls is taken from <see cref="LayerCalls"/>.
/// </summary>
internal sealed class Node
{
    private readonly ArrayView<KerasTensor> _inputs;

    internal Node(Layer layer, KerasTensor[] inputs, bool inputsAsList)
    {
        Layer = layer;
        _inputs = new ArrayView<KerasTensor>(inputs);
        InputsAsList = inputsAsList;
        Order = CreationSequence.Next();
        Index = LayerCalls.Record(layer, this);
    }

    public Layer Layer { get; }

    /// <summary>The tensors the layer was called on, in order (Keras's <c>node.input_tensors</c>).</summary>
    public IReadOnlyList<KerasTensor> Inputs => _inputs;

    /// <summary>True when the call passed a list (<c>Add()([x, y])</c>, <c>Call(x, y)</c>), false for one tensor.</summary>
    public bool InputsAsList { get; }

    /// <summary>The call's number among all calls of its layer (Keras's <c>node_index</c>): 0 for the first.</summary>
    public int Index { get; }

    /// <summary>When the call was made; every call on whose outputs this one depends has a smaller number.</summary>
    public long Order { get; }

    /// <summary>An Input's own node: the model input it stands for, called on nothing.</summary>
    public bool IsInput => Layer is Input && Inputs.Count == 0;

    /// <summary>Output <paramref name="index"/> of this call.</summary>
    public KerasTensor Output(int index) => new(this, index);
}
