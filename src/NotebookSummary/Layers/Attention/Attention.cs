using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Attention(use_scale=False, score_mode="dot", dropout=0.0)</c>, Luong-style dot-product attention, called
/// on a list <c>[query, value]</c> or <c>[query, value, key]</c> (<c>new Attention().Call(query, value)</c>). The
/// output is the query's shape with the value's last axis (Keras's <c>compute_output_shape</c>). Weights: one scalar
/// <c>scale</c> when <c>use_scale</c>, one scalar <c>concat_score_weight</c> for <c>score_mode="concat"</c>.
/// </summary>
public class Attention(bool useScale = false, string scoreMode = "dot", double dropout = 0.0, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public bool UseScale { get; } = useScale;

    /// <summary><c>"dot"</c> (query·key) or <c>"concat"</c> (the sum of tanh(query + key)).</summary>
    public string ScoreMode { get; } = scoreMode;

    /// <summary>The fraction of attention scores dropped while training; no weights.</summary>
    public double Dropout { get; } = dropout;

    public override bool TakesSeveralInputs => true;

    protected internal override void Build(LayerBuilder b)
    {
        // Keras validates the list before anything else: a single tensor or a list of 1 or 4+ is an error.
        if (!b.CalledOnList || b.Inputs.Count is < 2 or > 3)
            b.Fail($"{ClassName} is called on a list [query, value] or [query, value, key], but it is called on "
                + (b.CalledOnList ? $"a list of {b.Inputs.Count}" : $"one tensor, {b.DescribeInput(0)}"),
                $"call it on a list, e.g. {ClassName}()([query, value]) in Python or new {ClassName}().Call(query, value) in C#");
        b.Rate("dropout", Dropout);
        BuildWeights(b);
        Shape query = b.Inputs[0], value = b.Inputs[1];
        b.Output(Shape.WithBatch(query.Batch, [.. query.SampleDims.Take(query.Rank - 2), value[-1]]));
        b.Note($"the output has the query's shape ({b.DescribeInput(0)}) with the value's last axis ({b.DescribeInput(1)})");
    }

    /// <summary>States the weights: here scalars only, whatever the input sizes.</summary>
    private protected virtual void BuildWeights(LayerBuilder b)
    {
        b.Choice("score_mode", ScoreMode, "dot", "concat");
        int scalars = (UseScale ? 1 : 0) + (ScoreMode == "concat" ? 1 : 0);
        if (scalars == 0)
        {
            b.NoParams("with use_scale=False and score_mode=\"dot\", attention has no weights");
            return;
        }
        b.Params(Expr.Sym("scalars", scalars, "scalar weights (scale for use_scale, concat_score_weight for score_mode=\"concat\")"));
    }
}
