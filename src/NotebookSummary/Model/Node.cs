namespace NotebookSummary;

/// <summary>
/// One call of a layer on tensors (Keras's <c>Node</c>): the layer, the tensors it was called on, and whether they
/// were given as a list. Immutable. The layer is not changed by being called: the call is recorded here, and its
/// number among the layer's calls is taken from <see cref="LayerCalls"/>.
/// </summary>
internal sealed class Node
{
    private readonly ArrayView<KerasTensor> _inputs;

    /// <param name="calledOn">How many of <paramref name="inputs"/> the layer is built on (the rest are masks Keras
    /// passed as keyword tensors, see <see cref="MaskFlow"/>); null for all.</param>
    /// <param name="outputMask">The mask the call's output carries (Keras's <c>_keras_mask</c>), or null.</param>
    internal Node(Layer layer, KerasTensor[] inputs, bool inputsAsList, int? calledOn = null, KerasTensor? outputMask = null)
    {
        Layer = layer;
        _inputs = new ArrayView<KerasTensor>(inputs);
        InputsAsList = inputsAsList;
        CalledOnCount = calledOn ?? inputs.Length;
        OutputMask = outputMask;
        Order = CreationSequence.Next();
        Index = LayerCalls.Record(layer, this);
    }

    public Layer Layer { get; }

    /// <summary>
    /// The tensors of the call, in order (Keras's <c>node.input_tensors</c>): those the layer was called on, then the
    /// mask Keras passed it, if any. All of them are "Connected to" entries and edges of the graph.
    /// </summary>
    public IReadOnlyList<KerasTensor> Inputs => _inputs;

    /// <summary>How many of <see cref="Inputs"/>, from the first, the layer is built on (the others are masks).</summary>
    public int CalledOnCount { get; }

    /// <summary>The mask the call's first output carries (an Embedding's <c>not_equal</c>), or null.</summary>
    public KerasTensor? OutputMask { get; }

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
