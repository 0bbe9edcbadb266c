using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of ZeroPadding1D/2D/3D: rows, columns or planes of zeros are added on each side of the spatial axes,
/// so each length grows by the two amounts; channels pass through; no weights. The amounts are read by
/// <see cref="AxisSides"/> (one integer, one per axis, or one per side).
/// </summary>
public abstract class ZeroPaddingLayer : Layer, IHasDataFormat
{
    private protected ZeroPaddingLayer(int rank, Size padding, string? dataFormat,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        Padding = padding;
        DataFormat = dataFormat;
    }

    public int SpatialRank { get; }
    /// <summary>The padding as given: one integer, <c>rank</c> integers, or <c>2·rank</c> integers (before, after per axis).</summary>
    public Size Padding { get; }
    public string? DataFormat { get; }

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        var sides = AxisSides.Expand(b, Padding, SpatialRank, "padding");
        var n = axes.InputSizes(b);
        var outLengths = new Expr[SpatialRank];
        for (int i = 0; i < SpatialRank; i++)
        {
            var (before, after) = AxisSides.Names(SpatialRank, i);
            var len = Expr.Sym(axes.Symbol(i), n[i], $"input {axes.Meaning(i)}");
            var p1 = Expr.Sym($"pad_{before}", sides[i].Before, $"zeros added at the {before}");
            var p2 = Expr.Sym($"pad_{after}", sides[i].After, $"zeros added at the {after}");
            outLengths[i] = b.Computed(axes.OutputTarget(i), len + p1 + p2);
        }
        b.Output(axes.Layout(outLengths, Expr.Number(b.Input[axes.ChannelAxis])));
        b.NoParams("padding only adds zeros around the input: it has no weights");
    }
}

/// <summary>
/// Keras <c>ZeroPadding1D(padding=1)</c> over <c>(batch, steps, channels)</c>: <c>padding</c> is one integer or
/// (start, end).
/// </summary>
public sealed class ZeroPadding1D(Size? padding = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ZeroPaddingLayer(1, padding ?? 1, dataFormat, name, trainable, inputShape, inputDim);

/// <summary>
/// Keras <c>ZeroPadding2D(padding=(1, 1))</c> over <c>(batch, rows, cols, channels)</c>: <c>padding</c> is one integer,
/// (rows, cols) for both sides, or ((top, bottom), (left, right)) — as a nested tuple, or flat as 4 integers.
/// </summary>
public sealed class ZeroPadding2D(Size? padding = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ZeroPaddingLayer(2, padding ?? 1, dataFormat, name, trainable, inputShape, inputDim)
{
    /// <summary>Keras's per-side form: <c>((top, bottom), (left, right))</c>.</summary>
    public ZeroPadding2D(((int, int), (int, int)) padding, string? dataFormat = null, string? name = null,
        bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : this(AxisSides.PerSide(padding.Item1, padding.Item2), dataFormat, name, trainable, inputShape, inputDim) { }
}

/// <summary>
/// Keras <c>ZeroPadding3D(padding=(1, 1, 1))</c> over <c>(batch, depth, rows, cols, channels)</c>: one integer, one per
/// axis, or a (before, after) pair per axis — as a nested tuple, or flat as 6 integers.
/// </summary>
public sealed class ZeroPadding3D(Size? padding = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ZeroPaddingLayer(3, padding ?? 1, dataFormat, name, trainable, inputShape, inputDim)
{
    /// <summary>Keras's per-side form: <c>((front, back), (top, bottom), (left, right))</c>.</summary>
    public ZeroPadding3D(((int, int), (int, int), (int, int)) padding, string? dataFormat = null, string? name = null,
        bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : this(AxisSides.PerSide(padding.Item1, padding.Item2, padding.Item3), dataFormat, name, trainable, inputShape, inputDim) { }
}
