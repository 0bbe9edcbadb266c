using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A functional <see cref="NotebookSummary.Model"/> used as a layer (Keras's <c>model(x)</c>, or a model added to a
/// Sequential): one row of class <c>Functional</c> with the parameters of all its layers, its outputs those of the
/// model run on the tensors it is called on. Each model has one (<see cref="Model.AsLayer"/>), so calling a model
/// twice shares it, as Keras shares a model's weights.
/// </summary>
internal sealed class FunctionalLayer : Layer
{
    internal FunctionalLayer(Model model, string? name) : base(name) => Model = model;

    /// <summary>The model this layer runs.</summary>
    public Model Model { get; }

    public override string ClassName => "Functional";

    public override string DefaultNamePrefix => "functional";

    /// <summary>A model with several inputs is called on a list of tensors, one per input.</summary>
    public override bool TakesSeveralInputs => true;

    /// <summary>The model's layers: their rules are what building this one runs.</summary>
    internal override IReadOnlyList<Layer> LayersWithRules => GraphMap.Build(Model.Inputs, Model.Outputs).Operations;

    /// <summary>This layer as a copy whose <c>trainable</c> is the model's (<see cref="Model.Trainable"/>).</summary>
    internal FunctionalLayer Frozen(bool frozen) => (FunctionalLayer)With(Settings with { Trainable = !frozen });

    /// <summary>
    /// The shape of the model's one input: a Sequential that starts with a model is built from it, as Keras builds one
    /// from its first layer's <c>input_shape</c> (transfer learning: <c>Sequential([base_model, Dense(...)])</c>).
    /// </summary>
    protected internal override Shape? DeclaredInputShape() =>
        Model.Inputs.Count == 1 && Model.Inputs[0].Layer is Input input ? input.Shape : null;

    protected internal override void Build(LayerBuilder b)
    {
        var declared = Model.Inputs;
        string name = b.Given.Scope?.Of(this) ?? Name ?? "functional";
        if (b.Inputs.Count != declared.Count)
            b.Fail($"the model '{name}' takes {Count(declared.Count, "input")}, but it is called on {Count(b.Inputs.Count, "tensor")}",
                "call it on one tensor per model input, in the order of its inputs");
        for (int i = 0; i < declared.Count; i++)
            NestedModelRules.CheckInput(b, name, i, ((Input)declared[i].Node.Layer).Shape);

        // Its rows are named as the outer model names them (Keras names every layer once, when it is made).
        var inner = GraphSummarizer.Summarize(Model, b.Inputs, b.Given.Scope, b.Given.Scope?.Of(this), frozen: !Trainable || b.Given.Frozen);
        if (!inner.IsValid) NestedModelRules.FailInside(b, inner);
        NestedModelRules.Params(b, inner);
        b.Outputs(inner.Outputs.Select(o => o.Shape!));
    }

    private static string Count(int n, string what) => n == 1 ? $"one {what}" : $"{n} {what}s";
}
