using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of Conv1D, Conv2D and Conv3D: <c>filters</c> kernels of <c>k_1·…·k_n·c_in/groups</c> weights,
/// plus one bias per filter; output lengths by the sliding-window rule of <see cref="SpatialAxes"/>.
/// </summary>
public abstract class ConvolutionLayer : Layer, IHasDataFormat
{
    private protected ConvolutionLayer(int rank, int filters, Size kernelSize, Size strides, string padding,
        string? dataFormat, Size dilationRate, int groups, string? activation, bool useBias,
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
        Groups = groups;
        UseBias = useBias;
    }

    public int SpatialRank { get; }
    public int Filters { get; }
    public Size KernelSize { get; }
    public Size Strides { get; }
    public string Padding { get; }
    public string? DataFormat { get; }
    public Size DilationRate { get; }
    public int Groups { get; }
    public bool UseBias { get; }

    public override LayerKind Kind => LayerKind.Convolution;

    private static readonly Symbol FiltersSymbol = new("filters", "filters (output channels)");
    private static readonly Symbol GroupsSymbol = new("groups", "groups");

    /// <summary>Everything the parameter formula depends on: the kernel (K1, K2 are 0 past the layout's rank), input channels, filters, groups, bias.</summary>
    private readonly record struct ParamsKey(SpatialAxes Axes, int K0, int K1, int K2, long Channels, int Filters, int Groups, bool UseBias)
    {
        public (Expr Params, long? PerFilter) Make()
        {
            var k = ConvWindow.KernelSymbols(Axes, [K0, K1, K2]);
            var cIn = SpatialAxes.ChannelCount(Channels);
            var filters = Expr.Sym(FiltersSymbol, Filters);
            Expr perFilter = Expr.Product(k) * (Groups == 1 ? cIn : Expr.FloorDiv(cIn, Expr.Sym(GroupsSymbol, Groups)));
            return (UseBias ? (perFilter + 1) * filters : perFilter * filters, perFilter.Value);
        }
    }

    // The formula (k_h·k_w·c_in + 1)·filters is a value: a deep model repeats a few kernels on a few channel counts,
    // and each distinct one is built once, not an expression tree for every layer.
    private static readonly ProcessCache<ParamsKey, (Expr Params, long? PerFilter)> ParamsRules = new(static k => k.Make(), capacity: 4096);

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        b.Positive("filters", Filters);
        var window = ConvWindow.Parse(b, SpatialRank, KernelSize, Strides, DilationRate, Padding, allowCausal: SpatialRank == 1);
        b.Positive("groups", Groups);

        long cIn = axes.KnownChannels(b);
        if (cIn % Groups != 0)
            b.Fail($"{ClassName} groups={Groups} must divide the {cIn} input channels");
        if (Filters % Groups != 0)
            b.Fail($"{ClassName} groups={Groups} must divide filters={Filters}");

        var kernel = window.Kernel;
        var rule = ParamsRules[new ParamsKey(axes, kernel[0], kernel.Length > 1 ? kernel[1] : 0, kernel.Length > 2 ? kernel[2] : 0,
            cIn, Filters, Groups, UseBias)];
        b.Params(rule.Params);
        if (!UseBias) b.Note("use_bias=False: no bias, only the kernels");

        var outLengths = axes.OutputLengths(b, window.Kernel, window.Strides, window.Padding, window.Dilation, "kernel");
        b.SetWindow(window.Kernel, window.Strides, channelGroups: Groups);
        axes.Output(b, outLengths, Filters);
        b.Macs((outLengths, rule.PerFilter, (long)Filters),
            static s => CheckedCount.Times(CheckedCount.Times(CheckedCount.Product(s.outLengths), s.PerFilter), s.Item3));
    }
}

/// <summary>Keras <c>Conv1D(filters, kernel_size)</c> over <c>(batch, steps, channels)</c>; padding may be 'causal'.</summary>
public sealed class Conv1D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, int groups = 1, string? activation = null, bool useBias = true,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ConvolutionLayer(1, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1, groups, activation,
        useBias, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>Conv2D(filters, kernel_size)</c> over <c>(batch, rows, cols, channels)</c>.</summary>
public sealed class Conv2D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, int groups = 1, string? activation = null, bool useBias = true,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ConvolutionLayer(2, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1, groups, activation,
        useBias, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>Conv3D(filters, kernel_size)</c> over <c>(batch, depth, rows, cols, channels)</c>.</summary>
public sealed class Conv3D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, int groups = 1, string? activation = null, bool useBias = true,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ConvolutionLayer(3, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1, groups, activation,
        useBias, name, trainable, inputShape, inputDim);
