using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// <c>ops.reshape(x, newshape)</c> with Keras's <c>compute_reshape_output_shape</c>. Unlike the Reshape layer,
/// <c>newshape</c> includes the batch axis: <c>ops.reshape(x, (-1, 4, 8))</c>. One <c>-1</c> is worked out from the
/// number of values when every size is known; with an unknown size anywhere the <c>-1</c> stays unknown.
/// </summary>
internal sealed class ReshapeOperation : Operation
{
    private readonly ArrayView<long?> _newShape;

    /// <param name="newShape">The new shape, batch included; -1 for the size to infer, null for None.</param>
    public ReshapeOperation(IEnumerable<long?> newShape, SourceLocation? source = null) : base("Reshape", source)
    {
        _newShape = new ArrayView<long?>(newShape.ToArray());
    }

    public IReadOnlyList<long?> NewShape => _newShape;

    private protected override void BuildOperation(LayerBuilder b)
    {
        string given = new Shape(_newShape).ToString();
        if (_newShape.Count(d => d == -1) > 1) b.Fail($"Reshape newshape={given} has more than one -1", "only one size can be inferred");
        if (_newShape.Any(d => d is < -1 or 0)) b.Fail($"Reshape newshape={given} has a size that is not positive", "sizes are positive, or -1 for the one to infer");
        var output = _newShape.ToArray();
        if (b.Input.Dims.Contains(null) || _newShape.Contains(null))
        {
            for (int i = 0; i < output.Length; i++) if (output[i] == -1) output[i] = null;
            b.Note($"Reshape gives {b.DescribeInput(0)} the shape {given} (batch included); with a size unknown, a -1 stays unknown");
        }
        else
        {
            long size = b.Input.Dims.Aggregate(1L, (p, d) => checked(p * d!.Value));
            long known = _newShape.Where(d => d != -1).Aggregate(1L, (p, d) => checked(p * d!.Value));
            int infer = Array.IndexOf(output, -1);
            if (infer < 0 ? known != size : size % known != 0)
                b.Fail($"Reshape cannot give {b.DescribeInput(0)} ({size} values) the shape {given}",
                    "the new shape must hold as many values as the tensor (batch included); use -1 for the size to work out");
            if (infer >= 0) output[infer] = size / known;
            b.Note($"Reshape gives {b.DescribeInput(0)} the shape {given} (batch included), keeping its {size} values");
        }
        b.Output(new Shape(output));
    }
}

/// <summary>
/// <c>ops.expand_dims(x, axis)</c>: a new axis of size 1 at each of <c>axis</c>, counted in the output's axes
/// (Keras's <c>compute_expand_dims_output_shape</c>).
/// </summary>
internal sealed class ExpandDimsOperation : Operation
{
    private readonly ArrayView<int> _axes;

    public ExpandDimsOperation(IEnumerable<int> axes, SourceLocation? source = null) : base("ExpandDims", source)
    {
        _axes = new ArrayView<int>(axes.ToArray());
    }

    public IReadOnlyList<int> Axes => _axes;

    private protected override void BuildOperation(LayerBuilder b)
    {
        int rank = b.Rank + _axes.Count;
        var added = new bool[rank];
        foreach (var given in _axes)
        {
            int axis = Axis(b, given, rank, $"the {rank}D output of expanding {b.DescribeInput(0)}");
            if (added[axis]) b.Fail($"ExpandDims is given axis {axis} twice in axis={AxesText(_axes)}", "name each new axis once");
            added[axis] = true;
        }
        var dims = new long?[rank];
        for (int i = 0, from = 0; i < rank; i++) dims[i] = added[i] ? 1 : b.Input[from++];
        b.Output(new Shape(dims));
        b.Note($"ExpandDims adds an axis of size 1 to {b.DescribeInput(0)} at axis {AxesText(_axes)}");
    }
}

/// <summary>
/// <c>ops.squeeze(x, axis=None)</c>: removes the axes of size 1 — the given ones, which must have size 1, or without
/// <c>axis</c> every axis known to be 1.
/// </summary>
internal sealed class SqueezeOperation : Operation
{
    private readonly ArrayView<int>? _axes;

    public SqueezeOperation(IEnumerable<int>? axes, SourceLocation? source = null) : base("Squeeze", source)
    {
        _axes = axes is null ? null : new ArrayView<int>(axes.ToArray());
    }

    public IReadOnlyList<int>? Axes => _axes;

    private protected override void BuildOperation(LayerBuilder b)
    {
        var removed = new bool[b.Rank];
        if (_axes is null)
            for (int i = 0; i < b.Rank; i++) removed[i] = b.Input[i] == 1;
        else
            foreach (var given in _axes)
            {
                int axis = Axis(b, given, b.Rank, $"its {b.Rank}D input {b.DescribeInput(0)}");
                if (b.Input[axis] != 1)
                    b.Fail($"Squeeze cannot remove axis {given} of {b.DescribeInput(0)}: its size is {(b.Input[axis] is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "None")}, not 1",
                        "squeeze only axes of size 1, or use ops.reshape");
                removed[axis] = true;
            }
        b.Output(new Shape(b.Input.Dims.Where((_, i) => !removed[i])));
        b.Note($"Squeeze removes {(_axes is null ? "every axis of size 1" : $"axis {AxesText(_axes)}")} from {b.DescribeInput(0)}");
    }
}

/// <summary>
/// <c>ops.transpose(x, axes=None)</c>: the axes in the order <c>axes</c> gives (a permutation of all of them, batch
/// included), or reversed without it (Keras's <c>compute_transpose_output_shape</c>).
/// </summary>
internal sealed class TransposeOperation : Operation
{
    private readonly ArrayView<int>? _axes;

    public TransposeOperation(IEnumerable<int>? axes, SourceLocation? source = null) : base("Transpose", source)
    {
        _axes = axes is null ? null : new ArrayView<int>(axes.ToArray());
    }

    public IReadOnlyList<int>? Axes => _axes;

    private protected override void BuildOperation(LayerBuilder b)
    {
        int rank = b.Rank;
        if (_axes is null)
        {
            b.Output(new Shape(b.Input.Dims.Reverse()));
            b.Note($"Transpose reverses the axes of {b.DescribeInput(0)}, the batch axis included");
            return;
        }
        if (_axes.Count != rank)
            b.Fail($"Transpose axes={AxesText(_axes)} must name each of the {rank} axes of {b.DescribeInput(0)} once",
                "give a permutation of all the axes, batch included, e.g. (0, 2, 1)");
        var order = new int[rank];
        var seen = new bool[rank];
        for (int i = 0; i < rank; i++)
        {
            order[i] = Axis(b, _axes[i], rank, $"its {rank}D input {b.DescribeInput(0)}");
            if (seen[order[i]])
                b.Fail($"Transpose axes={AxesText(_axes)} names axis {order[i]} twice", "give a permutation of all the axes, batch included, e.g. (0, 2, 1)");
            seen[order[i]] = true;
        }
        b.Output(new Shape(order.Select(a => b.Input[a])));
        b.Note($"Transpose puts the axes of {b.DescribeInput(0)} in the order {AxesText(_axes)}");
    }
}
