
namespace NotebookSummary.Analysis;

/// <summary>
/// The computed summary of a model: the one object every renderer (HTML, text, ASCII, SVG, JSON) draws from.
/// Immutable. When the model is invalid, <see cref="Error"/> says why and <see cref="Rows"/> holds the rows that could
/// be computed before the failing layer.
/// </summary>
public sealed class ModelSummary
{
    /// <summary>A Sequential model's summary: a chain, no InputLayer rows.</summary>
    internal ModelSummary(string name, Shape? inputShape, List<SummaryRow> rows, ModelTotals totals,
        ModelError? error)
    {
        Name = name;
        InputShape = inputShape;
        Rows = rows.AsReadOnly(); // the summarizer's list, which nothing else holds: no copy, but no writer handed out
        Totals = totals;
        Error = error;
        ClassName = "Sequential";
        Layout = SummaryLayout.SequentialLike;
        Inputs = Outputs = Array.Empty<ModelTensor>();
    }

    /// <summary>A functional model's summary: its rows in Keras's order, its inputs and outputs, its layout.</summary>
    internal ModelSummary(string name, List<SummaryRow> rows, ModelTotals totals, ModelError? error,
        SummaryLayout layout, ModelTensor[] inputs, ModelTensor[] outputs, OutputStructure structure)
    {
        OutputStructure = structure;
        Name = name;
        Rows = rows.AsReadOnly();
        Totals = totals;
        Error = error;
        ClassName = "Functional";
        Layout = layout;
        Inputs = new ArrayView<ModelTensor>(inputs);
        Outputs = new ArrayView<ModelTensor>(outputs);
        InputShape = inputs.Length > 0 ? inputs[0].Shape : null;
    }

    /// <summary>The model's name (<c>sequential</c> or <c>functional</c> unless named).</summary>
    public string Name { get; }

    /// <summary>Keras's class of the model: <c>Sequential</c> or <c>Functional</c> (a model built from tensors).</summary>
    public string ClassName { get; }

    /// <summary>
    /// Which table Keras prints: the 3-column one for a Sequential model and for a functional model that is a plain
    /// chain, or the 4-column one with "Connected to" for every other graph (branches, merges, shared layers).
    /// </summary>
    public SummaryLayout Layout { get; }

    /// <summary>The model's (first) input shape, batch first; null when the model has none (then <see cref="Error"/> says so).</summary>
    public Shape? InputShape { get; }

    /// <summary>
    /// A functional model's inputs, in order: the InputLayer each comes from and its shape. Empty for a Sequential
    /// model, whose input is <see cref="InputShape"/>.
    /// </summary>
    public IReadOnlyList<ModelTensor> Inputs { get; }

    /// <summary>A functional model's outputs, in order (named outputs sorted by name). Empty for a Sequential model.</summary>
    public IReadOnlyList<ModelTensor> Outputs { get; }

    /// <summary>
    /// How a functional model's outputs were given (Keras's <c>output_structure</c>: one tensor, a list, or a dict
    /// whose entries <see cref="Outputs"/> lists sorted by name); null for a Sequential model.
    /// </summary>
    public OutputStructure? OutputStructure { get; }

    /// <summary>
    /// One row per layer, in Keras's order: a Sequential model's layers in order (no row for the Input layer, as in
    /// Keras); a functional model's layers by depth from the outputs, InputLayer rows included.
    /// </summary>
    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>Totals over <see cref="Rows"/>.</summary>
    public ModelTotals Totals { get; }

    /// <summary>Why the model is invalid, or null when every layer built.</summary>
    public ModelError? Error { get; }

    /// <summary>True when every layer built.</summary>
    public bool IsValid => Error is null;

    /// <summary>
    /// The model's output shape: a functional model's first output, a Sequential model's last row; null when unknown.
    /// </summary>
    public Shape? OutputShape => Outputs.Count > 0 ? Outputs[0].Shape
        : ClassName == "Functional" ? null
        : Rows.Count > 0 ? Rows[^1].OutputShape : InputShape;
}

/// <summary>The two tables of Keras's <c>model.summary()</c>.</summary>
public enum SummaryLayout
{
    /// <summary>Layer (type), Output Shape, Param #: a Sequential model, or a functional model that is a plain chain.</summary>
    SequentialLike,

    /// <summary>Layer (type), Output Shape, Param #, Connected to: a functional model with branches, merges or shared layers.</summary>
    Graph,
}

/// <summary>
/// One input or output of a functional model as Keras names it: output <see cref="TensorIndex"/> of call
/// <see cref="NodeIndex"/> of layer <see cref="Layer"/> (printed <c>dense[0][0]</c>), and its shape (null when the
/// model is invalid before it).
/// </summary>
public sealed record ModelTensor(string Layer, int NodeIndex, int TensorIndex, Shape? Shape)
{
    /// <summary>Keras's reference: <c>name[node_index][tensor_index]</c>.</summary>
    public override string ToString() => $"{Layer}[{NodeIndex}][{TensorIndex}]";
}
