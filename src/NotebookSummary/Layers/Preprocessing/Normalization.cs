using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Normalization(axis=-1, mean=None, variance=None, invert=False)</c>: each value becomes
/// <c>(x − mean)/√variance</c>, with a mean and a variance per index of the kept <c>axis</c> (one for everything with
/// <c>axis=None</c>). Shape unchanged.
/// <para>
/// Without <c>mean</c>/<c>variance</c> the layer is meant to be <c>adapt()</c>ed: it holds weights mean and variance
/// (the kept axes' shape each) plus a scalar <c>count</c>, all non-trainable — Keras counts <c>2·C + 1</c>.
/// With them, Keras keeps the two as constants and the layer has no weights.
/// </para>
/// </summary>
public sealed class Normalization : Layer
{
    /// <summary>Keras's default: one axis (<c>-1</c>, the features).</summary>
    public Normalization(int axis = -1, object? mean = null, object? variance = null, bool invert = false,
        string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : this((Size?)axis, mean, variance, invert, name, trainable, inputShape, inputDim) { }

    /// <summary>Several kept axes (<c>axis=(1, 2)</c>), or none: <c>axis=None</c> (null) normalizes every value alike.</summary>
    public Normalization(Size? axis, object? mean = null, object? variance = null, bool invert = false,
        string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : base(name, trainable, inputShape, inputDim)
    {
        Axis = axis;
        Mean = NumericArgument.Of(mean);
        Variance = NumericArgument.Of(variance);
        Invert = invert;
    }

    /// <summary>The kept axes; null (or empty) for Keras's <c>axis=None</c>: one mean and variance for all values.</summary>
    public Size? Axis { get; }
    public NumericArgument? Mean { get; }
    public NumericArgument? Variance { get; }
    /// <summary>True: undo a normalization, <c>x·√variance + mean</c>.</summary>
    public bool Invert { get; }

    public override LayerKind Kind => LayerKind.Normalization;

    protected internal override void Build(LayerBuilder b)
    {
        CheckGivenStatistics(b);
        int[] kept = Axis is { Values.Count: > 0 } axes ? AxisArgument.ResolveAll(b, axes) : [];
        int[] written = Axis is { Values.Count: > 0 } ? Axis.Value.Values.Select(v => v!.Value).ToArray() : [];
        Array.Sort(kept, written); // Keras sorts the kept axes, so the weights' shape follows the input's order.
        var sizes = KeptSizes(b, kept, written);
        b.OutputSameAsInput();
        b.Note(Invert ? "invert=True: each value becomes x·√variance + mean, undoing a normalization"
            : "each value becomes (x − mean)/√variance");

        if (Mean is { } mean)
        {
            CheckBroadcast(b, mean, kept);
            b.NoParams("mean and variance were given as arguments: Keras keeps them as constants, not weights, so the layer has no weights");
            return;
        }

        // mean and variance have the kept axes' shape each; count is one number.
        var perStatistic = kept.Length == 0 ? Expr.Const(1) : Expr.Product(sizes);
        var total = Expr.Const(2) * perStatistic + 1;
        b.Params(total, total);
        string values = kept.Length == 0 ? "1 value each (axis=None: one for all values)"
            : kept.Length == 1 ? "C values each, one per index of the kept axis"
            : $"{perStatistic.Symbolic} values each, one per position of the kept axes";
        b.Note($"mean and variance: {values}; adapt() computes them from data and no gradient changes them, so Keras counts them as non-trainable");
        b.Note("count: 1 value, the number of samples adapt() has seen (kept for older saved models), also non-trainable");
    }

    // Keras checks these when the layer is made; here they become model errors naming the layer.
    private void CheckGivenStatistics(LayerBuilder b)
    {
        if ((Mean is null) != (Variance is null))
            b.Fail($"Normalization needs both mean and variance, or neither, but only {(Mean is null ? "variance" : "mean")} was given",
                "pass both (mean=..., variance=...), or neither and call adapt() on data");
        if (Mean is null || Variance is null) return;
        foreach (var (argument, value) in new[] { ("mean", Mean), ("variance", Variance) })
            if (!value.IsNumeric)
                b.Fail($"Normalization argument '{argument}' must be a number or a list of numbers, but it is {value}");
        if (!Mean.Shape.SequenceEqual(Variance.Shape))
            b.Fail($"Normalization mean and variance must have the same shape, but mean has shape {Mean.ShapeText} and variance {Variance.ShapeText}");
        int axes = Axis?.Values.Count ?? 0;
        if (Mean.Shape.Count > axes)
            b.Fail($"Normalization mean has {Mean.Shape.Count} dimensions (shape {Mean.ShapeText}), more than the {axes} kept ax{(axes == 1 ? "is" : "es")} of axis={Axis?.ToString() ?? "None"}",
                "give one value per index of the kept axis, or a single number for all of them");
    }

    // The kept axes' sizes as symbols: C for one axis (as the other normalization layers), d_i for several.
    private static Expr[] KeptSizes(LayerBuilder b, int[] kept, int[] written)
    {
        var sizes = new Expr[kept.Length];
        for (int i = 0; i < kept.Length; i++)
            sizes[i] = kept.Length == 1
                ? NormalizedAxis.KnownSize(b, kept[i], written[i], "C", $"size of the kept axis (axis={written[i]})", "mean and variance")
                : NormalizedAxis.KnownSize(b, kept[i], written[i], $"d_{kept[i]}", $"size of input axis {kept[i]}", "mean and variance");
        return sizes;
    }

    // Keras lines the given mean up with the kept axes from the right; each of its sizes must be 1 or the axis's size.
    private void CheckBroadcast(LayerBuilder b, NumericArgument mean, int[] kept)
    {
        for (int i = 1; i <= mean.Shape.Count; i++)
        {
            int size = mean.Shape[^i];
            long? axisSize = b.Input[kept[^i]];
            if (size != 1 && size != axisSize)
                b.Fail($"Normalization mean and variance of shape {mean.ShapeText} do not fit input axis {kept[^i]}, of size {axisSize}, in {b.Input}",
                    $"give {axisSize} values (one per index of axis {kept[^i]}) or a single number");
        }
        if (mean.IsScalar) b.Note($"mean={mean} and variance={Variance} apply to every value");
    }
}
