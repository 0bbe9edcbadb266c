using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>GroupNormalization(groups=32, axis=-1)</c>: splits the C channels of <c>axis</c> into <c>groups</c> groups
/// and normalizes each group of each sample with its own statistics; gamma and beta are per channel: 2·C parameters.
/// <c>groups</c> must divide C; <c>groups=-1</c> means one group per channel (instance normalization). Shape unchanged.
/// </summary>
/// <remarks><c>epsilon</c> changes neither shape nor count; it keeps Keras's positional order.</remarks>
public sealed class GroupNormalization(int groups = 32, int axis = -1, double epsilon = 1e-3, bool center = true,
    bool scale = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim)
{
    public int Groups { get; } = groups;
    public int Axis { get; } = axis;
    public double Epsilon { get; } = epsilon;
    public bool Center { get; } = center;
    public bool Scale { get; } = scale;

    public override LayerKind Kind => LayerKind.Normalization;

    protected internal override void Build(LayerBuilder b)
    {
        if (Groups == 0 || Groups < -1)
            b.Fail($"GroupNormalization argument 'groups' must be a positive integer (or -1 for one group per channel), but it is {Groups}");
        var c = NormalizedAxis.Channels(b, Axis, "gamma and beta");
        long channels = c.Value!.Value;
        long groups = Groups == -1 ? channels : Groups;
        if (groups > channels)
            b.Fail($"GroupNormalization groups={Groups} is more than the {channels} channels on axis {Axis}",
                "use at most as many groups as channels, and a number that divides them");
        if (channels % groups != 0)
            b.Fail($"GroupNormalization groups={Groups} does not divide the {channels} channels on axis {Axis}",
                $"use a divisor of {channels}, e.g. groups={LargestDivisorUpTo(channels, groups)}");

        int vectors = (Scale ? 1 : 0) + (Center ? 1 : 0);
        if (vectors == 0)
            b.NoParams("center=False and scale=False: it normalizes with each group's own statistics and has no weights");
        else
            b.Params(vectors == 1 ? c : Expr.Const(2) * c);
        long perGroup = channels / groups;
        b.Note($"groups={Groups}: {groups} groups of {perGroup} channel{(perGroup == 1 ? "" : "s")}, each normalized with its own mean and "
            + "variance per sample, so nothing is stored; gamma and beta are per channel, not per group");
        b.OutputSameAsInput();
    }

    private static long LargestDivisorUpTo(long n, long limit)
    {
        for (long d = Math.Min(n, limit); d > 1; d--)
            if (n % d == 0) return d;
        return 1;
    }
}
