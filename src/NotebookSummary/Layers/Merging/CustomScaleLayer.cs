namespace NotebookSummary;

/// <summary>
/// InceptionResNetV2's <c>CustomScaleLayer(scale)</c> (defined in <c>keras.applications.inception_resnet_v2</c>, not
/// in <c>keras.layers</c>): called on <c>[x, up]</c>, it gives <c>x + up·scale</c>, the residual scaled down before
/// it is added. No weights. Internal: only the InceptionResNetV2 application makes one, and the reader does not
/// offer it as a <c>keras.layers</c> class.
/// </summary>
internal sealed class CustomScaleLayer(double scale, string? name = null) : Merge(name, true, null, null)
{
    public double Scale { get; } = scale;

    private protected override int MinInputs => 2;

    private protected override int? MaxInputs => 2;

    private protected override string Operation =>
        $"adds its second input, scaled by {Keras.Python.PyOps.FloatRepr(Scale)}, to its first";
}
