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

    private static readonly WalkThroughNote NoBiasNote = new("use_bias=False: no bias, only the kernels");

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

        // What follows depends on the window, the layout, the input shape, filters, groups and bias alone: a layer
        // like the last one built with this window (a repeated block) records that build's objects again.
        if (window.LastBuild is BuildRecord last && last.Fits(axes, b.Input, Filters, Groups, UseBias))
        {
            last.RecordIn(b);
            return;
        }

        var kernel = window.Kernel;
        var rule = ParamsRules[new ParamsKey(axes, kernel[0], kernel.Length > 1 ? kernel[1] : 0, kernel.Length > 2 ? kernel[2] : 0,
            cIn, Filters, Groups, UseBias)];
        b.Params(rule.Params);
        if (!UseBias) b.Note(NoBiasNote);

        var outLengths = axes.OutputLengths(b, window.Kernel, window.Strides, window.Padding, window.Dilation, "kernel");
        b.SetWindow(window.Kernel, window.Strides, channelGroups: Groups);
        axes.Output(b, outLengths, Filters);
        var macs = (outLengths, rule.PerFilter, (long)Filters);
        b.Macs(macs, MacsCount);
        if (NoOverflow(macs)) window.LastBuild = new BuildRecord(this, axes, b, outLengths.Length);
    }

    private static long? MacsCount((Expr[] OutLengths, long? PerFilter, long Filters) s) =>
        CheckedCount.Times(CheckedCount.Times(CheckedCount.Product(s.OutLengths), s.PerFilter), s.Filters);

    // An overflowing count adds a note to its build: such a build is not recorded (it is rare, and made again).
    private static bool NoOverflow((Expr[], long?, long) macs)
    {
        try
        {
            MacsCount(macs);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// What a build recorded after its checks, and what it was built on: the objects are immutable values (the shared
    /// formulas, note and window), so a layer of the same arguments on an equal input records the same ones, without
    /// the cache lookups and arithmetic that found them. One is kept per window (<see cref="ConvWindow.LastBuild"/>).
    /// </summary>
    private sealed class BuildRecord
    {
        private readonly SpatialAxes _axes;
        private readonly Shape _input;
        private readonly int _filters, _groups;
        private readonly bool _useBias;
        private readonly Expr _params;
        private readonly Formula[] _formulas;
        private readonly WalkThroughNote _paddingNote;
        private readonly Window _window;
        private readonly Shape _output;
        private readonly long? _macs;

        public BuildRecord(ConvolutionLayer layer, SpatialAxes axes, LayerBuilder b, int outputFormulas)
        {
            (_axes, _input, _filters, _groups, _useBias) = (axes, b.Input, layer.Filters, layer.Groups, layer.UseBias);
            var formulas = b.ShapeFormulas;
            _formulas = new Formula[outputFormulas];
            for (int i = 0; i < outputFormulas; i++) _formulas[i] = formulas[formulas.Count - outputFormulas + i];
            (_params, _paddingNote, _window, _output, _macs) = (b.ParamsRule!, b.Notes[^1], b.Window!, b.OutputShape!, b.MacsCount);
        }

        public bool Fits(SpatialAxes axes, Shape input, int filters, int groups, bool useBias) =>
            ReferenceEquals(axes, _axes) && filters == _filters && groups == _groups && useBias == _useBias
            && (ReferenceEquals(input, _input) || input.Equals(_input));

        /// <summary>Records in <paramref name="b"/> what the build recorded, in the same order.</summary>
        public void RecordIn(LayerBuilder b)
        {
            b.Params(_params);
            if (!_useBias) b.Note(NoBiasNote);
            foreach (var formula in _formulas) b.Computed(formula);
            b.Note(_paddingNote);
            b.SetWindow(_window);
            // An output the size of the input is the input's shape (as LayerBuilder.Output makes it); checked when built.
            if (ReferenceEquals(_output, _input)) b.OutputSameAsInput();
            else b.Output(_output);
            b.Macs(_macs, static count => count);
        }
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
