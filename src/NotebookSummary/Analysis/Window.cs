namespace NotebookSummary.Analysis;

/// <summary>
/// The sliding window of a convolution or pooling layer, per spatial axis. A value: two windows with the same sizes
/// and strides are equal, and the lists are frozen copies of what was given.
/// </summary>
public sealed record Window(IReadOnlyList<int> Size, IReadOnlyList<int> Strides)
{
    private readonly IReadOnlyList<int> _size = ArrayView<int>.Copy(Size);
    private readonly IReadOnlyList<int> _strides = ArrayView<int>.Copy(Strides);

    /// <summary>The window's extent on each spatial axis (the kernel or pool size).</summary>
    public IReadOnlyList<int> Size { get => _size; init => _size = ArrayView<int>.Copy(value); }

    /// <summary>The step between windows on each spatial axis.</summary>
    public IReadOnlyList<int> Strides { get => _strides; init => _strides = ArrayView<int>.Copy(value); }

    /// <summary>
    /// How many groups the input channels are split into, each read by its own kernels: 1 when every kernel reads all
    /// channels (Conv2D, pooling as drawn), Keras's <c>groups</c> for a grouped convolution, the channel count for a
    /// depthwise kernel (each channel alone). Drawings make the kernel as thick as one group.
    /// </summary>
    public int ChannelGroups { get; init; } = 1;

    /// <summary>
    /// The window of <paramref name="size"/>, <paramref name="strides"/> and <paramref name="channelGroups"/>, the one
    /// instance every row with that window shares (a window is a value, and a deep model repeats a few of them, which
    /// each row would otherwise hold as an object and two lists of its own).
    /// </summary>
    internal static Window Shared(int[] size, int[] strides, int channelGroups)
    {
        if (size.Length is < 1 or > 3 || strides.Length != size.Length)
            return new Window(size.ToArray(), strides.ToArray()) { ChannelGroups = channelGroups };
        int At(int[] values, int i) => i < values.Length ? values[i] : 0;
        return Kept[new Key(size.Length, At(size, 0), At(size, 1), At(size, 2), At(strides, 0), At(strides, 1), At(strides, 2), channelGroups)];
    }

    private readonly record struct Key(int Rank, int K0, int K1, int K2, int S0, int S1, int S2, int Groups)
    {
        public Window Make()
        {
            int[] size = [K0, K1, K2], strides = [S0, S1, S2];
            return new Window(new ArrayView<int>(size, 0, Rank), new ArrayView<int>(strides, 0, Rank)) { ChannelGroups = Groups };
        }
    }

    private static readonly ProcessCache<Key, Window> Kept = new(static k => k.Make(), capacity: 1024);

    public bool Equals(Window? other) =>
        ReferenceEquals(this, other) || other is not null && _size.SequenceEqual(other._size) && _strides.SequenceEqual(other._strides)
        && ChannelGroups == other.ChannelGroups;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int s in _size) hash.Add(s);
        hash.Add(-1); // separates (3, 3) + (1) from (3) + (3, 1)
        foreach (int s in _strides) hash.Add(s);
        hash.Add(ChannelGroups);
        return hash.ToHashCode();
    }
}
