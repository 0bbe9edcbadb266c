using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras's <c>broadcast_shapes</c>, the shape rule of every element-wise operation on two tensors (and of
/// <c>matmul</c>'s leading axes). The shapes are aligned from the last axis, batch included, the shorter one padded
/// with 1s in front; on each axis a size of 1 takes the other's size, an unknown size (None) takes the other's known
/// one, and two known sizes other than 1 must be equal. It differs from the merge layers' rule, where None wins.
/// </summary>
internal static class Broadcasting
{
    /// <summary>The broadcast shape of inputs <paramref name="i"/> and <paramref name="j"/> of <paramref name="b"/>; fails naming both.</summary>
    public static long?[] Shapes(LayerBuilder b, IReadOnlyList<long?> x, IReadOnlyList<long?> y, int i, int j)
    {
        int rank = Math.Max(x.Count, y.Count);
        var result = new long?[rank];
        for (int k = 0; k < rank; k++)
        {
            long? p = k - (rank - x.Count) is var xi && xi >= 0 ? x[xi] : 1;
            long? q = k - (rank - y.Count) is var yi && yi >= 0 ? y[yi] : 1;
            if (p == 1) result[k] = q;
            else if (p is null) result[k] = q == 1 ? null : q;
            else if (q == 1 || q is null || q == p) result[k] = p;
            else
                b.Fail($"{b.Layer.ClassName} cannot broadcast {b.DescribeInput(i)} and {b.DescribeInput(j)}: "
                    + $"axis {k - rank} is {p} in one and {q} in the other",
                    "element-wise operations need equal sizes on each axis, counted from the last, or a size of 1 (repeated "
                    + "to match); change the layers before it so that the two tensors match, or reshape one of them");
        }
        return result;
    }
}
