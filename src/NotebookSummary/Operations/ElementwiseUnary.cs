using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The operations that map every value of one tensor on its own: activations (<c>ops.relu</c>, <c>ops.sigmoid</c>,
/// <c>ops.gelu</c>, <c>ops.hard_silu</c>, ...), math (<c>ops.exp</c>, <c>ops.sqrt</c>, <c>ops.abs</c>, <c>-x</c>),
/// <c>ops.cast</c> and <c>ops.clip</c>. The output has the input's shape. Softmax and LogSoftmax normalize along an
/// axis, which must exist.
/// </summary>
internal sealed class ElementwiseUnary : Operation
{
    /// <param name="className">Keras's class, e.g. <c>Relu</c>.</param>
    /// <param name="axis">The axis a softmax normalizes along, or null for operations without one.</param>
    public ElementwiseUnary(string className, int? axis = null, SourceLocation? source = null) : base(className, source)
    {
        NormalizedAxis = axis;
    }

    /// <summary>The axis a softmax normalizes along (<c>-1</c>: the last), or null.</summary>
    public int? NormalizedAxis { get; }

    private protected override void BuildOperation(LayerBuilder b)
    {
        if (b.Inputs.Count != 1) b.Fail($"{ClassName} takes one tensor, but it is given {b.Inputs.Count}: {All(b)}");
        if (NormalizedAxis is { } axis)
        {
            Axis(b, axis, b.Rank, $"its {b.Rank}D input {b.DescribeInput(0)}");
            b.Note($"{ClassName} normalizes {b.DescribeInput(0)} along axis {axis}: the output has the input's shape");
        }
        else
        {
            b.Note($"{ClassName} maps every value of {b.DescribeInput(0)} on its own: the output has the input's shape");
        }
        b.OutputSameAsInput();
    }
}
