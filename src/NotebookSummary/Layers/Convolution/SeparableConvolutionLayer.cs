using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of SeparableConv1D and SeparableConv2D: a depthwise convolution (each input channel gets
/// <c>depth_multiplier</c> kernels of its own) followed by a pointwise 1×1 convolution mixing the <c>c_in·dm</c>
/// intermediate channels into <c>filters</c> outputs. Weights: depthwise <c>k_1·…·k_n·c_in·dm</c>, pointwise
/// <c>c_in·dm·filters</c>, and one bias per filter.
/// </summary>
public abstract class SeparableConvolutionLayer : Layer, IHasDataFormat
{
    private protected SeparableConvolutionLayer(int rank, int filters, Size kernelSize, Size strides, string padding,
        string? dataFormat, Size dilationRate, int depthMultiplier, string? activation, bool useBias,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim, activation)
    {
        SpatialRank = rank;
        Filters = filters;
        KernelSize = kernelSize;
        Strides = strides;
        Padding = padding;
        DataFormat = dataFormat;
        DilationRate = dilationRate;
        DepthMultiplier = depthMultiplier;
        UseBias = useBias;
    }

    public int SpatialRank { get; }
    public int Filters { get; }
    public Size KernelSize { get; }
    public Size Strides { get; }
    public string Padding { get; }
    public string? DataFormat { get; }
    public Size DilationRate { get; }
    public int DepthMultiplier { get; }
    public bool UseBias { get; }

    public override LayerKind Kind => LayerKind.Convolution;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        b.Positive("filters", Filters);
        var window = ConvWindow.Parse(b, SpatialRank, KernelSize, Strides, DilationRate, Padding,
            allowCausal: SpatialRank == 1);
        b.Positive("depth_multiplier", DepthMultiplier);

        var cIn = axes.Channels(b);
        var dm = Expr.Sym("dm", DepthMultiplier, "depth multiplier (kernels per input channel)");
        var filters = Expr.Sym("filters", Filters, "filters (output channels)");
        var k = window.KernelSymbols(axes);
        var depthwise = Expr.Product(k) * cIn * dm;
        var pointwise = cIn * dm * filters;
        b.Params(UseBias ? depthwise + pointwise + filters : depthwise + pointwise);
        // The two kernels as their own lines, so the sum in the parameter formula reads as its parts.
        b.Note(new Formula("depthwise kernels", depthwise));
        b.Note(new Formula("pointwise 1×1 kernels", pointwise));
        if (!UseBias) b.Note("use_bias=False: no bias, only the two kernels");

        var outLengths = axes.OutputLengths(b, window.Kernel, window.Strides, window.Padding, window.Dilation, "kernel");
        b.SetWindow(window.Kernel, window.Strides, channelGroups: DepthwiseConvolutionLayer.ChannelCount(cIn)); // its depthwise step
        b.Output(axes.Layout(outLengths, Filters));
        // Per output position: the depthwise products (k·c_in·dm) and the pointwise ones (c_in·dm·filters).
        b.Macs(() => Expr.Product(outLengths.Select(o => Expr.Number(o.Value))) * Expr.Number((depthwise + pointwise).Value));
    }
}

/// <summary>Keras <c>SeparableConv1D(filters, kernel_size)</c> over <c>(batch, steps, channels)</c>.</summary>
[Keras3Refuses("padding", "causal", ConvWindow.Keras3CausalError, ConvWindow.Keras3CausalHint)]
public sealed class SeparableConv1D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, int depthMultiplier = 1, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : SeparableConvolutionLayer(1, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1,
        depthMultiplier, activation, useBias, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>SeparableConv2D(filters, kernel_size)</c> over <c>(batch, rows, cols, channels)</c> (Xception's building block).</summary>
public sealed class SeparableConv2D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, int depthMultiplier = 1, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : SeparableConvolutionLayer(2, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1,
        depthMultiplier, activation, useBias, name, trainable, inputShape, inputDim);
