using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Permute(dims)</c>: reorders the sample's axes; <c>dims</c> is 1-based and excludes the batch, e.g.
/// <c>(2, 1)</c> swaps the two axes of <c>(batch, steps, features)</c>. No weights.
/// </summary>
public sealed class Permute(Size dims, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public Size Dims { get; } = dims;

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var dims = Dims.Values;
        int count = dims.Count;
        // Keras's rule: the dims are exactly 1..count, each once.
        bool isPermutation = count > 0 && dims.All(d => d is { } v && v >= 1 && v <= count)
            && dims.Distinct().Count() == count;
        if (!isPermutation)
            b.Fail($"Permute argument 'dims' must list each of 1..{Math.Max(count, 1)} once (1-based, batch excluded), but it is {Dims}",
                "e.g. dims=(2, 1) swaps the two axes of a (steps, features) sample");
        var order = dims.Select(d => d!.Value).ToArray();
        b.ExpectRank(count + 1, "(batch, " + string.Join(", ", Enumerable.Range(1, count).Select(i => $"d_{i}")) + ")");

        b.Output(order.Select(d => b.Input[d]));
        b.Note("output axes = input axes (" + string.Join(", ", order.Select(d => $"d_{d}")) + ")");
        b.NoParams("permuting only reorders the axes: it has no weights");
    }
}
