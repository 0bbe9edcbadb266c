using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The spatial axes of a 1D/2D/3D layer and the sliding-window arithmetic that convolution and pooling share.
/// Axis symbols: <c>steps</c> (1D), <c>h, w</c> (2D), <c>d, h, w</c> (3D); windows, strides and dilation rates get
/// the axis as a suffix (<c>k_h</c>, <c>s_h</c>, <c>r_h</c>).
/// </summary>
internal sealed partial class SpatialAxes
{
    private static readonly string[][] Symbols = [[], ["steps"], ["h", "w"], ["d", "h", "w"]];
    private static readonly string[][] Meanings = [[], ["steps"], ["height", "width"], ["depth", "height", "width"]];

    private SpatialAxes(int rank, bool channelsFirst, int inputRank, int leadingAxes = 0)
    {
        Rank = rank;
        ChannelsFirst = channelsFirst;
        // Input layout: (batch, [time,] spatial..., channels) or (batch, [time,] channels, spatial...).
        Axes = Enumerable.Range((channelsFirst ? 2 : 1) + leadingAxes, rank).ToArray();
        ChannelAxis = channelsFirst ? 1 + leadingAxes : inputRank - 1;
        _symbols = new Symbol?[SymbolKinds * Math.Max(rank, 1)];
    }

    /// <summary>Checks the input rank for a layer with <paramref name="rank"/> spatial axes and returns its axes.</summary>
    public static SpatialAxes Of(LayerBuilder b, int rank, bool channelsFirst)
    {
        string layout = rank switch
        {
            1 => channelsFirst ? "(batch, channels, steps)" : "(batch, steps, channels)",
            2 => channelsFirst ? "(batch, channels, rows, cols)" : "(batch, rows, cols, channels)",
            _ => channelsFirst ? "(batch, channels, depth, rows, cols)" : "(batch, depth, rows, cols, channels)",
        };
        b.ExpectRank(rank + 2, layout);
        return Shared(rank, channelsFirst, b.Rank, leadingAxes: 0);
    }

    // The axes of a layout are values (nothing writes them): one instance per layout serves every layer of a model.
    private static readonly SpatialAxes?[] ByLayout = new SpatialAxes?[4 * 2 * 2];

    private static SpatialAxes Shared(int rank, bool channelsFirst, int inputRank, int leadingAxes)
    {
        // The input's rank was checked to be rank + 2 + leadingAxes, so rank, data format and leading axes say it all.
        if (rank is < 1 or > 3 || leadingAxes is < 0 or > 1) return new SpatialAxes(rank, channelsFirst, inputRank, leadingAxes);
        int key = (rank * 2 + (channelsFirst ? 1 : 0)) * 2 + leadingAxes;
        return ByLayout[key] ??= new SpatialAxes(rank, channelsFirst, inputRank, leadingAxes);
    }

    /// <summary>
    /// Like <see cref="Of"/> for layers whose input has a time axis right after the batch (ConvLSTM1D/2D/3D):
    /// <c>(batch, time, rows, cols, channels)</c>. The sliding-window arithmetic applies to each time step.
    /// </summary>
    public static SpatialAxes OfSequence(LayerBuilder b, int rank, bool channelsFirst)
    {
        string spatial = rank switch { 1 => "rows", 2 => "rows, cols", _ => "depth, rows, cols" };
        string layout = channelsFirst ? $"(batch, time, channels, {spatial})" : $"(batch, time, {spatial}, channels)";
        b.ExpectRank(rank + 3, layout);
        return Shared(rank, channelsFirst, b.Rank, leadingAxes: 1);
    }

    public int Rank { get; }
    public bool ChannelsFirst { get; }
    /// <summary>Input axis index of each spatial axis (shared by every layer of the layout: read, never written).</summary>
    public int[] Axes { get; }
    public int ChannelAxis { get; }

    /// <summary>Symbol of spatial axis <paramref name="i"/>: <c>h</c>.</summary>
    public string Symbol(int i) => Symbols[Rank][i];

