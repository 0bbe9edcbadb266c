using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A <see cref="Sequential"/> used as a layer (Keras's <c>sequential(x)</c>, or one Sequential added to another):
/// one row of class <c>Sequential</c> with the parameters of all its layers. It holds the Sequential's layers as they
/// were when it was made, since a Sequential can still change; the Sequential hands out the same one until it does.
/// </summary>
internal sealed class SequentialLayer : Layer
{
    private readonly ArrayView<Layer> _layers;
    private readonly long _sequentialOrder;

    internal SequentialLayer(Layer[] layers, string? name, bool trainable, long sequentialOrder) : base(name, trainable)
    {
        _layers = new ArrayView<Layer>(layers);
        _sequentialOrder = sequentialOrder;
    }

    /// <summary>The Sequential's layers when this layer was made.</summary>
    public IReadOnlyList<Layer> Layers => _layers;

    public override string ClassName => "Sequential";

    public override string DefaultNamePrefix => "sequential";

    /// <summary>The Sequential's place in the creation order, which Keras's default names follow.</summary>
    internal override long CreationOrder => _sequentialOrder;

    internal override IReadOnlyList<Layer> LayersWithRules => _layers;

    /// <summary>The input shape its first layer declares, when it does: a Sequential starting with it is built from it.</summary>
    protected internal override Shape? DeclaredInputShape() =>
        _layers.Count == 0 ? null : _layers[0] is Input input ? input.Shape : _layers[0].DeclaredInputShape();

    protected internal override void Build(LayerBuilder b)
    {
        // Named as the outer model names it, its first layer connected to the InputLayer Keras's Sequential holds:
        // its own Input, or the one Keras makes when it builds the Sequential.
        var scope = b.Given.Scope;
        string name = scope?.Of(this) ?? Name ?? "sequential";
        if (DeclaredInputShape() is { } declared) NestedModelRules.CheckInput(b, name, 0, declared);
        string? input = scope is null ? null : _layers.Count > 0 && _layers[0] is Input own ? scope.Of(own) : scope.BuiltInputOf(this);

        var inner = Summarizer.Summarize(name, _layers, givenInput: b.Input, frozen: !Trainable || b.Given.Frozen, outer: scope, inputName: input);
        if (!inner.IsValid) NestedModelRules.FailInside(b, inner);
        NestedModelRules.Params(b, inner);
        b.Output(inner.OutputShape!);
    }
}
