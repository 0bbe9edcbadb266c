using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The element-wise operations on two operands (Keras's <c>Add</c>, <c>Subtract</c>, <c>Multiply</c>,
/// <c>TrueDivide</c>, <c>Power</c>, <c>Maximum</c>, <c>NotEqual</c>, ...): <c>x + y</c>, <c>x * 0.5</c>,
/// <c>ops.maximum(x, y)</c>. Two tensors broadcast (<see cref="Broadcasting"/>); a number in place of one of them
/// applies to every value, so the output has the tensor's shape, and it is not a tensor of the graph.
/// </summary>
internal sealed class ElementwiseBinary : Operation
{
    /// <param name="className">Keras's class, e.g. <c>Multiply</c>.</param>
    /// <param name="leftConstant">The number given as the first operand (<c>0.5 * x</c>), as written, or null for a tensor.</param>
    /// <param name="rightConstant">The number given as the second operand (<c>x * 0.5</c>), as written, or null for a tensor.</param>
    public ElementwiseBinary(string className, string? leftConstant = null, string? rightConstant = null, SourceLocation? source = null)
        : base(className, source)
    {
        if (leftConstant is not null && rightConstant is not null)
            throw new ArgumentException("an operation on tensors has at least one tensor operand", nameof(rightConstant));
        LeftConstant = leftConstant;
        RightConstant = rightConstant;
    }

    /// <summary>The number given in place of the first tensor, as written, or null.</summary>
    public string? LeftConstant { get; }

    /// <summary>The number given in place of the second tensor, as written, or null.</summary>
    public string? RightConstant { get; }

    /// <summary>How many tensors the operation takes (two, or one beside a number).</summary>
    public int TensorCount => LeftConstant is null && RightConstant is null ? 2 : 1;

    private protected override void BuildOperation(LayerBuilder b)
    {
        if (b.Inputs.Count != TensorCount)
            b.Fail($"{ClassName} takes {(TensorCount == 2 ? "two tensors" : "one tensor and a number")}, but it is given {b.Inputs.Count} tensor(s): {All(b)}");
        if (TensorCount == 1)
        {
            b.Output(b.Input);
            b.Note($"{ClassName} is applied element by element to {b.DescribeInput(0)} and the number {LeftConstant ?? RightConstant}: "
                + "a number applies to every value, so the output has the tensor's shape");
            return;
        }
        var shape = new Shape(Broadcasting.Shapes(b, b.Inputs[0].Dims, b.Inputs[1].Dims, 0, 1));
        b.Output(shape);
        b.Note($"{ClassName} is applied element by element to {All(b)}: "
            + (b.Inputs[0].Equals(b.Inputs[1]) ? "the output has their shape"
                : $"their shapes broadcast to {shape} (aligned from the last axis; a size of 1, or None, takes the other's size)"));
    }
}
