using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>What a model used as a layer (Functional or Sequential) states the same way: its inputs and its weights.</summary>
internal static class NestedModelRules
{
    /// <summary>
    /// Fails unless input <paramref name="i"/> fits the shape the model was built for: the same rank and, where
    /// both are known, the same sizes (Keras's input check of a model called on a tensor).
    /// </summary>
    public static void CheckInput(LayerBuilder b, string model, int i, Shape expected)
    {
        var given = b.Inputs[i];
        bool fits = given.Rank == expected.Rank;
        for (int axis = 0; fits && axis < given.Rank; axis++)
            fits = given[axis] is null || expected[axis] is null || given[axis] == expected[axis];
        if (!fits)
            b.Fail($"the model '{model}' was built for inputs of shape {expected}, but it is called on {b.DescribeInput(i)}",
                "call it on a tensor of the shape its Input declares, or build it with Input(shape=...) for this shape");
    }

    /// <summary>
    /// The model's parameters as one row (which keeps the model's own summary, <see cref="SummaryRow.Nested"/>): the sum of its layers' (those with weights, by name), the non-trainable
    /// part being that of its layers; a model whose layers have no weights has none.
    /// </summary>
    public static void Params(LayerBuilder b, ModelSummary inner)
    {
        b.NestedModel(inner);
        var weighted = inner.Rows.Where(r => !r.HasNoWeights).ToArray();
        if (weighted.Length == 0)
        {
            b.NoParams($"none of the {inner.Rows.Count} layers of the model '{inner.Name}' has weights");
        }
        else
        {
            var sum = Expr.Sum(weighted.Select(r => Expr.Sym(r.Name, r.Params, $"parameters of {r.Name} ({r.ClassName})")));
            long frozen = inner.Totals.NonTrainableParams;
            b.Params(sum, frozen > 0 ? Expr.Const(frozen) : null);
        }
        b.Note($"the model '{inner.Name}' is used as one layer: its row holds the parameters of all its layers, "
            + "which its own summary lists");
    }

    /// <summary>Fails with the error of the model's own summary, saying where inside the model it is.</summary>
    public static void FailInside(LayerBuilder b, ModelSummary inner)
    {
        var e = inner.Error!;
        b.Fail($"inside the model '{inner.Name}', layer '{e.LayerName}' ({e.ClassName}): {e.Message}", e.Hint);
    }
}
