using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>LayerNormalization(axis=-1)</c>: normalizes each sample over <c>axis</c> (an integer or a list) with its
/// own mean and variance, then scales by gamma and shifts by beta, both shaped like the normalized axes: 2·C
/// parameters, C being the product of their sizes. <c>rms_scaling=True</c> (Keras 3) keeps gamma only.
/// No moving statistics: nothing is non-trainable. Shape unchanged.
/// </summary>
/// <remarks><c>epsilon</c> changes neither shape nor count; it keeps Keras's positional order.</remarks>
public sealed class LayerNormalization(Size? axis = null, double epsilon = 1e-3, bool center = true, bool scale = true,
    bool rmsScaling = false, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim)
{
    /// <summary>The axis or axes to normalize over; -1 (the last axis) by default.</summary>
    public Size Axis { get; } = axis ?? -1;
    public double Epsilon { get; } = epsilon;
    public bool Center { get; } = center;
    public bool Scale { get; } = scale;
    public bool RmsScaling { get; } = rmsScaling;

    public override LayerKind Kind => LayerKind.Normalization;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = AxisArgument.ResolveAll(b, Axis);
        Expr c;
        if (axes.Length == 1)
        {
            c = NormalizedAxis.KnownSize(b, axes[0], Axis.Values[0]!.Value, "C", $"size of the normalized axis (axis={Axis})", "gamma and beta");
        }
        else
        {
            var sizes = axes.Select((a, i) => NormalizedAxis.KnownSize(b, a, Axis.Values[i]!.Value, $"d_{a}",
                $"size of normalized axis {a}", "gamma and beta"));
            c = Expr.Product(sizes.ToArray());
            b.Note($"axis={Axis}: gamma and beta each span all the normalized axes");
        }

        // Keras: gamma when scale or rms_scaling; beta when center and not rms_scaling.
        bool gamma = Scale || RmsScaling, beta = Center && !RmsScaling;
        int vectors = (gamma ? 1 : 0) + (beta ? 1 : 0);
        if (vectors == 0)
            b.NoParams("center=False and scale=False: it normalizes with each sample's own statistics and has no weights");
        else
            b.Params(vectors == 1 ? c : Expr.Const(2) * c);
        b.Note(RmsScaling
            ? "rms_scaling=True: only gamma, which scales by the root mean square; center and scale are ignored"
            : (gamma, beta) switch
            {
                (true, true) => "gamma and beta are learned; the mean and variance are each sample's own, so nothing is stored",
                (true, false) => "center=False: gamma only",
                (false, true) => "scale=False: beta only",
                _ => "the mean and variance are each sample's own, so nothing is stored",
            });
        b.OutputSameAsInput();
    }
}
