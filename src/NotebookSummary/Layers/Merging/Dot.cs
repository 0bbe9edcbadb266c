using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Dot(axes, normalize=False)</c> (and <c>layers.dot([a, b], axes)</c>): the dot product of exactly two
/// tensors along one axis of each (<c>axes</c>: one axis for both, or a pair), which must have the same size. The
/// output is the first input without its axis followed by the second without its batch and its axis (at least
/// <c>(batch, 1)</c>), Keras's <c>compute_output_shape</c>. No weights.
/// </summary>
public sealed class Dot(Size axes, bool normalize = false, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null) : Merge(name, trainable, inputShape, inputDim)
{
    /// <summary>One axis for both inputs, or a pair (one per input); batch included, negative from the end.</summary>
    public Size Axes { get; } = axes;

    /// <summary>True: both inputs are L2-normalized along their axis first, so the product is a cosine similarity.</summary>
    public bool Normalize { get; } = normalize;

    private protected override int MinInputs => 2;
    private protected override int? MaxInputs => 2;
    private protected override string Operation => "multiplies its two inputs along one axis and sums";

    private protected override void BuildMerge(LayerBuilder b)
    {
        var values = Axes.Values;
        if (values.Count is not (1 or 2) || values.Any(v => v is null) || values.Count == 1 && Axes.IsTuple)
            b.Fail($"Dot argument 'axes' must be an integer or a pair of integers, but it is {Axes}",
                "write axes=1 for the same axis of both inputs, or axes=(1, 2) for one axis of each");
        Shape x = b.Inputs[0], y = b.Inputs[1];
        int ax = Resolve(b, values[0]!.Value, x, 0);
        int ay = Resolve(b, values[values.Count == 1 ? 0 : 1]!.Value, y, 1);

        if (x[ax] != y[ay])
            b.Fail($"Dot needs axes of the same size: axis {ax} of {b.DescribeInput(0)} is {KerasNumbers.Dim(x[ax])}, "
                + $"axis {ay} of {b.DescribeInput(1)} is {KerasNumbers.Dim(y[ay])}",
                "choose axes of equal size (axes=(i, j) takes axis i of the first input and axis j of the second)");

        var dims = new List<long?>(x.Dims);
        dims.RemoveAt(ax);
        var rest = new List<long?>(y.Dims);
        rest.RemoveAt(ay);
        rest.RemoveAt(0);
        dims.AddRange(rest);
        if (dims.Count == 1) dims.Add(1);
        b.Output(new Shape(dims));
        b.Note($"Dot multiplies {b.DescribeInput(0)} (axis {ax}) with {b.DescribeInput(1)} (axis {ay}) "
            + $"and sums over those axes (size {KerasNumbers.Dim(x[ax])}): the other axes of both remain");
        if (Normalize) b.Note("normalize=True: each input is first scaled to unit length along its axis, so the result is a cosine similarity");
    }

    // Keras takes a negative axis modulo the input's rank; axis 0 is the batch, which batch_dot refuses.
    private static int Resolve(LayerBuilder b, int axis, Shape input, int which)
    {
        int rank = input.Rank;
        if (axis < -rank || axis >= rank)
            b.Fail($"Dot axis {axis} does not exist in its {rank}D input {b.DescribeInput(which)}",
                $"the axes of this input run from 1 to {rank - 1}, or from -1 (the last) back to -{rank - 1}");
        int resolved = axis < 0 ? axis + rank : axis;
        if (resolved == 0)
            b.Fail($"Dot cannot take the product over axis 0 of {b.DescribeInput(which)}: that is the batch",
                "choose an axis from 1 on: samples are multiplied one by one, never across the batch");
        return resolved;
    }
}
