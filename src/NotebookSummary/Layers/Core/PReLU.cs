using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>PReLU(shared_axes=None)</c>: like LeakyReLU, but the slope below zero (alpha) is learned, one per input
/// value of a sample. <c>shared_axes</c> (1-based input axes) share one alpha along those axes, e.g.
/// <c>shared_axes=[1, 2]</c> after a Conv2D learns one alpha per channel. Shape unchanged.
/// </summary>
public sealed class PReLU(Size? sharedAxes = null, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim, "prelu")
{
    /// <summary>The axes that share one alpha (1 = the first axis after the batch), or null for none.</summary>
    public Size? SharedAxes { get; } = sharedAxes;

    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        var shared = new HashSet<int>();
        if (SharedAxes is { } given)
        {
            if (given.Values.Count == 0 || given.Values.Any(v => v is null))
                b.Fail($"PReLU argument 'shared_axes' must be an integer or a list of integers, but it is {given}");
            foreach (int axis in given.Values.Select(v => v!.Value))
            {
                // Keras indexes alpha's shape with axis − 1, so only the sample axes 1 … rank−1 make sense.
                if (axis < 1 || axis >= b.Rank)
                    b.Fail($"PReLU shared_axes={given} names axis {axis}, but the axes after the batch of its input {b.Input} are 1 to {b.Rank - 1}",
                        "count axes from 1 (axis 0 is the batch); e.g. shared_axes=[1, 2] after a Conv2D shares alpha over height and width");
                shared.Add(axis);
            }
        }

        // alpha has the shape of one sample with every shared axis set to 1.
        var factors = new List<Expr>();
        for (int axis = 1; axis < b.Rank; axis++)
        {
            if (shared.Contains(axis)) continue;
            b.KnownDim(axis, $"size on axis {axis} (alpha has one value per position along it)");
            factors.Add(b.Dim(axis, $"d_{axis}", $"input size on axis {axis}"));
        }
        b.Params(Expr.Product(factors));
        b.Note(shared.Count == 0
            ? "one learned alpha (the slope below zero) per input value of a sample"
            : $"one learned alpha per position, shared along axis {string.Join(", ", shared.Order())} (shared_axes)");
        b.OutputSameAsInput();
    }
}
