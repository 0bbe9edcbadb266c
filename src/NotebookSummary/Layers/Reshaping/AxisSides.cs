using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The amounts ZeroPadding and Cropping add or remove on each side of each spatial axis, expanded from the three
/// forms Keras takes. Because a <see cref="Size"/> is flat, the per-side form is written as <c>2·rank</c> values
/// (before, after of each axis in order):
/// <list type="bullet">
/// <item>one integer: the same amount on every side (<c>padding: 1</c>);</item>
/// <item><c>rank</c> integers: symmetric per axis (<c>padding: (1, 2)</c> = Keras <c>(1, 2)</c>);</item>
/// <item><c>2·rank</c> integers: per side (<c>padding: (1, 0, 2, 3)</c> = Keras <c>((1, 0), (2, 3))</c>).</item>
/// </list>
/// In 1D, two integers are (start, end), as in Keras.
/// </summary>
internal static class AxisSides
{
    private static readonly (string Before, string After)[][] SideNames =
    [
        [],
        [("start", "end")],
        [("top", "bottom"), ("left", "right")],
        [("front", "back"), ("top", "bottom"), ("left", "right")],
    ];

    /// <summary>The names of the two sides of spatial axis <paramref name="axis"/>: <c>top</c>/<c>bottom</c>.</summary>
    public static (string Before, string After) Names(int rank, int axis) => SideNames[rank][axis];

    /// <summary>Flattens Keras's nested per-side form <c>((before, after), …)</c> into the <c>2·rank</c> values <see cref="Expand"/> reads.</summary>
    public static Size PerSide(params (int Before, int After)[] pairs) =>
        Size.Tuple(pairs.SelectMany(p => new int?[] { p.Before, p.After }));

    /// <summary>Expands <paramref name="value"/> to (before, after) per spatial axis; fails in Keras's terms.</summary>
    public static (int Before, int After)[] Expand(LayerBuilder b, Size value, int rank, string argument)
    {
        var values = value.Values;
        string forms = rank == 1
            ? "an integer or a tuple of 2 integers (start, end)"
            : $"an integer, a tuple of {rank} integers (one per axis) or {rank} pairs (before, after) written as {2 * rank} integers";
        if (values.Count == 0 || values.Any(v => v is null)
            || (values.Count != 1 && values.Count != rank && values.Count != 2 * rank))
            b.Fail($"{b.Layer.ClassName} argument '{argument}' must be {forms}, but it is {value}");
        if (values.Any(v => v < 0))
            b.Fail($"{b.Layer.ClassName} argument '{argument}' cannot hold negative values, but it is {value}");

        var result = new (int, int)[rank];
        for (int i = 0; i < rank; i++)
        {
            if (values.Count == 2 * rank) result[i] = (values[2 * i]!.Value, values[2 * i + 1]!.Value);
            else
            {
                int v = values.Count == 1 ? values[0]!.Value : values[i]!.Value;
                result[i] = (v, v);
            }
        }
        return result;
    }
}
