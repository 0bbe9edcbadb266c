using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The axis whose size a normalization layer's weight vectors (gamma, beta, moving statistics) take: resolved from
/// the layer's <c>axis</c> argument, its size required to be known, and named <c>C</c> in the walk-through.
/// </summary>
internal static class NormalizedAxis
{
    /// <summary>The size of input axis <paramref name="axis"/> as the symbol <c>C</c>; fails if the axis does not exist or its size is unknown.</summary>
    public static Expr Channels(LayerBuilder b, int axis, string weights) => Channels(axis, ChannelCount(b, axis, weights));

    /// <summary>The size of input axis <paramref name="axis"/>; fails if the axis does not exist or its size is unknown.</summary>
    public static long ChannelCount(LayerBuilder b, int axis, string weights)
    {
        int resolved = AxisArgument.Resolve(b, axis);
        CheckKnown(b, resolved, axis, weights);
        return b.Input[resolved]!.Value;
    }

    /// <summary>The symbol <c>C</c> of the axis argument <paramref name="axis"/>, of size <paramref name="size"/>.</summary>
    public static Expr Channels(int axis, long size) => Expr.Sym(ChannelSymbols[axis], size);

    // The symbol C of each axis argument, one for all the layers that normalize that axis.
    private static readonly ProcessCache<int, Symbol> ChannelSymbols =
        new(static axis => new Symbol("C", $"size of the normalized axis (axis={KerasNumbers.Plain(axis)})"), capacity: 64);

    /// <summary>The size of the already resolved input axis <paramref name="resolved"/> as a symbol; fails if unknown.</summary>
    public static Expr KnownSize(LayerBuilder b, int resolved, int written, string symbol, string meaning, string weights)
    {
        CheckKnown(b, resolved, written, weights);
        return b.Dim(resolved, symbol, meaning);
    }

    private static void CheckKnown(LayerBuilder b, int resolved, int written, string weights)
    {
        if (b.Input[resolved] is null)
            b.Fail($"{b.Layer.ClassName} needs the size of axis {written} for its {weights}, but it is None in its input {b.Input}",
                resolved == 0
                    ? "axis 0 is the batch: normalize over a feature axis, e.g. axis=-1 (channels_last) or axis=1 (channels_first)"
                    : "give that dimension a size in input_shape");
    }
}
