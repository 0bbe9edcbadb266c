using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of Max/AveragePooling 1D/2D/3D: a window of <c>pool_size</c> slides by <c>strides</c>
/// (default: the pool size); channels pass through; no weights.
/// </summary>
public abstract class PoolingLayer : Layer, IHasDataFormat
{
    private protected PoolingLayer(int rank, bool isMax, Size poolSize, Size? strides, string padding,
        string? dataFormat, string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        IsMax = isMax;
        PoolSize = poolSize;
        Strides = strides;
        Padding = padding;
        DataFormat = dataFormat;
    }

    public int SpatialRank { get; }
    public bool IsMax { get; }
    public Size PoolSize { get; }
    /// <summary>The strides; null means "the pool size", as in Keras.</summary>
    public Size? Strides { get; }
    public string Padding { get; }
    public string? DataFormat { get; }

    public override LayerKind Kind => IsMax ? LayerKind.MaxPooling : LayerKind.AveragePooling;

    // The choices as an array made once: a params argument would be an array a layer.
    private static readonly string[] Paddings = ["valid", "same"];

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        var pool = b.Ints(PoolSize, SpatialRank, "pool_size");
        var strides = Strides is { } s ? b.Ints(s, SpatialRank, "strides") : pool;
        var padding = b.Choice("padding", Padding, Paddings);
        var outLengths = axes.OutputLengths(b, pool, strides, padding, null, "pool");
        if (Strides is null) b.Note("strides default to the pool size");
        b.SetWindow(pool, strides);
        axes.Output(b, outLengths, b.Input[axes.ChannelAxis]);
        b.NoParams("pooling takes the " + (IsMax ? "maximum" : "average") + " of each window: it has no weights");
    }
}

/// <summary>Keras <c>MaxPooling1D(pool_size=2)</c>.</summary>
public sealed class MaxPooling1D(Size? poolSize = null, Size? strides = null, string padding = "valid",
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : PoolingLayer(1, true, poolSize ?? 2, strides, padding, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>MaxPooling2D(pool_size=(2, 2))</c>.</summary>
public sealed class MaxPooling2D(Size? poolSize = null, Size? strides = null, string padding = "valid",
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : PoolingLayer(2, true, poolSize ?? 2, strides, padding, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>MaxPooling3D(pool_size=(2, 2, 2))</c>.</summary>
public sealed class MaxPooling3D(Size? poolSize = null, Size? strides = null, string padding = "valid",
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : PoolingLayer(3, true, poolSize ?? 2, strides, padding, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>AveragePooling1D(pool_size=2)</c>.</summary>
public sealed class AveragePooling1D(Size? poolSize = null, Size? strides = null, string padding = "valid",
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : PoolingLayer(1, false, poolSize ?? 2, strides, padding, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>AveragePooling2D(pool_size=(2, 2))</c>.</summary>
public sealed class AveragePooling2D(Size? poolSize = null, Size? strides = null, string padding = "valid",
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : PoolingLayer(2, false, poolSize ?? 2, strides, padding, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>AveragePooling3D(pool_size=(2, 2, 2))</c>.</summary>
public sealed class AveragePooling3D(Size? poolSize = null, Size? strides = null, string padding = "valid",
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : PoolingLayer(3, false, poolSize ?? 2, strides, padding, dataFormat, name, trainable, inputShape, inputDim);
