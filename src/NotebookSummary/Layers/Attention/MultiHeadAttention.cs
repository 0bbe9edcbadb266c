using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>MultiHeadAttention(num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True, output_shape=None,
/// attention_axes=None)</c>, called on a query and a value, and optionally a key (Python's <c>mha(query, value)</c>
/// or <c>mha(query, value, key=k)</c>; here <c>mha.Call(query, value)</c> or <c>mha.Call(query, value, key)</c>).
/// Weights: four projections, each a kernel and (with <c>use_bias</c>) a bias — query and key to
/// <c>num_heads × key_dim</c>, value to <c>num_heads × value_dim</c>, and the heads back to the query's last size (or
/// <c>output_shape</c>). The output is the query's shape with that last size (Keras's build and compute_output_shape).
/// </summary>
public sealed class MultiHeadAttention(int numHeads, int keyDim, int? valueDim = null, double dropout = 0.0,
    bool useBias = true, Size? outputShape = null, Size? attentionAxes = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public int NumHeads { get; } = numHeads;
    public int KeyDim { get; } = keyDim;

    /// <summary>The size of each value head; null (or 0, as Keras reads a falsy value) means <see cref="KeyDim"/>.</summary>
    public int? ValueDim { get; } = valueDim;

    public double Dropout { get; } = dropout;
    public bool UseBias { get; } = useBias;

    /// <summary>The last dims of the output (an int or a tuple); null keeps the query's last size.</summary>
    public Size? OutputShape { get; } = outputShape;

    /// <summary>The axes attention runs over; they change neither the shapes nor the weights.</summary>
    public Size? AttentionAxes { get; } = attentionAxes;

    public override bool TakesSeveralInputs => true;

    // Keras's build makes a Softmax and a Dropout without names: they take "softmax" and "dropout" from the session's
    // counters when the layer is first called (its projections are named query, key, value, attention_output).
    internal override IReadOnlyList<string> PrefixesTakenWhenBuilt => ["softmax", "dropout"];

    /// <summary>
    /// Calls the layer on a query and a value, and optionally a key (Keras's <c>mha(query, value, key=key)</c>); the
    /// key defaults to the value. The tensors are listed query, value, key, as Keras's Connected to lists them.
    /// </summary>
    public KerasTensor Call(KerasTensor query, KerasTensor value, KerasTensor? key = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(value);
        // Keras passes the tensors' masks as query_mask/value_mask into a copy of the arguments (not listed); the
        // output carries the query's mask.
        return MaskFlow.Call(this, key is null ? [query, value] : [query, value, key], asList: false, onlyTensor: false).Output(0);
    }

    protected internal override void Build(LayerBuilder b)
    {
        if (b.Inputs.Count is < 2 or > 3)
            b.Fail($"MultiHeadAttention is called on a query and a value (and optionally a key), but it is called on {b.Inputs.Count} tensor(s)",
                "call it as mha(query, value) or mha(query, value, key=key) in Python, mha.Call(query, value) in C#");
        b.Positive("num_heads", NumHeads);
        b.Positive("key_dim", KeyDim);
        b.Rate("dropout", Dropout);
        int valueDim = ValueDim is null or 0 ? KeyDim : b.Positive("value_dim", ValueDim.Value);
        Shape query = b.Inputs[0], value = b.Inputs[1], key = b.Inputs.Count > 2 ? b.Inputs[2] : value;
        if (!value.SampleDims.SkipLast(1).SequenceEqual(key.SampleDims.SkipLast(1)))
            b.Fail($"MultiHeadAttention needs a key and a value equal on every axis but the last: {b.DescribeInput(1)} and {b.DescribeInput(2)}",
                "give the key the value's sequence length");
        var outDims = OutputShape is { } o ? b.Ints(o, Math.Max(1, o.Values.Count), "output_shape").Select(d => (long?)d).ToArray() : [query[-1]];

        var heads = Expr.Sym("num_heads", NumHeads, "attention heads");
        var kd = Expr.Sym("key_dim", KeyDim, "size of each query and key head");
        var vd = Expr.Sym("value_dim", valueDim, "size of each value head");
        var q = Last(b, query, 0, "q", "the query's last size");
        var k = Last(b, key, b.Inputs.Count > 2 ? 2 : 1, "k", "the key's last size");
        var v = Last(b, value, 1, "v", "the value's last size");
        var outSize = outDims.Length == 1 && OutputShape is null
            ? q : Expr.Sym("out", Product(b, outDims), "the output's last dims, multiplied (output_shape)");
        b.Params(Projection(q, heads * kd) + Projection(k, heads * kd) + Projection(v, heads * vd) + Projection(heads * vd, outSize));
        b.Note("four projections, each a kernel" + (UseBias ? " and a bias" : "")
            + ": query and key to num_heads × key_dim, value to num_heads × value_dim, and the heads back to the output size");
        b.Output(Shape.WithBatch(query.Batch, [.. query.SampleDims.SkipLast(1), .. outDims]));
    }

    private Expr Projection(Expr inSize, Expr outSize) => UseBias ? (inSize + 1) * outSize : inSize * outSize;

    private static Expr Last(LayerBuilder b, Shape shape, int which, string symbol, string meaning)
    {
        if (shape[-1] is null)
            b.Fail($"MultiHeadAttention needs the last size of {b.DescribeInput(which)} to size its projections, but it is None",
                "give the tensor a known last dimension");
        return Expr.Sym(symbol, shape[-1], meaning);
    }

    private static long Product(LayerBuilder b, long?[] dims)
    {
        long p = 1;
        foreach (var d in dims) p *= d!.Value;
        return p;
    }
}
