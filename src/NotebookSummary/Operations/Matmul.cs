using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// <c>ops.matmul(x1, x2)</c> and <c>x1 @ x2</c> with Keras's <c>compute_matmul_output_shape</c>: the last axis of
/// <c>x1</c> meets the second-to-last of <c>x2</c> (equal where both are known), the output is
/// <c>(..., x1.shape[-2], x2.shape[-1])</c>, and the axes before those two broadcast. A 1D operand gets a temporary
/// axis that the output drops, as in NumPy.
/// </summary>
internal sealed class MatmulOperation(SourceLocation? source = null) : Operation("Matmul", source)
{
    private protected override void BuildOperation(LayerBuilder b)
    {
        if (b.Inputs.Count != 2) b.Fail($"Matmul takes two tensors, but it is given {b.Inputs.Count}: {All(b)}");
        IReadOnlyList<long?> x = b.Inputs[0].Dims, y = b.Inputs[1].Dims;
        if (x.Count == 0 || y.Count == 0)
            b.Fail($"Matmul needs tensors of at least one axis: {All(b)}", "multiply by a number with * instead");
        bool xVector = x.Count == 1, yVector = y.Count == 1;
        if (xVector) x = [1, x[0]];
        if (yVector) y = [y[0], 1];
        if (x[^1] is { } inner1 && y[^2] is { } inner2 && inner1 != inner2)
            b.Fail($"Matmul needs the last axis of {b.DescribeInput(0)} to equal the second-to-last of {b.DescribeInput(1)}, but they are {inner1} and {inner2}",
                "transpose one of them, or change the layer before it so that the sizes meet");
        var leading = Broadcasting.Shapes(b, x.Take(x.Count - 2).ToArray(), y.Take(y.Count - 2).ToArray(), 0, 1);
        var dims = leading.ToList();
        if (!xVector) dims.Add(x[^2]);
        if (!yVector) dims.Add(y[^1]);
        b.Output(new Shape(dims));
        b.Note($"Matmul multiplies the matrices in the last two axes of {All(b)}: (…, m, k) @ (…, k, n) gives (…, m, n), the axes before them broadcast");
    }
}
