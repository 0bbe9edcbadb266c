using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Lambda(function, output_shape=None, mask=None, arguments=None)</c>: calls a Python function on its input.
/// No weights (Keras tracks no variables a function makes). Its output shape is the input's batch axis followed by
/// <c>output_shape</c>, as Keras does with a tuple.
/// <para>
/// Without <c>output_shape</c> Keras 3 runs the function on a symbolic tensor to learn the shape. A summary that does
/// not run Python cannot, and guessing (say, "the input's shape") would print a wrong table without a word, so the
/// layer is a model error at its line with a hint to write <c>output_shape</c>; the rows before it are kept.
/// </para>
/// </summary>
public sealed class Lambda : Layer
{
    /// <param name="function">The function; in C#, a text describing it (e.g. <c>"x => x / 255"</c>) is shown in the walk-through.</param>
    /// <param name="outputShape">The output shape without the batch axis (a tuple; None dims allowed).</param>
    /// <param name="mask">Keras's mask or mask function: accepted, it changes no shape.</param>
    /// <param name="arguments">Keyword arguments for the function: accepted, they change no shape here.</param>
    public Lambda(object? function, Size? outputShape = null, object? mask = null, object? arguments = null,
        string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
        : base(name, trainable, inputShape, inputDim)
    {
        Function = function as string;
        OutputShape = outputShape;
        _ = mask;
        _ = arguments;
    }

    /// <summary>The function's description when one was given as text; null for a Python function.</summary>
    public string? Function { get; }

    /// <summary>Keras's <c>output_shape</c>: the sample dims the function returns; null when not given.</summary>
    public Size? OutputShape { get; }

    public override LayerKind Kind => LayerKind.Other;

    protected internal override void Build(LayerBuilder b)
    {
        if (OutputShape is null)
            b.Fail("Lambda has no output_shape, and its shape cannot be inferred here: Keras 3 finds it by running the "
                   + "function, and this summary does not run Python code",
                $"give it as output_shape=(...) without the batch axis, e.g. output_shape={b.Input.SampleText()} if the "
                + $"function keeps the shape of its input {b.Input}");
        var shape = OutputShape.Value;
        if (!shape.IsTuple)
            b.Fail($"Lambda argument 'output_shape' must be a tuple of dims without the batch axis, but it is {shape}",
                $"write output_shape=({shape},) — the comma makes it a tuple");
        b.Output(shape.Values.Select(d => (long?)d));
        b.NoParams("a Lambda layer only calls its function: it has no weights (Keras does not track variables a function makes)");
        if (Function is { } function) b.Note($"function: {function}");
        b.Note($"output shape = (batch,) + output_shape = ({KerasNumbers.Dim(b.Input.Batch)},) + {shape}: "
               + "taken from output_shape as written; the function is not run, so it must really return that shape");
    }
}
