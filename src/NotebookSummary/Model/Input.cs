using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The model's input (Keras's <c>keras.Input(shape=...)</c> / <c>InputLayer</c>): the shape of one sample, without
/// the batch; <c>null</c> marks an unknown dimension. Not a row of a Sequential summary, as in Keras; a functional
/// model shows its inputs as <c>InputLayer</c> rows. In the functional API an Input is the tensor it makes
/// (<see cref="Output"/>; it converts to it), as <c>keras.Input</c> returns one.
/// <code>new Input(28, 28, 1)      new Input(null, 13)      new Input(shape: (28, 28, 1)) { BatchSize = 32, Name = "pixels" }</code>
/// </summary>
public partial class Input : Layer
{
    // The tensor of each Input object, made on first use (the Input itself holds nothing that changes).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Input, KerasTensor> Tensors = new();

    /// <summary>The tensor this input feeds into a functional model (Keras's <c>input_layer.output</c>).</summary>
    public KerasTensor Output => Tensors.GetValue(this, input => new Node(input, [], inputsAsList: false).Output(0));

    /// <summary>An Input stands for its tensor: <c>new Dense(8).Call(inputs)</c>, <c>new Model(inputs, outputs)</c>.</summary>
    public static implicit operator KerasTensor(Input input) => input.Output;

    /// <summary>An input whose sample shape is <paramref name="shape"/>.</summary>
    public Input(params int?[] shape) : this((Size)shape, true) { }

    // Tuple overloads let `shape: (28, 28, 1)` read like Keras's shape=(28, 28, 1). A general Size overload would
    // make `new Input(784)` ambiguous and `new Input(null, 13)` bind to the wrong constructor.
    public Input((int, int) shape) : this(shape.Item1, shape.Item2) { }
    public Input((int, int, int) shape) : this(shape.Item1, shape.Item2, shape.Item3) { }
    public Input((int, int, int, int) shape) : this(shape.Item1, shape.Item2, shape.Item3, shape.Item4) { }

    private Input(Size shape, bool _) : base(inputShape: Size.Tuple(shape.Values)) { }

    /// <summary>An input from a shape held in a <see cref="Size"/> (for readers that build shapes from source).</summary>
    public static Input FromShape(Size shape) => new(shape, true);

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
    public InputLayer(params int?[] inputShape) : base(inputShape) { }
}
