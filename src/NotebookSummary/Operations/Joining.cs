using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// <c>ops.concatenate(xs, axis=0)</c> and <c>ops.stack(x, axis=0)</c> on a list of tensors. Concatenate joins them
/// along an existing axis (sizes there add up, unknown if one is unknown) and needs equal sizes on every other axis
/// where both are known; the output takes the other sizes from the first tensor. Stack needs equal shapes and puts
/// them side by side on a new axis of size <c>len(xs)</c>. Note Keras's default axis is 0, the batch.
/// </summary>
internal sealed class JoinOperation : Operation
{
    /// <param name="stack">True for Stack (a new axis), false for Concatenate (an existing one).</param>
    public JoinOperation(bool stack, int axis = 0, SourceLocation? source = null) : base(stack ? "Stack" : "Concatenate", source)
    {
        IsStack = stack;
        JoinAxis = axis;
    }

    /// <summary>True for Stack, false for Concatenate.</summary>
    public bool IsStack { get; }

    /// <summary>The axis joined along (Keras's <c>axis</c>).</summary>
    public int JoinAxis { get; }

    private protected override void BuildOperation(LayerBuilder b)
    {
        var first = b.Inputs[0];
        int axis = Axis(b, JoinAxis, first.Rank + (IsStack ? 1 : 0),
            IsStack ? $"the output of stacking {first.Rank}D tensors such as {b.DescribeInput(0)}" : $"its {first.Rank}D inputs, e.g. {b.DescribeInput(0)}");
        for (int i = 1; i < b.Inputs.Count; i++)
        {
            var other = b.Inputs[i];
            bool same = other.Rank == first.Rank;
            for (int d = 0; same && d < first.Rank; d++)
                if ((IsStack || d != axis) && first[d] is { } x && other[d] is { } y && x != y) same = false;
            if (!same)
                b.Fail(IsStack
                    ? $"Stack needs tensors of one shape: {b.DescribeInput(0)} and {b.DescribeInput(i)}"
                    : $"Concatenate on axis {JoinAxis} needs equal sizes on the other axes: {b.DescribeInput(0)} and {b.DescribeInput(i)}",
                    IsStack ? "make the tensors the same shape, or concatenate them along the axis where they differ"
                        : "make them equal on every other axis (and of the same rank), or concatenate along the axis where they differ");
        }
        var dims = first.Dims.ToList();
        if (IsStack)
        {
            dims.Insert(axis, b.Inputs.Count);
            b.Note($"Stack puts its {b.Inputs.Count} inputs ({All(b)}) side by side on a new axis {JoinAxis} of size {b.Inputs.Count}");
        }
        else
        {
            var sizes = b.Inputs.Select((s, i) => Expr.Sym($"d_{i + 1}", s[axis], $"size of input {i + 1} ({b.DescribeInput(i)}) on axis {JoinAxis}"));
            dims[axis] = b.Computed("d_out", Expr.Sum(sizes)).Value;
            b.Note($"Concatenate joins its {b.Inputs.Count} inputs along axis {JoinAxis}: their sizes there add up, every other axis keeps its size");
        }
        b.Output(new Shape(dims));
    }
}
