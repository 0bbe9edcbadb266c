using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared rule of Conv1DTranspose, Conv2DTranspose and Conv3DTranspose (Keras 1/2's <c>Deconvolution2D</c>):
/// the sliding window run backwards, so each input value spreads over a kernel-sized patch of the output and the
/// output grows. The kernel is <c>k_1 × … × k_n × filters × c_in</c>, plus one bias per filter; output lengths by
/// <see cref="SpatialAxes.TransposedOutputLengths"/>.
/// </summary>
public abstract class TransposedConvolutionLayer : Layer, IHasDataFormat
{
    private protected TransposedConvolutionLayer(int rank, int filters, Size kernelSize, Size strides, string padding,
        Size? outputPadding, string? dataFormat, Size dilationRate, string? activation, bool useBias,
        string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim, activation)
    {
        SpatialRank = rank;
        Filters = filters;
        KernelSize = kernelSize;
        Strides = strides;
        Padding = padding;
        OutputPadding = outputPadding;
        DataFormat = dataFormat;
        DilationRate = dilationRate;
        UseBias = useBias;
    }

    public int SpatialRank { get; }
    public int Filters { get; }
    public Size KernelSize { get; }
    public Size Strides { get; }
    public string Padding { get; }
    /// <summary>Extra rows/cols added on one side of the output; null lets Keras infer the length (the usual case).</summary>
    public Size? OutputPadding { get; }
    public string? DataFormat { get; }
    public Size DilationRate { get; }
    public bool UseBias { get; }

    public override LayerKind Kind => LayerKind.Convolution;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = SpatialAxes.Of(b, SpatialRank, b.ChannelsFirst(DataFormat));
        b.Positive("filters", Filters);
        var window = ConvWindow.Parse(b, SpatialRank, KernelSize, Strides, DilationRate, Padding);
        int[]? outputPadding = null;
        if (OutputPadding is { } op)
        {
            outputPadding = b.Ints(op, SpatialRank, "output_padding", allowZero: true);
            // Keras's rule: output_padding only picks among the s lengths a stride-s convolution maps to one length.
            for (int i = 0; i < SpatialRank; i++)
                if (outputPadding[i] >= window.Strides[i])
                    b.Fail($"{ClassName} output_padding={op} must be smaller than strides={Strides} along every axis",
                        "lower output_padding (at most strides − 1), or leave it None to let Keras infer the length");
        }

        var cIn = axes.Channels(b);
        var k = window.KernelSymbols(axes);
        var filters = Expr.Sym("filters", Filters, "filters (output channels)");
        Expr perFilter = Expr.Product(k) * cIn;
        b.Params(UseBias ? (perFilter + 1) * filters : perFilter * filters);
        if (!UseBias) b.Note("use_bias=False: no bias, only the kernel");
        b.Note("each input value scales a whole kernel that is added into the output, so the output is about strides times larger than the input");

        var outLengths = axes.TransposedOutputLengths(b, window, outputPadding);
        b.SetWindow(window.Kernel, window.Strides);
        b.Output(axes.Layout(outLengths, Filters));
        // Every input value meets every weight of its channel's kernels once.
        var inputPositions = axes.InputSizes(b).Select(Expr.Number);
        b.Macs(() => Expr.Product(inputPositions) * Expr.Number(perFilter.Value) * Filters);
    }
}

/// <summary>Keras <c>Conv1DTranspose(filters, kernel_size)</c> over <c>(batch, steps, channels)</c>.</summary>
public sealed class Conv1DTranspose(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    Size? outputPadding = null, string? dataFormat = null, Size? dilationRate = null, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : TransposedConvolutionLayer(1, filters, kernelSize, strides ?? 1, padding, outputPadding, dataFormat,
        dilationRate ?? 1, activation, useBias, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>Conv2DTranspose(filters, kernel_size)</c> (Keras 1/2: <c>Deconvolution2D</c>) over <c>(batch, rows, cols, channels)</c>.</summary>
public sealed class Conv2DTranspose(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    Size? outputPadding = null, string? dataFormat = null, Size? dilationRate = null, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : TransposedConvolutionLayer(2, filters, kernelSize, strides ?? 1, padding, outputPadding, dataFormat,
        dilationRate ?? 1, activation, useBias, name, trainable, inputShape, inputDim);

/// <summary>Keras <c>Conv3DTranspose(filters, kernel_size)</c> over <c>(batch, depth, rows, cols, channels)</c>.</summary>
public sealed class Conv3DTranspose(int filters, Size kernelSize, Size? strides = null, string padding = "valid",
    Size? outputPadding = null, string? dataFormat = null, Size? dilationRate = null, string? activation = null,
    bool useBias = true, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : TransposedConvolutionLayer(3, filters, kernelSize, strides ?? 1, padding, outputPadding, dataFormat,
        dilationRate ?? 1, activation, useBias, name, trainable, inputShape, inputDim);
