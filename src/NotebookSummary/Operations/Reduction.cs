using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The reductions (<c>ops.mean</c>, <c>ops.sum</c>, <c>ops.max</c>, <c>ops.min</c>, <c>ops.prod</c>, <c>ops.std</c>,
/// <c>ops.var</c>, <c>ops.all</c>, <c>ops.any</c>, <c>ops.logsumexp</c>) with Keras's <c>reduce_shape</c>: the axes
/// reduced are removed, or kept with size 1 when <c>keepdims=True</c>; without <c>axis</c> every axis is reduced, the
/// batch too, leaving a single number (shape <c>()</c>).
/// </summary>
internal sealed class Reduction : Operation
{
    private readonly ArrayView<int>? _axes;

    /// <param name="className">Keras's class, e.g. <c>Mean</c>.</param>
    /// <param name="axes">The axes reduced (batch included, negative from the end), or null for all of them.</param>
    public Reduction(string className, IEnumerable<int>? axes, bool keepdims, SourceLocation? source = null) : base(className, source)
    {
        _axes = axes is null ? null : new ArrayView<int>(axes.ToArray());
        Keepdims = keepdims;
    }

    /// <summary>The axes reduced, as given, or null for all.</summary>
    public IReadOnlyList<int>? Axes => _axes;

    /// <summary>Keras's <c>keepdims</c>: reduced axes stay, with size 1.</summary>
    public bool Keepdims { get; }

    private protected override void BuildOperation(LayerBuilder b)
    {
        if (b.Inputs.Count != 1) b.Fail($"{ClassName} takes one tensor, but it is given {b.Inputs.Count}: {All(b)}");
        int rank = b.Rank;
        var reduced = new bool[rank];
        if (_axes is null) Array.Fill(reduced, true);
        else
            foreach (var given in _axes)
            {
                int axis = Axis(b, given, rank, $"its {rank}D input {b.DescribeInput(0)}");
                if (reduced[axis]) b.Fail($"{ClassName} is given axis {axis} twice in axis={AxesText(_axes)}", "name each axis once");
                reduced[axis] = true;
            }
        var dims = new List<long?>(rank);
        for (int i = 0; i < rank; i++)
            if (!reduced[i]) dims.Add(b.Input[i]);
            else if (Keepdims) dims.Add(1);
        b.Output(new Shape(dims));
        string which = _axes is null ? "every axis, the batch too" : $"axis {AxesText(_axes)}";
        b.Note($"{ClassName} reduces {b.DescribeInput(0)} over {which}: "
            + (Keepdims ? "keepdims=True keeps each reduced axis with size 1" : "the reduced axes are removed"));
    }
}
