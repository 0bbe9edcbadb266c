using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>Keras <c>Flatten()</c>: one sample becomes a vector of all its values; no weights.</summary>
public sealed class Flatten(string? dataFormat = null, string? name = null, bool trainable = true,
    Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Flatten;

    protected internal override void Build(LayerBuilder b)
    {
        b.ChannelsFirst(DataFormat); // validates; the order of values changes, their number does not
        var dims = b.Input.SampleDims;
        for (int i = 0; i < dims.Count; i++)
            if (dims[i] is null)
                b.Fail($"Flatten needs every dimension of its input known, but its input is {b.Input}",
                    "give the unknown dimension a size (input_shape, input_length), or use a global pooling layer instead");
        string[] names = dims.Count switch
        {
            1 => ["n"],
            2 => ["d_1", "d_2"],
            _ => dims.Select((_, i) => $"d_{i + 1}").ToArray(),
        };
        var factors = dims.Select((d, i) => Expr.Sym(names[i], d, $"input dimension {i + 1}"));
        var size = b.Computed("units", Expr.Product(factors));
        b.Output(size);
        b.NoParams("flattening only rearranges values: it has no weights");
    }
}
