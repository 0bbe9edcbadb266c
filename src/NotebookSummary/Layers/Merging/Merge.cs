using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// What Keras's merge layers share (<c>keras.layers.Merge</c>): they are called on a list of tensors, have no
/// weights, and — for the element-wise ones (Add, Subtract, Multiply, Average, Maximum, Minimum) — produce the
/// inputs' common shape, a size of 1 broadcasting against any other (Keras's
/// <c>_compute_elemwise_op_output_shape</c>). Concatenate and Dot state their own shape rules.
/// </summary>
public abstract class Merge : Layer
{
    private protected Merge(string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim) { }

    public override bool TakesSeveralInputs => true;

    /// <summary>The fewest tensors the layer takes (Keras accepts a list of one for most merges).</summary>
    private protected virtual int MinInputs => 1;

    /// <summary>The most tensors the layer takes, or null for any number.</summary>
    private protected virtual int? MaxInputs => null;

    /// <summary>What the layer does with its inputs, for its walk-through ("adds its inputs element by element").</summary>
    private protected abstract string Operation { get; }

    protected internal override void Build(LayerBuilder b)
    {
        if (!b.CalledOnList)
            b.Fail($"{ClassName} merges a list of tensors, but it is called on one tensor, {b.DescribeInput(0)}",
                $"call it on a list, e.g. {ClassName}()([x, y]) in Python or new {ClassName}().Call(x, y) in C#; "
                + "a Sequential model passes only one tensor from layer to layer, so merges need the functional API");
        int n = b.Inputs.Count;
        if (n < MinInputs || n > MaxInputs)
            b.Fail($"{ClassName} takes {Expected()}, but it is called on {n}: {All(b)}",
                MaxInputs == 2 ? "call it on a list of exactly two tensors" : $"call it on at least {MinInputs} tensors");
        BuildMerge(b);
        b.NoParams($"{ClassName} only {Operation}: it has no weights");
    }

    private string Expected() => MinInputs == MaxInputs ? $"exactly {MinInputs} tensors" : $"at least {MinInputs} tensors";

    /// <summary>States the output shape (and its walk-through) once the inputs are a valid list.</summary>
    private protected virtual void BuildMerge(LayerBuilder b)
    {
        b.Output(ElementwiseShape(b));
        b.Note($"{ClassName} {Operation} ({All(b)}): the output has their common shape"
            + (b.Inputs.Skip(1).All(s => s.Equals(b.Input)) ? "" : ", a size of 1 repeated to match the other inputs"));
    }

    /// <summary>All inputs in the user's terms: <c>dense (None, 8) and dense_1 (None, 8)</c>.</summary>
    private protected static string All(LayerBuilder b) =>
        string.Join(", ", Enumerable.Range(0, b.Inputs.Count - 1).Select(b.DescribeInput))
        + (b.Inputs.Count > 1 ? " and " : "") + b.DescribeInput(b.Inputs.Count - 1);

    /// <summary>
    /// Keras's element-wise output shape: the sample dims broadcast input by input (aligned from the last axis, an
    /// unknown size stays unknown, a size of 1 takes the other's), the batch the one known batch size.
    /// </summary>
    private protected Shape ElementwiseShape(LayerBuilder b)
    {
        var batch = CommonBatch(b);
        IReadOnlyList<long?> result = b.Input.SampleDims;
        for (int i = 1; i < b.Inputs.Count; i++)
        {
            var next = Broadcast(result, b.Inputs[i].SampleDims);
            if (next is null)
            {
                int culprit = Enumerable.Range(0, i).FirstOrDefault(j => Broadcast(b.Inputs[j].SampleDims, b.Inputs[i].SampleDims) is null);
                b.Fail($"{ClassName} needs inputs of the same shape: {b.DescribeInput(culprit)} and {b.DescribeInput(i)}",
                    "the sizes must be equal on every axis (or 1, which is repeated); "
                    + "change the layers before it so that the branches end in the same shape");
            }
            result = next;
        }
        return Shape.WithBatch(batch, result);
    }

    /// <summary>The batch size the inputs agree on (null when none is known); fails for two different ones.</summary>
    private protected long? CommonBatch(LayerBuilder b)
    {
        int first = -1; // the first input with a known batch size
        for (int i = 0; i < b.Inputs.Count; i++)
        {
            if (b.Inputs[i].Batch is not { } size) continue;
            if (first < 0) first = i;
            else if (b.Inputs[first].Batch != size)
                b.Fail($"{ClassName} cannot merge tensors with different batch sizes: {b.DescribeInput(first)} and {b.DescribeInput(i)}",
                    "give the inputs the same batch size, or leave it unknown (None)");
        }
        return first < 0 ? null : b.Inputs[first].Batch;
    }

    // Keras: align from the end; None with anything is None; 1 takes the other size; else the sizes must match.
    private static long?[]? Broadcast(IReadOnlyList<long?> a, IReadOnlyList<long?> b)
    {
        if (a.Count < b.Count) (a, b) = (b, a);
        var result = new long?[a.Count];
        int lead = a.Count - b.Count;
        for (int i = 0; i < lead; i++) result[i] = a[i];
        for (int k = 0; k < b.Count; k++)
        {
            long? x = a[lead + k], y = b[k];
            if (x is null || y is null) result[lead + k] = null;
            else if (x == 1) result[lead + k] = y;
            else if (y == 1 || x == y) result[lead + k] = x;
            else return null;
        }
        return result;
    }
}
