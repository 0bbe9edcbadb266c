namespace NotebookSummary;

/// <summary>
/// Keras's masks in a functional graph, as far as they show in a summary. <c>Embedding(mask_zero=True)</c> makes a
/// mask when it is called: an operation <c>ops.not_equal(inputs, 0)</c> on the tensor it is called on (a
/// <c>not_equal (NotEqual)</c> row), made before the call is recorded. The mask rides on the output to the layers
/// that pass it on (<c>supports_masking</c> with Keras's default <c>compute_mask</c>: Dense, Dropout, activations,
/// normalizations, TimeDistributed, recurrent layers that return sequences, ...). A layer whose <c>call</c> takes a
/// <c>mask</c> (recurrent layers, Bidirectional, TimeDistributed, GlobalAveragePooling1D, BatchNormalization, Softmax,
/// Lambda, nested models) gets it as a keyword tensor, so its call lists the mask after its input in "Connected to"
/// (<c>lstm ← dense[0][0], not_equal[0][0]</c>) — but only when called on one tensor without keyword arguments:
/// otherwise Keras fills the mask into a copy of the arguments and the recorded call does not hold it.
/// </summary>
/// <remarks>
/// The element-wise merges (Add, Multiply, ...) pass on the <c>logical_or</c> of their inputs' masks when every input
/// has one (a LogicalOr operation). Not followed: Concatenate's mask (Keras builds it from several further
/// operations), a <c>Masking</c> layer's mask, and masks of a nested model's outputs; they end the mask here.
/// </remarks>
internal static class MaskFlow
{
    /// <summary>The node of a call of <paramref name="layer"/>, with the mask its tensor carries listed when Keras lists it.</summary>
    /// <param name="tensors">The tensors called on; the first is the one whose mask Keras looks at.</param>
    /// <param name="asList">The tensors came as a list (<c>layer([a, b])</c>).</param>
    /// <param name="onlyTensor">True for a call on one tensor and nothing else (no keyword arguments, no states).</param>
    public static Node Call(Layer layer, KerasTensor[] tensors, bool asList, bool onlyTensor)
    {
        var previous = asList ? null : MaskOf(tensors[0]);
        bool listsMask = onlyTensor && !asList && previous is not null && TakesMask(layer);
        // Keras computes the output's mask after the call and before it records the call's node.
        var outputMask = asList ? MergedMask(layer, tensors) : OutputMask(layer, tensors[0], previous);
        return new Node(layer, listsMask ? [.. tensors, previous!] : tensors, asList, tensors.Length, outputMask);
    }

    /// <summary>The mask a tensor carries (Keras's <c>_keras_mask</c>), or null.</summary>
    public static KerasTensor? MaskOf(KerasTensor tensor) => tensor.Index == 0 ? tensor.Node.OutputMask : null;

    // Layers whose call() has a `mask` argument.
    private static bool TakesMask(Layer layer) => layer is RecurrentLayer or Bidirectional or TimeDistributed
        or GlobalAveragePooling1D or BatchNormalization or Softmax or Lambda or FunctionalLayer or SequentialLayer;

    // Merge.compute_mask of the element-wise merges: no mask unless every input has one, else their logical_or
    // (one LogicalOr operation per further input). Concatenate's and Dot's are not followed.
    private static KerasTensor? MergedMask(Layer layer, KerasTensor[] tensors)
    {
        if (layer is not Merge || layer is Concatenate or Dot) return null;
        KerasTensor? merged = null;
        foreach (var tensor in tensors)
        {
            if (MaskOf(tensor) is not { } mask) return null;
            merged = merged is null ? mask : new ElementwiseBinary("LogicalOr", source: layer.Source).Apply(merged, mask);
        }
        return merged;
    }

    // compute_mask: what mask the output carries.
    private static KerasTensor? OutputMask(Layer layer, KerasTensor input, KerasTensor? previous) => layer switch
    {
        Embedding { MaskZero: true } => new ElementwiseBinary("NotEqual", rightConstant: "0", source: layer.Source).Apply(input),
        RecurrentLayer rnn => rnn.ReturnSequences ? previous : null,
        Bidirectional { Layer: RecurrentLayer { ReturnSequences: true }, MergeMode: not null } => previous,
        Dense or Dropout or SpatialDropoutLayer or GaussianDropout or GaussianNoise or AlphaDropout or ActivityRegularization
            or Activation or ReLU or ELU or LeakyReLU or PReLU or Softmax
            or BatchNormalization or LayerNormalization or GroupNormalization or UnitNormalization
            or Normalization or Rescaling or TimeDistributed or MultiHeadAttention => previous,
        _ => null,
    };
}
