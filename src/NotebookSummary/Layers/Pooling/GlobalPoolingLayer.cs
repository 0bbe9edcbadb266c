using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of GlobalMax/GlobalAveragePooling 1D/2D/3D: each channel's values over all spatial positions are
/// reduced to one (their maximum or average), so <c>(batch, spatial…, channels)</c> becomes <c>(batch, channels)</c>,
/// or <c>(batch, 1, …, 1, channels)</c> with <c>keepdims=True</c>. No weights.
/// </summary>
public abstract class GlobalPoolingLayer : Layer, IHasDataFormat
{
    private protected GlobalPoolingLayer(int rank, bool isMax, string? dataFormat, bool keepdims,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        IsMax = isMax;
        DataFormat = dataFormat;
        Keepdims = keepdims;
    }

    public int SpatialRank { get; }
    public bool IsMax { get; }
    public string? DataFormat { get; }
    /// <summary>True keeps the spatial axes with length 1 (Keras's <c>keepdims</c>).</summary>
    public bool Keepdims { get; }

    public override LayerKind Kind => IsMax ? LayerKind.MaxPooling : LayerKind.AveragePooling;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        // The channel count passes through; Keras allows it to be unknown here (there are no weights).
        var channels = Expr.Number(b.Input[axes.ChannelAxis]);
        b.Output(Keepdims
            ? axes.Layout(Enumerable.Repeat(Expr.Const(1), SpatialRank), channels)
            : [channels]);

        string what = IsMax ? "maximum" : "average";
        var positions = axes.InputSizes(b);
        string extent = positions.All(p => p is not null)
            ? $"the {SpatialAxes.Times(positions)} positions"
            : "all positions";
        string count = channels.Value is { } c ? KerasNumbers.Count(c) + " " : "";
        b.Note($"{extent} of each of the {count}channels are reduced to one value, their {what}");
        if (Keepdims) b.Note("keepdims=True keeps each spatial axis with length 1");
        b.NoParams($"global pooling takes the {what} of each channel: it has no weights");
    }
}

/// <summary>Keras <c>GlobalMaxPooling1D()</c>: <c>(batch, steps, channels)</c> → <c>(batch, channels)</c>.</summary>
public sealed class GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GlobalPoolingLayer(1, true, dataFormat, keepdims, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>GlobalMaxPooling2D()</c>: <c>(batch, rows, cols, channels)</c> → <c>(batch, channels)</c>.</summary>
public sealed class GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GlobalPoolingLayer(2, true, dataFormat, keepdims, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>GlobalMaxPooling3D()</c>: <c>(batch, depth, rows, cols, channels)</c> → <c>(batch, channels)</c>.</summary>
public sealed class GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GlobalPoolingLayer(3, true, dataFormat, keepdims, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>GlobalAveragePooling1D()</c>: <c>(batch, steps, channels)</c> → <c>(batch, channels)</c>.</summary>
public sealed class GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GlobalPoolingLayer(1, false, dataFormat, keepdims, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>GlobalAveragePooling2D()</c>: <c>(batch, rows, cols, channels)</c> → <c>(batch, channels)</c>.</summary>
public sealed class GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GlobalPoolingLayer(2, false, dataFormat, keepdims, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>GlobalAveragePooling3D()</c>: <c>(batch, depth, rows, cols, channels)</c> → <c>(batch, channels)</c>.</summary>
public sealed class GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : GlobalPoolingLayer(3, false, dataFormat, keepdims, name, trainable, inputShape, inputDim);
