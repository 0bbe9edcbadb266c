using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A layer that runs another layer (Keras's <c>Wrapper</c>: TimeDistributed, Bidirectional). The wrapped layer is
/// built through <see cref="LayerBuilder.BuildInner"/> on the shape the wrapper gives it, and the wrapper composes
/// its walk-through from the inner one, so the inner formulas stay visible.
/// </summary>
public abstract class Wrapper : Layer
{
    private protected Wrapper(Layer layer, string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim, layer?.Activation)
    {
        _layer = layer!;
    }

    // Assigned only by the constructor and WithInner (on a copy no one else has seen yet).
    private Layer _layer;

    /// <summary>The wrapped layer (Keras's <c>wrapper.layer</c>).</summary>
    public Layer Layer => _layer;

    /// <summary>
    /// True when the wrapper uses <paramref name="layer"/> itself rather than a copy made when it was constructed, so
    /// that a later change to that layer (<c>layer.trainable = False</c>) is a change to the wrapper too. Keras's
    /// TimeDistributed keeps the layer it is given.
    /// </summary>
    internal virtual bool Shares(Layer layer) => ReferenceEquals(layer, _layer);

    /// <summary>
    /// This wrapper, as a copy, with <paramref name="replacement"/> wherever it wrapped <paramref name="original"/>:
    /// the reader's way of passing on a change to a shared layer. This wrapper does not change.
    /// </summary>
    internal Wrapper WithInner(Layer original, Layer replacement)
    {
        var copy = (Wrapper)Copy();
        copy.ReplaceInner(original, replacement);
        return copy;
    }

    /// <summary>Replaces a wrapped layer; called only on a fresh copy, by <see cref="WithInner"/>.</summary>
    private protected virtual void ReplaceInner(Layer original, Layer replacement)
    {
        if (ReferenceEquals(_layer, original)) _layer = replacement;
    }

    /// <summary>Keras constructs the wrapped layer first, so it takes its default name before the wrapper.</summary>
    public override IReadOnlyList<Layer> InnerLayers => Layer is null ? [] : [Layer];

    /// <summary><c>TimeDistributed(Conv2D)</c>: richer than Keras 3's table, which prints only the wrapper's class.</summary>
    public override string DisplayType => Layer is null ? ClassName : $"{ClassName}({Layer.DisplayType})";

    /// <summary>A wrapper draws like what it wraps: TimeDistributed(Conv2D) is a convolution.</summary>
    public override LayerKind Kind => Layer?.Kind ?? LayerKind.Other;

    /// <summary>Fails unless a real layer (not null, not an Input) was given to wrap.</summary>
    private protected void CheckWrappable(LayerBuilder b, Layer? layer, string argument)
    {
        if (layer is null)
            b.Fail($"{ClassName} needs a layer to wrap, but '{argument}' is None", $"pass a layer, e.g. {ClassName}(LSTM(32))");
        if (layer is Input)
            b.Fail($"{ClassName} wraps a layer, not an Input", "start the model with the Input and wrap the layer that follows it");
    }

    /// <summary>
    /// Builds <paramref name="inner"/> on <paramref name="input"/>; a failure is reported on the wrapper, with
    /// <paramref name="context"/> saying where the inner layer runs.
    /// </summary>
    private protected static LayerBuilder BuildWrapped(LayerBuilder b, Layer inner, Shape input, string context)
    {
        try
        {
            return b.BuildInner(inner, input);
        }
        catch (ModelException e)
        {
            b.Fail($"{context}: {e.Message}", e.Hint);
            return null!;
        }
    }

    /// <summary>The non-trainable part of an inner layer's parameters: all of them when the inner layer is frozen.</summary>
    private protected static Expr? NonTrainable(LayerBuilder inner) =>
        inner.Layer.Trainable ? inner.NonTrainableRule : inner.ParamsRule;

    /// <summary>Copies the inner layer's shape formulas and notes into the wrapper's walk-through.</summary>
    private protected static void KeepInnerExplanations(LayerBuilder b, LayerBuilder inner)
    {
        foreach (var f in inner.ShapeFormulas) b.Computed(f.Target, f.Rule);
        foreach (var n in inner.Notes) b.Note(n);
    }
}