    /// <summary>Symbol with a prefix: <c>k_h</c>, or <c>k</c> in 1D.</summary>
    public string Suffixed(string prefix, int i) => Rank == 1 ? prefix : Join(prefix, "_", Symbol(i));

    // Symbol names and meanings are a handful of fixed texts ("k_h", "stride along the width").
    private static readonly ProcessCache<(string, string, string), string> Joined =
        new(static k => k.Item1 + k.Item2 + k.Item3, capacity: 256);

    /// <summary><paramref name="a"/> + <paramref name="separator"/> + <paramref name="b"/>, shared.</summary>
    public static string Join(string a, string separator, string b) => Joined[(a, separator, b)];

    public string Meaning(int i) => Meanings[Rank][i];

    // The symbols of the window arithmetic along each axis (k_h, "kernel height"), made when first used and then
    // shared by every layer of the layout: symbols are values, and naming them is string work a layer need not repeat.
    private const int SymbolKinds = 5;
    private enum SymbolKind { Input, Kernel, Pool, Stride, Dilation }
    private readonly Symbol?[] _symbols;

    private Symbol AxisSymbol(SymbolKind kind, int i) => _symbols[(int)kind * Rank + i] ??= kind switch
    {
        SymbolKind.Input => new(Symbol(i), Join("input", " ", Meaning(i))),
        SymbolKind.Kernel => new(Suffixed("k", i), Join("kernel", " ", Meaning(i))),
        SymbolKind.Pool => new(Suffixed("pool", i), Join("pool", " ", Meaning(i))),
        SymbolKind.Stride => new(Suffixed("s", i), Join("stride along the", " ", Meaning(i))),
        _ => new(Suffixed("r", i), Join("dilation rate along the", " ", Meaning(i))),
    };

    /// <summary>The input length along axis <paramref name="i"/> as a symbol (<c>h</c>, "input height").</summary>
    public Expr InputLength(int i, long? value) => Expr.Sym(AxisSymbol(SymbolKind.Input, i), value);

    /// <summary>The window size along axis <paramref name="i"/> as a symbol: <c>k_h</c> ("kernel height") or, for pooling, <c>pool_h</c>.</summary>
    public Expr WindowSize(int i, long size, string window = "kernel") =>
        Expr.Sym(AxisSymbol(window == "pool" ? SymbolKind.Pool : SymbolKind.Kernel, i), size);

    /// <summary>The stride along axis <paramref name="i"/> as a symbol (<c>s_h</c>).</summary>
    public Expr Stride(int i, long stride) => Expr.Sym(AxisSymbol(SymbolKind.Stride, i), stride);

    /// <summary>The dilation rate along axis <paramref name="i"/> as a symbol (<c>r_h</c>).</summary>
    public Expr DilationRate(int i, long rate) => Expr.Sym(AxisSymbol(SymbolKind.Dilation, i), rate);

    // A window without a dilation rate (pooling) reads 1 along each axis; only read, so one array per rank serves all.
    private static readonly int[][] NoDilation = [[], [1], [1, 1], [1, 1, 1]];

    /// <summary>The input's spatial sizes (null = unknown).</summary>
    public long?[] InputSizes(LayerBuilder b)
    {
        var sizes = new long?[Axes.Length];
        for (int i = 0; i < sizes.Length; i++) sizes[i] = b.Input[Axes[i]];
        return sizes;
    }

    /// <summary>The input channel count as a symbol (<c>c_in</c>); fails if unknown.</summary>
    public Expr Channels(LayerBuilder b) => ChannelCount(KnownChannels(b));

    /// <summary>The input channel count; fails if unknown.</summary>
    public long KnownChannels(LayerBuilder b) => b.KnownDim(ChannelAxis, "channel dimension");

    /// <summary>An input channel count as the symbol <c>c_in</c>.</summary>
    public static Expr ChannelCount(long channels) => Expr.Sym(InputChannels, channels);

    private static readonly Symbol InputChannels = new("c_in", "input channels");

