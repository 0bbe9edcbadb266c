using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>TimeDistributed(layer)</c>: applies the same layer, with the same weights, to every time step of
/// <c>(batch, time, ...)</c>. The wrapped layer is built on <c>(batch, ...)</c> (the input without its time axis) and
/// the time axis is put back in front of its output; the parameters are the wrapped layer's. Works over any layer.
/// </summary>
public sealed class TimeDistributed(
    Layer layer,
    string? name = null,
    bool trainable = true,
    Size? inputShape = null,
    int? inputDim = null) : Wrapper(layer, name, trainable, inputShape, inputDim)
{
    protected internal override void Build(LayerBuilder b)
    {
        CheckWrappable(b, Layer, "layer");
        if (b.Rank < 3)
            b.Fail($"TimeDistributed expects an input of at least 3D (batch, time, ...), but its input is {b.Input} ({b.Rank}D)",
                "the axis after the batch is the time axis: check input_shape, or add a Reshape or RepeatVector before it");

        long? steps = b.Input[1];
        var stepShape = new Shape(b.Input.Dims.Take(1).Concat(b.Input.Dims.Skip(2)));
        var inner = BuildWrapped(b, Layer, stepShape,
            $"TimeDistributed applies {Layer.ClassName} to each time step, shaped {stepShape}");

        string eachStep = steps is { } n ? $"each of the {KerasNumbers.CountOrNone(n)} time steps" : "each time step";
        if (inner.ParamsRule is { } rule)
        {
            b.Params(rule, NonTrainable(inner));
            b.Note($"TimeDistributed runs the same {Layer.ClassName}, with one set of weights, on {eachStep}: "
                + $"the parameters are the {Layer.ClassName}'s; the time axis passes through");
        }
        else
        {
            b.NoParams(inner.NoParamsReason ?? $"{Layer.ClassName} has no weights");
            b.Note($"TimeDistributed runs the {Layer.ClassName} on {eachStep}; the time axis passes through");
        }
        KeepInnerExplanations(b, inner);

        if (inner.Window is { } w) b.SetWindow(w.Size, w.Strides, w.ChannelGroups);
        if (inner.MacsCount is { } macs) b.Macs((steps, macs), static s => CheckedCount.Times(s.steps, s.macs));
        b.Output(inner.OutputShape!.SampleDims.Prepend(steps));
    }
}
