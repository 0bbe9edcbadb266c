namespace NotebookSummary.Analysis;

/// <summary>
/// What torchinfo users read under its table: the model's multiply-accumulates and a memory estimate for one
/// sample, float32 throughout (4 bytes a value). Computed from the summary's rows only, so every renderer shows the
/// same figures; docs/figures.md states exactly what each one counts.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="MultiplyAccumulates"/>: the sum of the rows' <see cref="SummaryRow.MultiplyAccumulates"/>
/// (a nested model's row: its own rows' sum). A row whose layer has no count (pooling, normalization, element-wise
/// operations) adds nothing, as in torchinfo.</item>
/// <item><see cref="InputBytes"/>: the model's inputs for one sample (a functional model's InputLayer rows, a
/// Sequential model's input shape).</item>
/// <item><see cref="ActivationBytes"/>: every output of every other row for one sample, forward pass only (no
/// gradients), each value kept as if nothing were freed or computed in place; a nested model's row counts its own
/// rows' outputs instead of its outputs alone.</item>
/// <item><see cref="TotalBytes"/>: inputs + activations + parameters (torchinfo's "Estimated Total Size", without
/// its backward-pass doubling).</item>
/// </list>
/// A figure is null when a dimension other than the batch is unknown (<c>None</c>), so it cannot be counted.
/// </remarks>
public sealed record ModelCost(long? MultiplyAccumulates, Int128? InputBytes, Int128? ActivationBytes, Int128 ParamsBytes)
{
    /// <summary>Bytes of one float32 value.</summary>
    public const int BytesPerValue = 4;

    /// <summary>Inputs + activations + parameters; null when the inputs or activations are unknown.</summary>
    public Int128? TotalBytes => InputBytes + ActivationBytes + ParamsBytes;

    /// <summary>The figures of <paramref name="summary"/> (of its computed rows, when the model is invalid).</summary>
    public static ModelCost Of(ModelSummary summary)
    {
        var (macs, activationValues) = RowSums(summary);
        return new ModelCost(macs, InputsOf(summary), activationValues * BytesPerValue, summary.Totals.ParamsBytes);
    }

    private static Int128? InputsOf(ModelSummary summary)
    {
        if (summary.ClassName != "Functional") return summary.InputShape is { } shape ? BytesOf(shape) : null;
        Int128? sum = 0;
        foreach (var input in summary.Inputs) sum += input.Shape is { } s ? BytesOf(s) : null;
        return sum;
    }

    /// <summary>The multiply-accumulates and the number of output values of the rows (null when unknown).</summary>
    private static (long? Macs, Int128? ActivationValues) RowSums(ModelSummary summary)
    {
        long? macs = 0;
        // Values, not bytes, summed without nullables (each figure is a multiple of the same 4 bytes): a deep model's
        // rows cost a few additions each. The rows of a deep model share their shapes: a shape's size is worked out
        // once for the rows after it that hold it too.
        Int128 values = 0;
        bool known = true;
        Shape? lastShape = null;
        long? lastSize = null;
        var rows = summary.Rows;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.ClassName == "InputLayer") continue; // counted as the model's input
            if (row.Nested is { } inner)
            {
                var (innerMacs, innerValues) = RowSums(inner);
                macs = Add(macs, row.MultiplyAccumulates ?? innerMacs);
                if (innerValues is { } v) values += v;
                else known = false;
                continue;
            }
            macs = Add(macs, row.MultiplyAccumulates ?? 0);
            // Most rows have one output: read it without the list OutputShapes makes for them.
            if (row.HasOneOutputShape)
            {
                var shape = row.OutputShape;
                if (!ReferenceEquals(shape, lastShape)) (lastShape, lastSize) = (shape, shape.SampleSize);
                if (lastSize is { } n) values += n;
                else known = false;
            }
            else
            {
                var shapes = row.OutputShapes;
                for (int s = 0; s < shapes.Count; s++)
                    if (shapes[s].SampleSize is { } n) values += n;
                    else known = false;
            }
        }
        return (macs, known ? values : null);
    }

    // A sum past 64 bits is a figure that cannot be shown, not an error: unknown, as each row's own count is.
    private static long? Add(long? a, long? b) =>
        a is { } x && b is { } y && x <= long.MaxValue - y ? x + y : null;

    private static Int128? BytesOf(Shape shape) => shape.SampleSize is { } n ? BytesOf(n) : null;

    /// <summary>The float32 memory of <paramref name="values"/> values.</summary>
    public static Int128 BytesOf(long values) => (Int128)values * BytesPerValue;
}
