namespace NotebookSummary.Analysis;

/// <summary>
/// A 'valid' kernel or pooling window larger than its input, as numbers per spatial axis (in the layer's order:
/// height, width for a 2-D map), so a renderer can draw the window against its map without reading the message.
/// </summary>
public sealed record OversizedWindow
{
    /// <summary>A pooling window (pool_size), else a convolution kernel (kernel_size).</summary>
    public required bool IsPooling { get; init; }

    /// <summary>The window's extent per spatial axis, dilation included (a 3×3 kernel at rate 2 spans 5×5).</summary>
    public required IReadOnlyList<long> Size
    {
        get => _size;
        init => _size = ArrayView<long>.Copy(value);
    }

    /// <summary>The input's size per spatial axis; null where it is unknown (None).</summary>
    public required IReadOnlyList<long?> Input
    {
        get => _input;
        init => _input = ArrayView<long?>.Copy(value);
    }

    private readonly IReadOnlyList<long> _size = [];
    private readonly IReadOnlyList<long?> _input = [];

    /// <summary>Equal when the kind and every size are equal.</summary>
    public bool Equals(OversizedWindow? other) =>
        other is not null && IsPooling == other.IsPooling && Size.SequenceEqual(other.Size) && Input.SequenceEqual(other.Input);

    public override int GetHashCode() => HashCode.Combine(IsPooling, Size.Count, Input.Count);
}
