using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// A layer with a given class name, output shape and parameter count, for rendering tests that need a row of a
/// layer type the library does not implement on this branch. Counts are Keras's (stated where it is used).
/// </summary>
internal sealed class StubLayer(string className, long?[] sampleDims, long parameters, string? name = null,
    LayerKind kind = LayerKind.Other) : Layer(name)
{
    public override string ClassName => className;
    public override LayerKind Kind => kind;

    protected internal override void Build(LayerBuilder b)
    {
        b.Output(sampleDims);
        if (parameters == 0) b.NoParams("stub without weights");
        else b.Params(Expr.Const(parameters));
    }
}
