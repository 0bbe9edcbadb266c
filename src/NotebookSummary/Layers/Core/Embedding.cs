using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Embedding(input_dim, output_dim)</c>: a lookup table of <c>input_dim</c> rows (one per integer index of
/// the vocabulary) of <c>output_dim</c> values; the output adds an axis of <c>output_dim</c> to the input shape.
/// As a first layer without <c>input_shape</c>, Keras 2 builds it on <c>(None, input_length)</c>, so a model that
/// starts with <c>Embedding(7, 13)</c> has the input <c>(None, None)</c> and the output <c>(None, None, 13)</c>.
/// </summary>
/// <remarks>
/// Keras's <c>input_dim</c> is the vocabulary size here (<see cref="VocabularySize"/>), so this layer has no
/// <c>input_dim</c> shorthand for the input shape. <c>mask_zero</c> changes neither the shape nor the count (index 0 keeps its row); it is kept for
/// display.
/// </remarks>
public sealed class Embedding(int inputDim, int outputDim, bool maskZero = false, int? inputLength = null,
    string? name = null, bool trainable = true, Size? inputShape = null) : Layer(name, trainable, inputShape)
{
    /// <summary>Keras's <c>input_dim</c>: the size of the vocabulary, i.e. the largest index + 1.</summary>
    public int VocabularySize { get; } = inputDim;
    /// <summary>Length of each embedding vector.</summary>
    public int OutputDim { get; } = outputDim;
    /// <summary>True when index 0 marks padding that later layers skip.</summary>
    public bool MaskZero { get; } = maskZero;
    /// <summary>Keras 2's length of the input sequences (used only for the implied input shape); Keras 3 ignores it.</summary>
    public int? InputLength { get; } = inputLength;

    public override LayerKind Kind => LayerKind.Embedding;

    /// <summary>
    /// Keras 2's Embedding always declares an input: <c>input_shape</c> when given, else <c>(input_length,)</c>, where a
    /// missing (or 0) input_length is an unknown length.
    /// </summary>
    protected internal override Shape? DeclaredInputShape() =>
        base.DeclaredInputShape() ?? Shape.WithBatch(BatchSize, [InputLength is 0 ? null : InputLength]);

    protected internal override void Build(LayerBuilder b)
    {
        b.Positive("input_dim", VocabularySize);
        b.Positive("output_dim", OutputDim);
        var vocabulary = Expr.Sym("input_dim", VocabularySize, "vocabulary size (rows of the table)");
        var width = Expr.Sym("output_dim", OutputDim, "embedding size (values per row)");
        b.Params(vocabulary * width);
        b.Note("every index is replaced by its row of output_dim values: the output adds an axis of output_dim");
        if (MaskZero)
            b.Note("mask_zero=True: index 0 marks padding, but it keeps its row, so input_dim counts it (vocabulary + 1)");
        b.Output(b.Input.SampleDims.Append(OutputDim));
    }
}
