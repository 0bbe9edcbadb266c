using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of Cropping1D/2D/3D: rows, columns or planes are removed from each side of the spatial axes, so
/// each length shrinks by the two amounts; channels pass through; no weights. The amounts are read by
/// <see cref="AxisSides"/> (one integer, one per axis, or one per side). Cropping everything is an error, as in Keras.
/// </summary>
public abstract class CroppingLayer : Layer, IHasDataFormat
{
    private protected CroppingLayer(int rank, Size cropping, string? dataFormat,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        Cropping = cropping;
        DataFormat = dataFormat;
    }

    public int SpatialRank { get; }
    /// <summary>The cropping as given: one integer, <c>rank</c> integers, or <c>2·rank</c> integers (before, after per axis).</summary>
    public Size Cropping { get; }
    public string? DataFormat { get; }

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        var sides = AxisSides.Expand(b, Cropping, SpatialRank, "cropping");
        var n = axes.InputSizes(b);
        var outLengths = new Expr[SpatialRank];
        for (int i = 0; i < SpatialRank; i++)
        {
            var (before, after) = AxisSides.Names(SpatialRank, i);
            long removed = (long)sides[i].Before + sides[i].After;
            if (n[i] is { } len0 && removed >= len0)
                b.Fail($"{ClassName} crops {sides[i].Before} + {sides[i].After} from an input {axes.Meaning(i)} of {len0}: nothing would remain",
                    $"the two cropping values along the {axes.Meaning(i)} must add up to less than {len0}");
            var len = Expr.Sym(axes.Symbol(i), n[i], $"input {axes.Meaning(i)}");
            var c1 = Expr.Sym($"crop_{before}", sides[i].Before, $"removed at the {before}");
            var c2 = Expr.Sym($"crop_{after}", sides[i].After, $"removed at the {after}");
            outLengths[i] = b.Computed(axes.OutputTarget(i), len - c1 - c2);
        }
        b.Output(axes.Layout(outLengths, Expr.Number(b.Input[axes.ChannelAxis])));
        b.NoParams("cropping only removes values at the borders: it has no weights");
    }
}

/// <summary>Keras <c>Cropping1D(cropping=(1, 1))</c> over <c>(batch, steps, channels)</c>: one integer or (start, end).</summary>
public sealed class Cropping1D(Size? cropping = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null)
    : CroppingLayer(1, cropping ?? 1, null, name, trainable, inputShape, inputDim);

/// <summary>
/// Keras <c>Cropping2D(cropping=((0, 0), (0, 0)))</c> over <c>(batch, rows, cols, channels)</c>: one integer,
/// (rows, cols) for both sides, or ((top, bottom), (left, right)) — as a nested tuple, or flat as 4 integers.
/// </summary>
public sealed class Cropping2D(Size? cropping = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : CroppingLayer(2, cropping ?? 0, dataFormat, name, trainable, inputShape, inputDim)
{
    /// <summary>Keras's per-side form: <c>((top, bottom), (left, right))</c>.</summary>
    public Cropping2D(((int, int), (int, int)) cropping, string? dataFormat = null, string? name = null,
        bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : this(AxisSides.PerSide(cropping.Item1, cropping.Item2), dataFormat, name, trainable, inputShape, inputDim) { }
}

/// <summary>
/// Keras <c>Cropping3D(cropping=((1, 1), (1, 1), (1, 1)))</c> over <c>(batch, depth, rows, cols, channels)</c>: one
/// integer, one per axis, or a (before, after) pair per axis — as a nested tuple, or flat as 6 integers.
/// </summary>
public sealed class Cropping3D(Size? cropping = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : CroppingLayer(3, cropping ?? 1, dataFormat, name, trainable, inputShape, inputDim)
{
    /// <summary>Keras's per-side form: <c>((front, back), (top, bottom), (left, right))</c>.</summary>
    public Cropping3D(((int, int), (int, int), (int, int)) cropping, string? dataFormat = null, string? name = null,
        bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : this(AxisSides.PerSide(cropping.Item1, cropping.Item2, cropping.Item3), dataFormat, name, trainable, inputShape, inputDim) { }
}
