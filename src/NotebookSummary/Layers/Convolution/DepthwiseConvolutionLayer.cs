using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of DepthwiseConv1D and DepthwiseConv2D: every input channel gets its own <c>depth_multiplier</c>
/// kernels and is never mixed with the others, so the output has <c>c_in·dm</c> channels and the weights are
/// <c>k_1·…·k_n·c_in·dm</c>, plus one bias per output channel. Output lengths by the sliding-window rule of
/// <see cref="SpatialAxes"/>.
/// </summary>
public abstract class DepthwiseConvolutionLayer : Layer, IHasDataFormat
{
    /// <summary>The window's channel groups of a depthwise kernel: one per input channel, each read alone.</summary>
    internal static int ChannelCount(Expr channels) => (int)Math.Clamp(channels.Value ?? 1, 1, int.MaxValue);

    private protected DepthwiseConvolutionLayer(int rank, Size kernelSize, Size strides, string padding,
        int depthMultiplier, string? dataFormat, Size dilationRate, string? activation, bool useBias,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim, activation)
    {
        SpatialRank = rank;
        KernelSize = kernelSize;
        Strides = strides;
        Padding = padding;
        DepthMultiplier = depthMultiplier;
        DataFormat = dataFormat;
        DilationRate = dilationRate;
        UseBias = useBias;
    }

    public int SpatialRank { get; }
    public Size KernelSize { get; }
    public Size Strides { get; }
    public string Padding { get; }
    public int DepthMultiplier { get; }
    public string? DataFormat { get; }
    public Size DilationRate { get; }
    public bool UseBias { get; }

    public override LayerKind Kind => LayerKind.Convolution;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        var window = ConvWindow.Parse(b, SpatialRank, KernelSize, Strides, DilationRate, Padding,
            allowCausal: SpatialRank == 1);
        b.Positive("depth_multiplier", DepthMultiplier);

        var cIn = axes.Channels(b);
        var dm = Expr.Sym("dm", DepthMultiplier, "depth multiplier (kernels per input channel)");
        var k = window.KernelSymbols(axes);
        b.Params(UseBias ? (Expr.Product(k) + 1) * cIn * dm : Expr.Product(k) * cIn * dm);
        if (!UseBias) b.Note("use_bias=False: no bias, only the depthwise kernels");
        b.Note("each input channel is convolved with its own kernels; channels are not mixed");

        var outLengths = axes.OutputLengths(b, window.Kernel, window.Strides, window.Padding, window.Dilation, "kernel");
        var cOut = b.Computed("c_out", cIn * dm);
        b.SetWindow(window.Kernel, window.Strides, channelGroups: ChannelCount(cIn));
        b.Output(axes.Layout(outLengths, cOut));
        // Each output value is one channel's kernel over one window: k_1·…·k_n multiplications.
        b.Macs(() => Expr.Product(outLengths.Select(o => Expr.Number(o.Value))) * Expr.Number(Expr.Product(k).Value) * Expr.Number(cOut.Value));
    }
}

/// <summary>Keras <c>DepthwiseConv1D(kernel_size)</c> over <c>(batch, steps, channels)</c>.</summary>
[Keras3Refuses("padding", "causal", ConvWindow.Keras3CausalError, ConvWindow.Keras3CausalHint)]
public sealed class DepthwiseConv1D(Size kernelSize, Size? strides = null, string padding = "valid",
    int depthMultiplier = 1, string? dataFormat = null, Size? dilationRate = null, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : DepthwiseConvolutionLayer(1, kernelSize, strides ?? 1, padding, depthMultiplier, dataFormat, dilationRate ?? 1,
        activation, useBias, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>DepthwiseConv2D(kernel_size)</c> over <c>(batch, rows, cols, channels)</c> (MobileNet's building block).</summary>
public sealed class DepthwiseConv2D(Size kernelSize, Size? strides = null, string padding = "valid",
    int depthMultiplier = 1, string? dataFormat = null, Size? dilationRate = null, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : DepthwiseConvolutionLayer(2, kernelSize, strides ?? 1, padding, depthMultiplier, dataFormat, dilationRate ?? 1,
        activation, useBias, name, trainable, inputShape, inputDim);
