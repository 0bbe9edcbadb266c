using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The sliding-window arguments of every convolution-like layer (plain, transposed, depthwise, separable, ConvLSTM) as Keras standardizes
/// them: <c>kernel_size</c>, <c>strides</c> and <c>dilation_rate</c> expanded to one positive integer per spatial axis,
/// <c>padding</c> lower-cased, and Keras's rule that strides and dilation cannot both exceed 1.
/// </summary>
internal sealed class ConvWindow
{
    private ConvWindow(int[] kernel, int[] strides, int[] dilation, string padding)
    {
        Kernel = kernel;
        Strides = strides;
        Dilation = dilation;
        Padding = padding;
    }

    public int[] Kernel { get; }
    public int[] Strides { get; }
    public int[] Dilation { get; }
    /// <summary><c>valid</c>, <c>same</c> or (where allowed) <c>causal</c>.</summary>
    public string Padding { get; }

    /// <summary>What Keras 3 raises for <c>padding='causal'</c> on the 1D depthwise and separable convolutions.</summary>
    public const string Keras3CausalError = "The `padding` argument must be a list/tuple or one of {'same', 'valid'}";

    /// <summary>The Keras 3 spelling of a causal window: pad only the start, by (kernel_size − 1)·dilation_rate.</summary>
    public const string Keras3CausalHint =
        "for Keras 3, pad the start yourself: ZeroPadding1D(((kernel_size - 1) * dilation_rate, 0)) before it, and padding='valid'";

    // The choices as arrays made once: a params argument would be an array a layer.
    private static readonly string[] Paddings = ["valid", "same"], PaddingsWithCausal = ["valid", "same", "causal"];

    /// <summary>
    /// Checks and expands the window arguments; fails in Keras's terms. <paramref name="allowCausal"/> admits
    /// <c>padding='causal'</c> (Conv1D's; Keras 2 also accepted it for the 1D depthwise and separable convolutions,
    /// whose classes declare that Keras 3 refuses it, noted in the walk-through).
    /// </summary>
    public static ConvWindow Parse(LayerBuilder b, int rank, Size kernelSize, Size strides, Size dilationRate,
        string padding, bool allowCausal = false)
    {
        var kernel = b.Ints(kernelSize, rank, "kernel_size");
        var s = b.Ints(strides, rank, "strides");
        var dilation = b.Ints(dilationRate, rank, "dilation_rate");
        var pad = b.Choice("padding", padding, allowCausal ? PaddingsWithCausal : Paddings);
        if (pad == "causal" && Keras3RefusesAttribute.Find(b.Layer.GetType(), "padding", pad) is { } refusal)
            b.Note($"padding='causal' is read as Keras 2 read it; Keras 3 refuses it for {b.Layer.ClassName} (\"{refusal.KerasError}\")");
        if (s.Any(v => v > 1) && dilation.Any(d => d > 1))
            b.Fail($"{b.Layer.ClassName} cannot combine strides > 1 with dilation_rate > 1", "use one or the other");
        return new ConvWindow(kernel, s, dilation, pad);
    }

    /// <summary>The kernel sizes as symbols: <c>k_h</c>, <c>k_w</c> (<c>k</c> in 1D).</summary>
    public Expr[] KernelSymbols(SpatialAxes axes) => KernelSymbols(axes, Kernel);

    /// <summary>The sizes of <paramref name="kernel"/> (one per axis of <paramref name="axes"/>, or more) as symbols.</summary>
    public static Expr[] KernelSymbols(SpatialAxes axes, ReadOnlySpan<int> kernel)
    {
        var symbols = new Expr[axes.Rank];
        for (int i = 0; i < symbols.Length; i++)
            symbols[i] = axes.WindowSize(i, kernel[i]);
        return symbols;
    }
}
