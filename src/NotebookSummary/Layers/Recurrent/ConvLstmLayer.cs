using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of ConvLSTM1D, ConvLSTM2D and ConvLSTM3D: an LSTM whose four gates are convolutions. Input
/// <c>(batch, time, rows, cols, channels)</c> (one spatial axis fewer or more for 1D/3D). Each gate has an input
/// kernel <c>k_h·k_w·c_in</c> and a recurrent kernel <c>k_h·k_w·filters</c> per filter, plus a bias per filter:
/// <c>4·(k_h·k_w·(c_in + filters)·filters + filters)</c>. The input convolution follows strides, padding and
/// dilation like Conv2D; the recurrent one always uses stride 1 and 'same' padding, so the state keeps the
/// output's spatial size.
/// </summary>
public abstract class ConvLstmLayer : RecurrentLayer, IHasDataFormat
{
    private protected ConvLstmLayer(int rank, int filters, Size kernelSize, Size strides, string padding,
        string? dataFormat, Size dilationRate, string? activation, string? recurrentActivation, bool useBias,
        bool returnSequences, bool returnState, bool goBackwards, bool stateful,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(activation, recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
            name, trainable, inputShape, inputDim)
    {
        SpatialRank = rank;
        Filters = filters;
        KernelSize = kernelSize;
        Strides = strides;
        Padding = padding;
        DataFormat = dataFormat;
        DilationRate = dilationRate;
    }

    public int SpatialRank { get; }
    public int Filters { get; }
    public Size KernelSize { get; }
    public Size Strides { get; }
    public string Padding { get; }
    public string? DataFormat { get; }
    public Size DilationRate { get; }

    internal override Expr OutputSize(string suffix = "", string whose = "each direction") =>
        Expr.Sym("filters" + suffix, Filters, $"filters of {whose}");

    internal override string OutputAxisName => "channels";

    private protected override string StateNames => "h and c";

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.OfSequence(b, SpatialRank, b.ChannelsFirst(DataFormat));
        b.Positive("filters", Filters);
        var window = ConvWindow.Parse(b, SpatialRank, KernelSize, Strides, DilationRate, Padding);
        if (axes.InputSizes(b).Any(n => n is null))
            b.Fail($"{ClassName} needs every spatial size known, but its input is {b.Input}",
                "give the spatial dimensions a size in input_shape; only the time axis may be None");
        CheckStateful(b);

        var cIn = axes.Channels(b);
        var k = window.KernelSymbols(axes);
        var filters = Expr.Sym("filters", Filters, "filters (output channels, and channels of the state)");
        Expr kernels = Expr.Product(k) * (cIn + filters) * filters;
        b.Params(UseBias ? Expr.Const(4) * (kernels + filters) : Expr.Const(4) * kernels);
        b.Note("4 = the LSTM's gates (input, forget, cell candidate, output), each a convolution: per filter an input "
            + "kernel over the c_in input channels and a recurrent kernel over the filters channels of the state, plus a bias");
        b.Note("the recurrent convolution always uses stride 1 and padding='same', so the state keeps the output's spatial size");
        if (!UseBias) b.Note("use_bias=False: no biases, only the input and recurrent kernels");

        long? steps = b.Input[1];
        var outLengths = axes.OutputLengths(b, window.Kernel, window.Strides, window.Padding, window.Dilation, "kernel");
        b.SetWindow(window.Kernel, window.Strides);
        var step = axes.Layout(outLengths, Filters).Select(e => e.Value).ToArray();
        b.Output(ReturnSequences ? step.Prepend(steps) : step);
        // Per time step and output position, each of the 4 gates convolves the input and the state.
        b.Macs(() => Expr.Number(steps) * Expr.Product(outLengths.Select(o => Expr.Number(o.Value)))
            * Expr.Number(Expr.Product(k).Value) * (Expr.Number(cIn.Value) + Filters) * 4 * Filters);
        NoteReturnOptions(b, string.Join(", ", step.Select(KerasNumbers.Dim)));
    }
}

/// <summary>Keras <c>ConvLSTM1D(filters, kernel_size)</c> over <c>(batch, time, rows, channels)</c>.</summary>
public sealed class ConvLSTM1D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, string? activation = "tanh",
    string? recurrentActivation = "sigmoid", bool useBias = true, bool returnSequences = false, bool returnState = false,
    bool goBackwards = false, bool stateful = false,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ConvLstmLayer(1, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1, activation,
        recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
        name, trainable, inputShape, inputDim);

/// <summary>Keras <c>ConvLSTM2D(filters, kernel_size)</c> over <c>(batch, time, rows, cols, channels)</c>.</summary>
public sealed class ConvLSTM2D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, string? activation = "tanh",
    string? recurrentActivation = "sigmoid", bool useBias = true, bool returnSequences = false, bool returnState = false,
    bool goBackwards = false, bool stateful = false,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ConvLstmLayer(2, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1, activation,
        recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
        name, trainable, inputShape, inputDim);

/// <summary>Keras <c>ConvLSTM3D(filters, kernel_size)</c> over <c>(batch, time, depth, rows, cols, channels)</c>.</summary>
public sealed class ConvLSTM3D(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    string? dataFormat = null, Size? dilationRate = null, string? activation = "tanh",
    string? recurrentActivation = "sigmoid", bool useBias = true, bool returnSequences = false, bool returnState = false,
    bool goBackwards = false, bool stateful = false,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : ConvLstmLayer(3, filters, kernelSize, strides ?? 1, padding, dataFormat, dilationRate ?? 1, activation,
        recurrentActivation, useBias, returnSequences, returnState, goBackwards, stateful,
        name, trainable, inputShape, inputDim);
