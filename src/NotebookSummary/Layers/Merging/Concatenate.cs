using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Concatenate(axis=-1)</c> (and <c>layers.concatenate([...], axis)</c>): joins a list of tensors along
/// <c>axis</c>; their sizes there add up (unknown if any is unknown), and on every other axis they must be equal
/// where both are known (Keras's build check). No weights.
/// </summary>
public sealed class Concatenate(int axis = -1, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Merge(name, trainable, inputShape, inputDim)
{
    /// <summary>The axis to join along, batch included (<c>-1</c>: the last axis).</summary>
    public int Axis { get; } = axis;

    private protected override string Operation => $"joins its inputs along axis {Axis}";

    private protected override void BuildMerge(LayerBuilder b)
    {
        int rank = b.Rank;
        for (int i = 1; i < b.Inputs.Count; i++)
            if (b.Inputs[i].Rank != rank)
                b.Fail($"Concatenate needs inputs of the same rank: {b.DescribeInput(0)} and {b.DescribeInput(i)}",
                    "add a Reshape or Flatten on one branch so that both have the same number of axes");
        if (Axis < -rank || Axis >= rank)
            b.Fail($"Concatenate axis={Axis} does not exist in its {rank}D inputs, e.g. {b.DescribeInput(0)}",
                $"the axes run from 0 (the batch) to {rank - 1}, or from -1 (the last) back to -{rank}");
        int axis = Axis < 0 ? rank + Axis : Axis;

        for (int d = 0; d < rank; d++)
        {
            if (d == axis) continue;
            int known = -1; // the first input whose size on axis d is known
            for (int i = 0; i < b.Inputs.Count; i++)
            {
                if (b.Inputs[i][d] is not { } size) continue;
                if (known < 0) known = i;
                else if (b.Inputs[known][d] != size)
                    b.Fail($"Concatenate on axis {Axis} needs equal sizes on the other axes: {b.DescribeInput(known)} and {b.DescribeInput(i)}",
                        $"axis {d} is {b.Inputs[known][d]} in one and {size} in the other; make them equal (e.g. with a "
                        + "pooling, UpSampling or Cropping layer on one branch), or concatenate along the axis where they differ");
            }
        }

        var sizes = b.Inputs.Select((s, i) => Expr.Sym($"d_{i + 1}", s[axis], $"size of input {i + 1} ({b.DescribeInput(i)}) on axis {Axis}"));
        var joined = b.Computed("d_out", Expr.Sum(sizes));
        var dims = b.Input.Dims.ToArray();
        dims[axis] = joined.Value;
        b.Output(new Shape(dims));
        b.Note($"Concatenate joins its {b.Inputs.Count} inputs along axis {Axis}: their sizes there add up, "
            + "every other axis keeps its size (equal in all inputs)");
    }
}
