using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras's <c>axis</c> arguments (Softmax, the normalization layers): an index into the input shape, batch included,
/// where a negative value counts from the end (<c>-1</c> is the last axis). Resolves them against the layer's input
/// and fails in the user's terms, so no layer indexes a shape with an axis that does not exist.
/// </summary>
internal static class AxisArgument
{
    /// <summary>The input axis <paramref name="axis"/> names, as a non-negative index; fails if it does not exist.</summary>
    public static int Resolve(LayerBuilder b, int axis, string argument = "axis")
    {
        int rank = b.Rank;
        if (axis < -rank || axis >= rank)
            b.Fail($"{b.Layer.ClassName} {argument}={axis} does not exist in its {rank}D input {b.Input}",
                $"the axes of this input run from 0 (the batch) to {rank - 1}, or from -1 (the last) back to -{rank}");
        return axis < 0 ? rank + axis : axis;
    }

    /// <summary>
    /// Every axis of an integer-or-list argument (<c>axis=-1</c>, <c>axis=[1, 2]</c>) as non-negative indices, in the
    /// order written; fails for an empty list, a missing value, an axis that does not exist, or one named twice.
    /// </summary>
    public static int[] ResolveAll(LayerBuilder b, Size axes, string argument = "axis")
    {
        var values = axes.Values;
        if (values.Count == 0 || values.Any(v => v is null))
            b.Fail($"{b.Layer.ClassName} argument '{argument}' must be an integer or a list of integers, but it is {axes}");
        var resolved = new int[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            resolved[i] = Resolve(b, values[i]!.Value, argument);
            for (int j = 0; j < i; j++)
                if (resolved[j] == resolved[i])
                    b.Fail($"{b.Layer.ClassName} {argument}={axes} names input axis {resolved[i]} twice",
                        "list each axis once");
        }
        return resolved;
    }
}
