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

    /// <summary>
    /// What the last layer built with this window recorded after parsing it, kept by the layer type that built it
    /// (see ConvolutionLayer's BuildRecord): not part of the window's value, a memo its layers share (a window is one
    /// instance per distinct arguments), replaced whole, so any thread sees one layer's record or another's.
    /// </summary>
    internal object? LastBuild { get => Volatile.Read(ref _lastBuild); set => Volatile.Write(ref _lastBuild, value); }

    private object? _lastBuild;

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
        // The same sizes and padding as a recent layer: the same window.
        for (int i = 0; i < RecentlyParsed.Length; i++)
            if (Volatile.Read(ref RecentlyParsed[i]) is { } recent && recent.Fits(rank, kernelSize, strides, dilationRate, padding, allowCausal))
                return recent.Window;

        // Expanded on the stack, checked, then the window of those values, made once: a deep model repeats a few.
        Span<int> kernel = stackalloc int[rank], s = stackalloc int[rank], dilation = stackalloc int[rank];
        b.IntsInto(kernelSize, kernel, "kernel_size");
        b.IntsInto(strides, s, "strides");
        b.IntsInto(dilationRate, dilation, "dilation_rate");
        var pad = b.Choice("padding", padding, allowCausal ? PaddingsWithCausal : Paddings);
        if (pad == "causal" && Keras3RefusesAttribute.Find(b.Layer.GetType(), "padding", pad) is { } refusal)
            b.Note($"padding='causal' is read as Keras 2 read it; Keras 3 refuses it for {b.Layer.ClassName} (\"{refusal.KerasError}\")");
        if (AnyAboveOne(s) && AnyAboveOne(dilation))
            b.Fail($"{b.Layer.ClassName} cannot combine strides > 1 with dilation_rate > 1", "use one or the other");
        int padKind = pad switch { "valid" => 0, "same" => 1, _ => 2 }; // its place in PaddingsWithCausal
        if (rank is < 1 or > 3) return new ConvWindow(kernel.ToArray(), s.ToArray(), dilation.ToArray(), pad);
        static int At(Span<int> values, int i) => i < values.Length ? values[i] : 0;
        var window = Kept[new Key(rank, At(kernel, 0), At(kernel, 1), At(kernel, 2), At(s, 0), At(s, 1), At(s, 2),
            At(dilation, 0), At(dilation, 1), At(dilation, 2), padKind)];
        // A causal window may carry a note for its layer's class: only the others are remembered.
        if (padKind != 2)
        {
            int slot = (int)((uint)Interlocked.Increment(ref _nextParsed) % RecentlyParsed.Length);
            Volatile.Write(ref RecentlyParsed[slot], new Parsed(rank, allowCausal, kernelSize, strides, dilationRate, padding, window));
        }
        return window;
    }

    /// <summary>The arguments of a window parsed before, and its window.</summary>
    private sealed class Parsed(int rank, bool allowCausal, Size kernel, Size strides, Size dilation, string padding, ConvWindow window)
    {
        public ConvWindow Window => window;

        // The sizes' values (the same objects, for the shared sizes of the reader, or equal ones, for a C# tuple made
        // for each layer: no record is then made a layer), the padding as the same text.
        public bool Fits(int rank2, Size kernel2, Size strides2, Size dilation2, string padding2, bool allowCausal2) =>
            rank2 == rank && allowCausal2 == allowCausal && kernel2.HasSameValues(kernel) && strides2.HasSameValues(strides)
            && dilation2.HasSameValues(dilation) && (ReferenceEquals(padding2, padding) || padding2 == padding);
    }

    // The last few windows parsed (by any thread; each entry written whole): a model's layers repeat a few windows,
    // and expanding and checking three sizes and the padding cost a layer more than the rest of its build.
    private static readonly Parsed?[] RecentlyParsed = new Parsed?[4];
    private static int _nextParsed;

    private static bool AnyAboveOne(Span<int> values)
    {
        foreach (var v in values)
            if (v > 1) return true;
        return false;
    }

    /// <summary>A window's values (sizes past the rank are 0; the padding is its place in <see cref="PaddingsWithCausal"/>).</summary>
    private readonly record struct Key(int Rank, int K0, int K1, int K2, int S0, int S1, int S2, int D0, int D1, int D2, int Padding)
    {
        public ConvWindow Make() => new(
            [.. new[] { K0, K1, K2 }.AsSpan(0, Rank)], [.. new[] { S0, S1, S2 }.AsSpan(0, Rank)],
            [.. new[] { D0, D1, D2 }.AsSpan(0, Rank)], PaddingsWithCausal[Padding]);
    }

    // Windows are values nothing writes (their arrays are only read): one instance per distinct window.
    private static readonly ProcessCache<Key, ConvWindow> Kept = new(static k => k.Make(), capacity: 4096);

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