    /// <summary>Builds the output shape from spatial sizes and a channel size, in the layer's data format.</summary>
    public IEnumerable<Expr> Layout(IEnumerable<Expr> spatial, Expr channels) =>
        ChannelsFirst ? spatial.Prepend(channels) : spatial.Append(channels);

    /// <summary><see cref="Layout(IEnumerable{Expr}, Expr)"/> as one array (no iterators: every convolution and pooling layer asks).</summary>
    public Expr[] Layout(Expr[] spatial, Expr channels)
    {
        var dims = new Expr[spatial.Length + 1];
        spatial.CopyTo(dims, ChannelsFirst ? 1 : 0);
        dims[ChannelsFirst ? 0 : spatial.Length] = channels;
        return dims;
    }

    /// <summary>
    /// Sets the output shape: <paramref name="spatial"/>'s values and <paramref name="channels"/> in the layer's data
    /// format (as <see cref="Layout(Expr[], Expr)"/>, without an array of expressions for every layer).
    /// </summary>
    public void Output(LayerBuilder b, Expr[] spatial, long? channels)
    {
        Span<long?> dims = stackalloc long?[spatial.Length + 1];
        int first = ChannelsFirst ? 1 : 0;
        for (int i = 0; i < spatial.Length; i++) dims[first + i] = spatial[i].Value;
        dims[ChannelsFirst ? 0 : spatial.Length] = channels;
        b.Output(dims);
    }

    /// <summary>"5×5" for messages.</summary>
    public static string Times(IEnumerable<long?> sizes) =>
        string.Join("×", sizes.Select(KerasNumbers.Dim));

    /// <summary>
    /// Output lengths of a sliding window (Keras's <c>compute_conv_output_shape</c>), recorded as walk-through formulas:
    /// 'valid': ⌊(n − r·(k − 1) − 1)/s⌋ + 1 (⌊(n − k)/s⌋ + 1 without dilation); 'same' and 'causal': ⌈n/s⌉.
    /// Fails, naming the window, when a 'valid' window is larger than its input.
    /// </summary>
    /// <param name="window">What the window is called in messages and symbols: "kernel" (k) or "pool" (pool).</param>
    public Expr[] OutputLengths(LayerBuilder b, int[] size, int[] strides, string padding, int[]? dilation,
        string window)
    {
        dilation ??= NoDilation[Rank];
        bool valid = padding == "valid";
        if (valid)
        {
            for (int i = 0; i < Rank; i++)
                if (b.Input[Axes[i]] is { } len && (long)dilation[i] * (size[i] - 1) + 1 > len)
                {
                    var n = InputSizes(b);
                    FailWindowTooLarge(b, size, dilation, n, window, Calculation(i, n[i], size[i], strides[i], dilation[i], window));
                }
        }

        var result = new Expr[Rank];
        for (int i = 0; i < Rank; i++)
        {
            // 'same' and 'causal' give ⌈n/s⌉ whatever the window: their rule depends on the length and stride alone.
            var axis = new AxisRule(this, i, valid, window == "pool", b.Input[Axes[i]], valid ? size[i] : 0, strides[i], valid ? dilation[i] : 0);
            var formula = IsShared ? OutputFormulas[axis] : axis.Make();
            b.Computed(formula);
            result[i] = formula.Rule;
        }
        b.Note(PaddingNote(padding, window));
        return result;
    }

    /// <summary>One axis of a window's output-length rule: everything its formula depends on.</summary>
    private readonly record struct AxisRule(SpatialAxes Axes, int Axis, bool Valid, bool Pool, long? Length, int Size, int Stride, int Dilation)
    {
        public Formula Make() => new(Axes.OutputSymbol(Axis), Valid
            ? Axes.ValidRule(Axis, Length, Size, Stride, Dilation, Pool ? "pool" : "kernel")
            : Expr.CeilDiv(Axes.InputLength(Axis, Length), Axes.Stride(Axis, Stride)));
    }

