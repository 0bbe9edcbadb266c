using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>Keras <c>Activation('relu')</c>: applies a function element-wise; shape unchanged, no weights.</summary>
public sealed class Activation(string activation, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim, activation)
{
    public override LayerKind Kind => LayerKind.Activation;

    protected internal override void Build(LayerBuilder b)
    {
        b.OutputSameAsInput();
        b.NoParams("an activation is a fixed function: it has no weights");
    }
}
