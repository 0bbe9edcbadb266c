using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of UpSampling1D/2D/3D: each spatial length is multiplied by its <c>size</c> factor (values are repeated,
/// or interpolated in 2D); channels pass through; no weights.
/// </summary>
public abstract class UpSamplingLayer : Layer, IHasDataFormat
{
    private protected UpSamplingLayer(int rank, Size size, string? dataFormat, string? interpolation,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        Size = size;
        DataFormat = dataFormat;
        Interpolation = interpolation;
    }

    public int SpatialRank { get; }
    /// <summary>The upsampling factor per spatial axis (one integer for all).</summary>
    public Size Size { get; }
    public string? DataFormat { get; }
    /// <summary>UpSampling2D's interpolation (<c>nearest</c> by default); it changes values, not shapes.</summary>
    public string? Interpolation { get; }

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        var factors = b.Ints(Size, SpatialRank, "size");
        string how = "repeats each value";
        if (Interpolation is { } interpolation)
        {
            // The methods Keras 2 (tf.image) and Keras 3 (ops.image.resize) accept; none changes the output shape.
            var method = b.Choice("interpolation", interpolation, "nearest", "bilinear", "bicubic", "area", "gaussian",
                "lanczos3", "lanczos5", "mitchellcubic");
            if (method != "nearest") how = $"interpolates ({method})";
        }
        var n = axes.InputSizes(b);
        var outLengths = new Expr[SpatialRank];
        for (int i = 0; i < SpatialRank; i++)
        {
            var len = Expr.Sym(axes.Symbol(i), n[i], $"input {axes.Meaning(i)}");
            var f = Expr.Sym(axes.Suffixed("size", i), factors[i], $"upsampling factor along the {axes.Meaning(i)}");
            outLengths[i] = b.Computed(axes.OutputTarget(i), len * f);
        }
        b.Output(axes.Layout(outLengths, Expr.Number(b.Input[axes.ChannelAxis])));
        b.NoParams($"upsampling {how}: it has no weights");
    }
}

/// <summary>Keras <c>UpSampling1D(size=2)</c> over <c>(batch, steps, channels)</c>: each step is repeated <c>size</c> times.</summary>
public sealed class UpSampling1D(int size = 2, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null)
    : UpSamplingLayer(1, size, null, null, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>UpSampling2D(size=(2, 2))</c> over <c>(batch, rows, cols, channels)</c>.</summary>
public sealed class UpSampling2D(Size? size = null, string? dataFormat = null, string interpolation = "nearest",
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : UpSamplingLayer(2, size ?? 2, dataFormat, interpolation, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>UpSampling3D(size=(2, 2, 2))</c> over <c>(batch, depth, rows, cols, channels)</c>.</summary>
public sealed class UpSampling3D(Size? size = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : UpSamplingLayer(3, size ?? 2, dataFormat, null, name, trainable, inputShape, inputDim);