    // Formulas are values, and a deep model repeats a few windows on a few input sizes: each axis's output-length
    // formula is made once and shared by every layer with the same window on the same length (the walk-through of
    // every 'same' 3×3 convolution on 16×16 reads ⌈h/s_h⌉ = ⌈16/1⌉ = 16 from the same two formulas).
    private static readonly ProcessCache<AxisRule, Formula> OutputFormulas = new(static k => k.Make(), capacity: 4096);

    // True for the instances ByLayout keeps (a rank outside 1-3 makes its own, whose formulas are not kept).
    private bool IsShared => Rank is >= 1 and <= 3;

    // A padding's note is the same for every layer with that padding and window: made once, not a note a layer,
    // and found by position (a padding Keras knows, a kernel or pool window), not by hashing the two strings.
    private static readonly WalkThroughNote?[] PaddingNotes = new WalkThroughNote?[6];

    private static WalkThroughNote PaddingNote(string padding, string window)
    {
        int kind = padding switch { "valid" => 0, "same" => 1, "causal" => 2, _ => -1 };
        int slot = kind * 2 + (window == "pool" ? 1 : 0);
        if (kind < 0 || window is not ("kernel" or "pool")) return new WalkThroughNote(PaddingNoteText(padding, window));
        return PaddingNotes[slot] ??= new WalkThroughNote(PaddingNoteText(padding, window));
    }

    // Why the formula has the shape it has: a student sees the kernel size vanish from the 'same' rule and needs the
    // reason; the floor of the 'valid' rule counts the positions where the whole window fits.
    private static string PaddingNoteText(string padding, string window) => padding switch
    {
        "valid" => $"padding=\"valid\": no padding, so the {window} window is only placed where it fits entirely inside the input; the floor counts those positions",
        "causal" => "padding=\"causal\": zeros are added before the sequence only, so every step sees just itself and earlier steps; the output keeps ⌈n/s⌉ steps whatever the kernel size",
        _ => $"padding=\"same\": zeros are added around the input so the {window} window has a full neighbourhood at every stride position; the output has ⌈n/s⌉ positions whatever the {window} size",
    };

    // Its own method so that the lambdas here do not cost every layer a closure object.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void FailWindowTooLarge(LayerBuilder b, int[] size, int[] dilation, long?[] n, string window, string calculation)
    {
        string argument = window == "pool" ? "pool_size" : "kernel_size";
        var effective = size.Select((k, i) => (long?)((long)dilation[i] * (k - 1) + 1));
        string dilated = dilation.Any(d => d != 1) ? $" (dilated to {Times(effective)})" : "";
        b.Fail($"{b.Layer.ClassName} {window} {Times(size.Select(k => (long?)k))}{dilated} is larger than its {Times(n)} input",
            $"use padding='same' or a smaller {argument}", calculation,
            new OversizedWindow { IsPooling = window == "pool", Size = [.. effective.Select(k => k!.Value)], Input = n });
    }

    // 'valid': ⌊(n − k)/s⌋ + 1, or ⌊(n − r·(k − 1) − 1)/s⌋ + 1 with a dilation rate r.
    private Expr ValidRule(int i, long? length, int size, int stride, int dilation, string window)
    {
        var len = InputLength(i, length);
        var k = WindowSize(i, size, window);
        var s = Stride(i, stride);
        return dilation == 1
            ? Expr.FloorDiv(len - k, s) + 1
            : Expr.FloorDiv(len - DilationRate(i, dilation) * (k - 1) - 1, s) + 1;
    }

    private string OutputSymbol(int i) => Rank == 1 ? "out_steps" : Join("out", "_", Symbol(i));

    /// <summary>
    /// The failing calculation along axis <paramref name="i"/>, with the model's numbers, for the error row:
    /// <c>out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(1 − 5)/1⌋ + 1 = −3 &lt; 1</c>.
    /// </summary>
    private string Calculation(int i, long? length, int size, int stride, int dilation, string window)
    {
        var rule = ValidRule(i, length, size, stride, dilation, window);
        string value = rule.Value is { } v ? (v < 0 ? "\u2212" + (-v).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : "?";
        return $"{OutputSymbol(i)} = {rule.Symbolic} = {rule.Substituted} = {value} < 1";
    }
}
