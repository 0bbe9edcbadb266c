using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of SpatialDropout1D/2D/3D: like Dropout, but while training it drops whole feature maps (one random
/// choice per channel and sample) instead of single values. Keras fixes the input rank (3, 4 or 5 dims);
/// the shape is unchanged and there are no weights.
/// </summary>
public abstract class SpatialDropoutLayer : Layer, IHasDataFormat
{
    private protected SpatialDropoutLayer(int rank, double rate, string? dataFormat, string? name, bool trainable,
        Size? inputShape, int? inputDim) : base(name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        Rate = rate;
        DataFormat = dataFormat;
    }

    /// <summary>Number of spatial axes: 1, 2 or 3.</summary>
    public int SpatialRank { get; }
    public double Rate { get; }
    /// <summary>Where the channels are (2D and 3D only; SpatialDropout1D always has them last).</summary>
    public string? DataFormat { get; }

    public override LayerKind Kind => LayerKind.Dropout;

    protected internal override void Build(LayerBuilder b)
    {
        b.Rate("rate", Rate);
        // The data format only decides which axis holds the channels (what is dropped together), never the shape.
        bool channelsFirst = b.ChannelsFirst(DataFormat);
        SpatialAxes.Of(b, SpatialRank, channelsFirst);
        b.OutputSameAsInput();
        b.NoParams("spatial dropout only masks whole channels while training: it has no weights");
        b.Note("each channel is kept or dropped as a whole, across all its positions, for each sample");
    }
}

/// <summary>Keras <c>SpatialDropout1D(rate)</c> on <c>(batch, steps, channels)</c>.</summary>
public sealed class SpatialDropout1D(double rate, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : SpatialDropoutLayer(1, rate, null, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>SpatialDropout2D(rate)</c> on <c>(batch, rows, cols, channels)</c> (or channels first).</summary>
public sealed class SpatialDropout2D(double rate, string? dataFormat = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null)
    : SpatialDropoutLayer(2, rate, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>SpatialDropout3D(rate)</c> on <c>(batch, depth, rows, cols, channels)</c> (or channels first).</summary>
public sealed class SpatialDropout3D(double rate, string? dataFormat = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null)
    : SpatialDropoutLayer(3, rate, dataFormat, name, trainable, inputShape, inputDim);
