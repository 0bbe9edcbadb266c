using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Reshape(target_shape)</c>: the same values in a new per-sample shape. One target dimension may be
/// <c>-1</c>, inferred so the number of values stays the same. As in Keras, when the input has an unknown
/// dimension nothing can be checked and the <c>-1</c> stays unknown (<c>None</c>). No weights.
/// </summary>
public sealed class Reshape(Size targetShape, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public Size TargetShape { get; } = targetShape;

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var target = TargetShape.Values;
        string targetText = KerasNumbers.Tuple(target);
        if (target.Any(t => t is null))
            b.Fail($"Reshape argument 'target_shape' must hold integers (one may be -1), but it is {targetText}",
                "use -1 for the one dimension Keras should infer");
        var dims = target.Select(t => t!.Value).ToArray();
        if (dims.Count(d => d == -1) > 1)
            b.Fail($"Reshape argument 'target_shape' can have at most one -1, but it is {targetText}",
                "give every dimension but one a size");
        if (dims.Any(d => d == 0 || d < -1))
            b.Fail($"Reshape argument 'target_shape' must hold positive sizes or -1, but it is {targetText}");

        int inferredAt = Array.IndexOf(dims, -1);
        var inputDims = b.Input.SampleDims;
        if (inputDims.Any(d => d is null))
        {
            // Keras checks nothing here: the sizes are only known when data flows.
            b.Output(dims.Select(d => d == -1 ? null : (long?)d));
            if (inferredAt >= 0)
                b.Note($"the input {b.Input} has an unknown dimension, so the -1 stays None");
            b.NoParams("reshaping only rearranges values: it has no weights");
            return;
        }

        string[] names = inputDims.Count == 1 ? ["n"] : inputDims.Select((_, i) => $"d_{i + 1}").ToArray();
        var inputFactors = inputDims.Select((d, i) => Expr.Sym(names[i], d, $"input dimension {i + 1}")).ToArray();
        var values = Expr.Product(inputFactors);
        var knownFactors = dims.Select((d, i) => (d, i)).Where(x => x.d != -1)
            .Select(x => Expr.Sym($"t_{x.i + 1}", x.d, $"target dimension {x.i + 1}")).ToArray();
        var known = Expr.Product(knownFactors);
        string valuesText = KerasNumbers.CountOrNone(values.Value);

        if (inferredAt < 0)
        {
            if (known.Value != values.Value)
                b.Fail($"Reshape cannot turn {b.Input} ({valuesText} values) into {targetText} ({KerasNumbers.CountOrNone(known.Value)} values)",
                    $"target_shape must hold the input's {valuesText} values, or use -1 for one dimension");
            b.Output(dims.Select(d => (long?)d));
            b.Note($"{valuesText} values, the same number before and after");
        }
        else
        {
            if (values.Value % known.Value != 0)
                b.Fail($"Reshape cannot infer the -1 in {targetText}: the input {b.Input} has {valuesText} values, which is not a multiple of {KerasNumbers.CountOrNone(known.Value)}",
                    $"choose target sizes whose product divides {valuesText}");
            // The inferred size is the input's values over the target's known sizes (exact: divisibility was checked).
            var inferred = b.Computed($"t_{inferredAt + 1}",
                knownFactors.Length == 0 ? values : Expr.FloorDiv(values, known));
            b.Output(dims.Select(d => d == -1 ? inferred.Value : d));
        }
        b.NoParams("reshaping only rearranges values: it has no weights");
    }
}
