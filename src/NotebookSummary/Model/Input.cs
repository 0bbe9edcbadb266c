using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The model's input (Keras's <c>keras.Input(shape=...)</c> / <c>InputLayer</c>): the shape of one sample, without
/// the batch; <c>null</c> marks an unknown dimension. Not a row of the summary, as in Keras.
/// <code>new Input(28, 28, 1)      new Input(null, 13)      new Input(shape: (28, 28, 1), batchSize: 32)</code>
/// </summary>
public class Input : Layer
{
    /// <summary>An input whose sample shape is <paramref name="shape"/>.</summary>
    public Input(params int?[] shape) : this((Size)shape) { }

    /// <summary>An input whose sample shape is <paramref name="shape"/>, optionally with a fixed batch size.</summary>
    public Input(Size shape, int? batchSize = null, string? name = null) : base(name, inputShape: Size.Tuple(shape.Values))
    {
        BatchSize = batchSize;
    }

    public override string ClassName => "InputLayer";

    public override LayerKind Kind => LayerKind.Input;

    public override string DefaultNamePrefix => "input_layer";

    /// <summary>The sample shape, batch first.</summary>
    public Shape Shape => DeclaredInputShape()!;

    protected internal override void Build(LayerBuilder b)
    {
        b.OutputSameAsInput();
        b.NoParams("the input holds data, not weights");
    }
}

/// <summary>Keras's <c>InputLayer(input_shape=...)</c>: the same as <see cref="Input"/>.</summary>
public sealed class InputLayer : Input
{
    public InputLayer(Size inputShape, int? batchSize = null, string? name = null) : base(inputShape, batchSize, name) { }
}
