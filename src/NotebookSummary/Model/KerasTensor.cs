namespace NotebookSummary;

/// <summary>
/// A symbolic tensor of a functional model (Keras's <c>KerasTensor</c>): output <see cref="Index"/> of one call of a
/// layer. It holds no shape: shapes are computed when a model is summarized, so that a wrong shape becomes a model
/// error naming the layer, never an exception while the model is written (<see cref="Shape"/> computes one on
/// demand, for code that reads <c>x.shape[-1]</c>). Make one from an <see cref="Input"/> (which converts to its
/// tensor), then call layers on it:
/// <code>
/// var inputs = new Input(28, 28, 1);
/// var x = new Conv2D(32, kernelSize: 3, activation: "relu").Call(inputs);
/// </code>
/// A layer with several outputs (a nested model with several outputs) gives them by deconstruction:
/// <c>var (a, b) = twoHeads.Call(x);</c>
/// </summary>
public sealed partial class KerasTensor
{
    internal KerasTensor(Node node, int index)
    {
        Node = node;
        Index = index;
    }

    /// <summary>The call that produces this tensor.</summary>
    internal Node Node { get; }

    /// <summary>Which of the call's outputs this is (Keras's <c>tensor_index</c>): 0 but for layers with several outputs.</summary>
    public int Index { get; }

    /// <summary>The layer whose call produces this tensor (an <see cref="Input"/> for a model input).</summary>
    public Layer Layer => Node.Layer;

    /// <summary>
    /// The tensor's shape, batch first (Keras's <c>x.shape</c>), computed from the calls that lead to it; for code that
    /// sizes a layer from its input (<c>channels = x.Shape[-1]</c>).
    /// </summary>
    /// <remarks>
    /// Each call's result is kept (beside the call, as <see cref="LayerCalls"/> keeps node indices), so a loop that
    /// reads <c>x.shape</c> after every layer builds each call once, not the whole chain again at every step.
    /// Layers are immutable and a call's shape depends only on the calls before it, so a kept result stays right.
    /// </remarks>
    /// <exception cref="InvalidOperationException">A call on the way fails to build; the message says why, as a summary would.</exception>
    public Shape Shape => Analysis.GraphShapes.ForTensors(ShapeResults).OutputShape(this);

    // The results Shape computed, per call; a call no one holds any more is dropped with its result.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Node, Analysis.GraphShapes.Result> ShapeResults = new();

    /// <summary>Output <paramref name="index"/> of the same call (Keras: <c>outputs[index]</c>).</summary>
    public KerasTensor this[int index] => index == Index ? this : new KerasTensor(Node, index);

    /// <summary>The first two outputs of the call: <c>var (sequence, state) = layer.Call(x);</c></summary>
    public void Deconstruct(out KerasTensor first, out KerasTensor second)
    {
        first = this[0];
        second = this[1];
    }

    /// <summary>The first three outputs of the call: <c>var (whole, h, c) = lstm.Call(x);</c></summary>
    public void Deconstruct(out KerasTensor first, out KerasTensor second, out KerasTensor third)
    {
        first = this[0];
        second = this[1];
        third = this[2];
    }

    /// <summary>Whether two tensors are the same output of the same call.</summary>
    internal bool SameAs(KerasTensor other) => ReferenceEquals(Node, other.Node) && Index == other.Index;

    public override string ToString() =>
        $"<KerasTensor: output {Index} of call {Node.Index} of {Node.Layer.Name ?? Node.Layer.ClassName}>";
}
