using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// ConvNeXt's <c>LayerScale(init_values, projection_dim)</c> (defined in <c>keras.applications.convnext</c>, not in
/// <c>keras.layers</c>): multiplies its input by a learned vector gamma of <c>projection_dim</c> values, one per
/// channel, so a residual branch starts near zero. Internal: only the ConvNeXt applications make one.
/// </summary>
internal sealed class LayerScale(double initValues, int projectionDim, string? name = null) : Layer(name, true, null, null)
{
    public double InitValues { get; } = initValues;
    public int ProjectionDim { get; } = projectionDim;

    public override LayerKind Kind => LayerKind.Other;

    protected internal override void Build(LayerBuilder b)
    {
        int dim = b.Positive("projection_dim", ProjectionDim);
        b.ExpectMinRank(2, "(batch, ..., channels)");
        // x * gamma broadcasts gamma over the last axis: that axis must hold projection_dim channels.
        if (b.Input[-1] is { } channels && channels != dim)
            b.Fail($"LayerScale projection_dim={dim} does not match the input's {channels} channels",
                "give projection_dim the size of the input's last axis");
        b.Params(Expr.Const(dim));
        b.Note($"gamma: one scale per channel, starting at {Keras.Python.PyOps.FloatRepr(InitValues)}");
        b.OutputSameAsInput();
    }
}
