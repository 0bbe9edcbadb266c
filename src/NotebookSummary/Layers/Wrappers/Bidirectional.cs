using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Bidirectional(layer, merge_mode='concat')</c>: runs a recurrent layer over the sequence forwards and a
/// copy of it backwards, each with its own weights (2× the parameters, or forward + <c>backward_layer</c>), and merges
/// the two outputs: <c>'concat'</c> joins them on the last axis (2× the forward layer's size, as Keras 3 computes it
/// even for a <c>backward_layer</c> of another size), <c>'sum'</c>, <c>'mul'</c> and <c>'ave'</c> combine them
/// element-wise (size unchanged).
/// </summary>
/// <remarks>
/// <c>merge_mode=None</c> makes Keras return the two outputs separately; a Sequential model cannot pass two tensors
/// on, so it is reported as a model error.
/// </remarks>
public sealed class Bidirectional(
    Layer layer,
    string? mergeMode = "concat",
    Layer? backwardLayer = null,
    string? name = null,
    bool trainable = true,
    Size? inputShape = null,
    int? inputDim = null) : Wrapper(layer, name, trainable, inputShape, inputDim)
{
    /// <summary>'concat', 'sum', 'mul' or 'ave'; null (Keras's None) is a model error here, see the class remarks.</summary>
    public string? MergeMode { get; } = mergeMode;

    // Assigned only by the constructor and ReplaceInner (on a copy no one else has seen yet).
    private Layer? _backwardLayer = backwardLayer;

    /// <summary>The layer for the backward direction; null: a copy of <see cref="Wrapper.Layer"/> with go_backwards=True.</summary>
    public Layer? BackwardLayer => _backwardLayer;

    /// <summary>Keras rebuilds the forward layer from the given layer's config, so only <c>backward_layer</c> is shared.</summary>
    internal override bool Shares(Layer layer) => ReferenceEquals(layer, _backwardLayer);

    private protected override void ReplaceInner(Layer original, Layer replacement)
    {
        if (ReferenceEquals(_backwardLayer, original)) _backwardLayer = replacement;
    }

    /// <summary>Keras evaluates <c>layer</c> then <c>backward_layer</c>, so they are named in that order.</summary>
    public override IReadOnlyList<Layer> InnerLayers =>
        new[] { Layer, BackwardLayer }.Where(l => l is not null).Select(l => l!).ToArray();

    protected internal override void Build(LayerBuilder b)
    {
        CheckWrappable(b, Layer, "layer");
        var forward = Recurrent(b, Layer, "layer");
        RecurrentLayer? backward = null;
        if (BackwardLayer is not null)
        {
            CheckWrappable(b, BackwardLayer, "backward_layer");
            backward = Recurrent(b, BackwardLayer, "backward_layer");
        }
        if (MergeMode is null)
            b.Fail("Bidirectional with merge_mode=None returns the forward and backward outputs separately, which a Sequential model cannot pass on",
                "use merge_mode='concat' (the default), 'sum', 'mul' or 'ave', or build the model with the functional API");
        var mode = b.Choice("merge_mode", MergeMode, "concat", "sum", "mul", "ave");
        CheckDirections(b, forward, backward);

        var f = BuildWrapped(b, forward, b.Input, $"Bidirectional's {forward.ClassName}");
        var r = backward is null ? null : BuildWrapped(b, backward, b.Input, $"Bidirectional's backward_layer {backward.ClassName}");

        // Parameters: two independent copies, or the forward layer plus the given backward layer.
        var fParams = f.ParamsRule!;
        if (r is null)
        {
            var nt = NonTrainable(f);
            b.Params(Expr.Const(2) * fParams, nt is null ? null : Expr.Const(2) * nt);
            b.Note($"Bidirectional runs two copies of the {forward.ClassName} over the sequence, one forwards and one "
                + $"backwards (go_backwards=True), each with its own weights: params = 2·({forward.ClassName} params)");
        }
        else
        {
            var ntF = NonTrainable(f);
            var ntB = NonTrainable(r);
            b.Params(fParams + r.ParamsRule!, ntF is null && ntB is null ? null : (ntF ?? 0) + (ntB ?? 0));
            b.Note($"Bidirectional runs the {forward.ClassName} forwards and backward_layer {backward!.ClassName} backwards, "
                + "each with its own weights: params = forward params + backward params");
        }
        KeepInnerExplanations(b, f);

        var fOut = f.OutputShape!;
        var bOut = r?.OutputShape ?? fOut;
        if (mode == "concat")
        {
            if (!fOut.SampleDims.SkipLast(1).SequenceEqual(bOut.SampleDims.SkipLast(1)))
                b.Fail($"Bidirectional cannot concatenate the forward output {fOut} with the backward output {bOut}",
                    "give backward_layer the same kernel_size, strides and padding as the layer");
            // Keras 3's compute_output_shape doubles the forward layer's last axis, whatever backward_layer gives:
            // that is the shape it prints and builds the next layer on.
            var merged = b.Computed(forward.OutputAxisName, Expr.Const(2) * (r is null
                ? forward.OutputSize()
                : forward.OutputSize("_fwd", "the forward layer")));
            b.Note("merge_mode='concat': the two outputs are joined along the last axis");
            if (fOut[-1] is { } fSize && bOut[-1] is { } bSize && fSize != bSize)
                b.Note($"Keras 3 takes the joined size as twice the forward layer's ({merged.Substituted} = {merged.Value}) and "
                    + $"prints that, but the backward_layer gives {bSize}, so the real concatenation is {fSize} + {bSize} = "
                    + $"{fSize + bSize} wide: layers after it are built for {merged.Value} and fail when the model runs "
                    + "(give backward_layer the same units to avoid this)");
            Outputs(b, f, fOut.SampleDims.SkipLast(1).Append(merged.Value));
        }
        else
        {
            if (!fOut.Equals(bOut))
                b.Fail($"Bidirectional merge_mode='{mode}' needs both directions to give the same shape, but the forward output is {fOut} and the backward output is {bOut}",
                    "give backward_layer the same units (or filters) as the layer, or use merge_mode='concat'");
            b.Note(mode switch
            {
                "sum" => "merge_mode='sum': the two outputs are added element-wise, so the shape is one direction's",
                "mul" => "merge_mode='mul': the two outputs are multiplied element-wise, so the shape is one direction's",
                _ => "merge_mode='ave': the two outputs are averaged element-wise, so the shape is one direction's",
            });
            Outputs(b, f, fOut.SampleDims);
        }

        if (f.Window is { } w) b.SetWindow(w.Size, w.Strides, w.ChannelGroups);
        if (f.MacsCount is { } fm)
            b.Macs((fm, backward: r is null ? (long?)null : r.MacsCount, both: r is not null),
                static s => s.both ? CheckedCount.Plus(s.fm, s.backward) : CheckedCount.Times(2, s.fm));
    }

    /// <summary>
    /// The merged output and, with return_state=True, the states: Keras returns <c>[output, *forward_states,
    /// *backward_states]</c> (for an LSTM <c>[output, fw_h, fw_c, bw_h, bw_c]</c>), and its compute_output_shape gives
    /// both directions the forward layer's state shapes.
    /// </summary>
    private static void Outputs(LayerBuilder b, LayerBuilder forward, IEnumerable<long?> mergedDims)
    {
        var merged = Shape.WithBatch(b.Input.Batch, mergedDims);
        var states = forward.OutputShapes.Skip(1).ToArray();
        b.Outputs([merged, .. states, .. states]);
        if (states.Length == 0) return;
        b.Note($"return_state=True: Keras returns the merged output, then the forward layer's {states.Length} final states, "
            + $"then the backward layer's {states.Length} ({1 + 2 * states.Length} tensors)");
    }

    /// <summary>Bidirectional needs a layer that can read a sequence in either direction: a recurrent layer.</summary>
    private static RecurrentLayer Recurrent(LayerBuilder b, Layer layer, string argument)
    {
        if (layer is RecurrentLayer r) return r;
        b.Fail($"Bidirectional's {argument} must be a recurrent layer (SimpleRNN, LSTM, GRU, ConvLSTM2D, ...), but it is {layer.ClassName}",
            "wrap the recurrent layer itself, e.g. Bidirectional(LSTM(64))");
        return null!;
    }

    /// <summary>Keras's checks on the two directions (Bidirectional._verify_layer_config).</summary>
    private static void CheckDirections(LayerBuilder b, RecurrentLayer forward, RecurrentLayer? backward)
    {
        if (backward is null)
        {
            // Keras copies the layer with go_backwards=True for the backward direction; both would then read backwards.
            if (forward.GoBackwards)
                b.Fail("Bidirectional's layer has go_backwards=True, but Bidirectional builds the backward copy itself, so both directions would read backwards",
                    "remove go_backwards=True from the wrapped layer");
            return;
        }
        if (forward.GoBackwards == backward.GoBackwards)
            b.Fail($"Bidirectional's layer and backward_layer must read in opposite directions, but both have go_backwards={Py(forward.GoBackwards)}",
                "give backward_layer go_backwards=True");
        foreach (var (argument, f, r) in new[]
                 {
                     ("stateful", forward.Stateful, backward.Stateful),
                     ("return_sequences", forward.ReturnSequences, backward.ReturnSequences),
                     ("return_state", forward.ReturnState, backward.ReturnState),
                 })
            if (f != r)
                b.Fail($"Bidirectional's layer and backward_layer must have the same {argument}, but the layer has {argument}={Py(f)} and backward_layer {argument}={Py(r)}",
                    $"give both the same {argument}");
    }

    private static string Py(bool value) => value ? "True" : "False";
}
