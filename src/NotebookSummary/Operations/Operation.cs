using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A <c>keras.ops</c> operation applied to tensors: <c>x + y</c>, <c>x * 0.5</c>, <c>ops.relu(x)</c>,
/// <c>ops.concatenate([a, b])</c>. Keras 3 records each such call in a functional graph as a node of an operation
/// object made for that one call, and its summary shows it as a row of its own: the operation's class
/// (<c>Add</c>, <c>Multiply</c>, <c>Relu</c>, ...), a name from the same per-prefix counters as layers (an
/// <c>ops.add</c> and a later <c>layers.Add()</c> are <c>add</c> and <c>add_1</c>), no weights, and <c>-</c> in the
/// Trainable column. Numbers it is given (the <c>0.5</c> of <c>x * 0.5</c>) are part of the operation, not tensors,
/// so they are not in "Connected to".
/// </summary>
/// <remarks>
/// Keras's Layer is a kind of Operation; here an operation is a kind of <see cref="Layer"/>, so that the graph, the
/// names and the rows treat the two alike. Operations are made by <see cref="Ops"/>, the tensor operators and the
/// Keras reader, never by name: they are not layers a model can be given.
/// </remarks>
public abstract class Operation : Layer
{
    private protected Operation(string className, SourceLocation? source)
    {
        ClassName = className;
        Source = source;
    }

    /// <summary>Keras's class of the operation (<c>Add</c>, <c>TrueDivide</c>, <c>Relu</c>, ...).</summary>
    public override string ClassName { get; }

    /// <summary>An operation takes its tensors as separate arguments (<c>ops.add(x1, x2)</c>) or as a list.</summary>
    public override bool TakesSeveralInputs => true;

    protected internal sealed override void Build(LayerBuilder b)
    {
        BuildOperation(b);
        b.NoParams($"{ClassName} is an operation (keras.ops) on tensors: it computes values from its inputs and has no weights");
    }

    /// <summary>States the operation's output shape (and its walk-through note) for the tensors in <paramref name="b"/>.</summary>
    private protected abstract void BuildOperation(LayerBuilder b);

    /// <summary>Applies the operation to <paramref name="tensors"/>: one node of this operation, its output.</summary>
    internal KerasTensor Apply(params KerasTensor[] tensors)
    {
        foreach (var t in tensors) ArgumentNullException.ThrowIfNull(t, nameof(tensors));
        return new Node(this, tensors, inputsAsList: false).Output(0);
    }

    /// <summary>
    /// Keras's <c>canonicalize_axis</c>: <paramref name="axis"/> of a <paramref name="rank"/>-D tensor counted from
    /// 0 (a negative axis counts from the end); fails in the user's terms when there is no such axis.
    /// </summary>
    private protected int Axis(LayerBuilder b, int axis, int rank, string what)
    {
        if (axis < -rank || axis >= rank)
            b.Fail($"{ClassName} axis={axis} does not exist in {what}",
                rank == 0 ? "a tensor of rank 0 has no axes" : $"the axes run from 0 (the batch) to {rank - 1}, or from -1 (the last) back to -{rank}");
        return axis < 0 ? axis + rank : axis;
    }

    /// <summary>The tensors in the user's terms: <c>dense (None, 8) and dense_1 (None, 16)</c>.</summary>
    private protected static string All(LayerBuilder b) =>
        string.Join(", ", Enumerable.Range(0, b.Inputs.Count - 1).Select(b.DescribeInput))
        + (b.Inputs.Count > 1 ? " and " : "") + b.DescribeInput(b.Inputs.Count - 1);

    /// <summary>Axes as Python writes them: <c>1</c> or <c>(1, 2)</c>.</summary>
    private protected static string AxesText(IReadOnlyList<int> axes) =>
        axes.Count == 1 ? axes[0].ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "(" + string.Join(", ", axes.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
}
