using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A Keras functional model (<c>keras.Model(inputs, outputs)</c>): a graph of layer calls from its input tensors to
/// its output tensors. Branches, merges, shared layers (one layer object called several times) and nested models
/// (a model called like a layer) are all calls on tensors.
/// <code>
/// var inputs = new Input(32);
/// var a = new Dense(16, activation: "relu").Call(inputs);
/// var b = new Dense(16, activation: "relu").Call(inputs);
/// var outputs = new Dense(1).Call(new Concatenate().Call(a, b));
/// var model = new Model(inputs, outputs, name: "two_branches");
/// </code>
/// Immutable: a model is what its tensors were when it was made. <see cref="Summarize"/> computes the shapes, names
/// and parameter counts; an invalid graph gives a summary whose <see cref="ModelSummary.Error"/> says why.
/// </summary>
public sealed class Model
{
    private readonly ArrayView<KerasTensor> _inputs;
    private readonly ArrayView<KerasTensor> _outputs;

    /// <summary>A model from one input tensor to one output tensor.</summary>
    public Model(KerasTensor input, KerasTensor output, string? name = null)
        : this(One(input, nameof(input)), One(output, nameof(output)), OutputStructure.Tensor, name) { }

    /// <summary>A model with several inputs and outputs, in the order given (Keras's lists).</summary>
    public Model(IEnumerable<KerasTensor> inputs, IEnumerable<KerasTensor> outputs, string? name = null)
        : this(Many(inputs, nameof(inputs)), Many(outputs, nameof(outputs)), OutputStructure.List, name) { }

    /// <summary>A model with one input and several outputs.</summary>
    public Model(KerasTensor input, IEnumerable<KerasTensor> outputs, string? name = null)
        : this(One(input, nameof(input)), Many(outputs, nameof(outputs)), OutputStructure.List, name) { }

    /// <summary>A model with several inputs and one output.</summary>
    public Model(IEnumerable<KerasTensor> inputs, KerasTensor output, string? name = null)
        : this(Many(inputs, nameof(inputs)), One(output, nameof(output)), OutputStructure.Tensor, name) { }

    /// <summary>
    /// A model whose outputs are named (Keras's dict of outputs). Keras orders them by name, as
    /// <c>tree.flatten</c> does, and so does its summary.
    /// </summary>
    public Model(IEnumerable<KerasTensor> inputs, IReadOnlyDictionary<string, KerasTensor> outputs, string? name = null)
        : this(Many(inputs, nameof(inputs)), ByName(outputs, nameof(outputs)), OutputStructure.Dict, name) { }

    /// <summary>A model with one input whose outputs are named; see the other dictionary overload.</summary>
    public Model(KerasTensor input, IReadOnlyDictionary<string, KerasTensor> outputs, string? name = null)
        : this(One(input, nameof(input)), ByName(outputs, nameof(outputs)), OutputStructure.Dict, name) { }

    private Model(KerasTensor[] inputs, KerasTensor[] outputs, OutputStructure structure, string? name)
    {
        if (inputs.Length == 0) throw new ArgumentException("a model needs at least one input tensor", nameof(inputs));
        if (outputs.Length == 0) throw new ArgumentException("a model needs at least one output tensor", nameof(outputs));
        // First: the layer that stands for this model takes the model's place in the creation order.
        AsLayer = new FunctionalLayer(this, name);
        _inputs = new ArrayView<KerasTensor>(inputs);
        _outputs = new ArrayView<KerasTensor>(outputs);
        Structure = structure;
        Name = name;
    }

    /// <summary>The explicit name, or null for Keras's default (<c>functional</c>, <c>functional_1</c>, ...).</summary>
    public string? Name { get; }

    /// <summary>False freezes the model: all its weights count as non-trainable (Keras's <c>model.trainable = False</c>).</summary>
    public bool Trainable
    {
        get => AsLayer.Trainable;
        init => AsLayer = AsLayer.Frozen(!value);
    }

    /// <summary>The input tensors, in order.</summary>
    public IReadOnlyList<KerasTensor> Inputs => _inputs;

    /// <summary>The output tensors, in order (named outputs sorted by name, as Keras flattens them).</summary>
    public IReadOnlyList<KerasTensor> Outputs => _outputs;

    /// <summary>How the outputs were given: one tensor, a list, or named.</summary>
    public OutputStructure Structure { get; }

    /// <summary>The layer that stands for this model where it is called on tensors or added to a Sequential.</summary>
    internal FunctionalLayer AsLayer { get; private init; }

    /// <summary>
    /// This model with another <c>trainable</c>, as a copy that stands for the same Keras model (its layer keeps the
    /// model's place in the creation order): Keras's <c>model.trainable = False</c> on a model already made, such as
    /// the base of transfer learning, <c>Applications.ResNet50(includeTop: false).WithTrainable(false)</c>.
    /// </summary>
    public Model WithTrainable(bool trainable) => trainable == Trainable ? this : new Model(this, trainable);

    private Model(Model original, bool trainable)
    {
        _inputs = original._inputs;
        _outputs = original._outputs;
        Structure = original.Structure;
        Name = original.Name;
        AsLayer = original.AsLayer.Frozen(!trainable);
    }

    /// <summary>When the model was made; its default name follows the models made before it.</summary>
    internal long CreationOrder => AsLayer.CreationOrder;

    /// <summary>
    /// Calls the model on a tensor, as a layer (Keras's <c>model(x)</c>): the calling model shows it as one row of
    /// class <c>Functional</c> with all its parameters. Calling it twice shares its weights.
    /// </summary>
    public KerasTensor Call(KerasTensor input) => AsLayer.Call(input);

    /// <summary>Calls the model on several tensors, one per model input, in order.</summary>
    public KerasTensor Call(params KerasTensor[] inputs) => AsLayer.Call(inputs);

    /// <summary>Computes every row's output shape, parameters, connections and walk-through. Never throws for an
    /// invalid graph: the result's <see cref="ModelSummary.Error"/> says what is wrong.</summary>
    public ModelSummary Summarize() => GraphSummarizer.Summarize(this);

    private static KerasTensor[] One(KerasTensor tensor, string parameter)
    {
        ArgumentNullException.ThrowIfNull(tensor, parameter);
        return [tensor];
    }

    private static KerasTensor[] Many(IEnumerable<KerasTensor> tensors, string parameter)
    {
        ArgumentNullException.ThrowIfNull(tensors, parameter);
        var array = tensors.ToArray();
        if (array.Any(t => t is null)) throw new ArgumentException("a model's tensors cannot be null", parameter);
        return array;
    }

    private static KerasTensor[] ByName(IReadOnlyDictionary<string, KerasTensor> tensors, string parameter)
    {
        ArgumentNullException.ThrowIfNull(tensors, parameter);
        return Many(tensors.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value), parameter);
    }
}

/// <summary>How a functional model's outputs were given (Keras's <c>output_structure</c>).</summary>
public enum OutputStructure
{
    /// <summary>One tensor.</summary>
    Tensor,
    /// <summary>A list of tensors.</summary>
    List,
    /// <summary>Named tensors (a dict), ordered by name.</summary>
    Dict,
}
