using System.Text;

namespace NotebookSummary;

/// <summary>
/// A tensor shape as Keras reports it: the batch dimension first, <c>null</c> for an unknown dimension
/// (Keras's <c>None</c>). Immutable; <see cref="ToString"/> prints Keras's text, e.g. <c>(None, 26, 26, 32)</c>.
/// </summary>
public sealed class Shape : IEquatable<Shape>
{
    private readonly long?[] _dims;

    /// <summary>A shape from all its dimensions, batch included.</summary>
    public Shape(IEnumerable<long?> dims) => _dims = dims.ToArray();

    /// <summary>A shape from all its dimensions, batch included.</summary>
    public Shape(params long?[] dims) => _dims = (long?[])dims.Clone();

    /// <summary>A shape with the given batch size (null = unknown) followed by the per-sample dimensions.</summary>
    public static Shape WithBatch(long? batch, IEnumerable<long?> sampleDims)
    {
        if (sampleDims is not IReadOnlyList<long?> sample) return new Shape(sampleDims.Prepend(batch));
        // One exact array, no iterator: every layer of every summary makes its output shape here.
        var dims = new long?[sample.Count + 1];
        dims[0] = batch;
        for (int i = 0; i < sample.Count; i++) dims[i + 1] = sample[i];
        return new Shape(dims, owned: true);
    }

    /// <summary>A shape of <paramref name="dims"/>, batch first, kept uncopied: the caller made the array and lets it go.</summary>
    internal static Shape Owning(long?[] dims) => new(dims, owned: true);

    /// <summary>Takes <paramref name="dims"/> as the shape's own array, uncopied (the caller made it and lets it go);
    /// <paramref name="owned"/> only sets this constructor apart from the public one, which copies.</summary>
    private Shape(long?[] dims, bool owned) => _dims = dims;

    /// <summary>All dimensions, batch first (a read-only view: a shape never changes).</summary>
    public IReadOnlyList<long?> Dims => new ArrayView<long?>(_dims);

    /// <summary>Number of dimensions, batch included (Keras's <c>ndim</c>).</summary>
    public int Rank => _dims.Length;

    /// <summary>The batch dimension (null = unknown, the usual case).</summary>
    public long? Batch => _dims.Length > 0 ? _dims[0] : null;

    /// <summary>The dimensions of one sample: everything after the batch.</summary>
    public IReadOnlyList<long?> SampleDims => new ArrayView<long?>(_dims, Math.Min(1, _dims.Length), Math.Max(0, _dims.Length - 1));

    /// <summary>The dims after the batch, as a span.</summary>
    internal ReadOnlySpan<long?> SampleDimSpan => _dims.AsSpan(Math.Min(1, _dims.Length));

    public long? this[int axis] => _dims[axis < 0 ? _dims.Length + axis : axis];

    /// <summary>
    /// The number of values in one sample, or null if a sample dimension is unknown or the number does not fit 64
    /// bits. Valid shapes get there: three dimensions of 2³¹ − 1 (Keras accepts each) hold 9.9·10²⁷ values.
    /// </summary>
    public long? SampleSize
    {
        get
        {
            long size = 1;
            bool overflowed = false;
            for (int i = 1; i < _dims.Length; i++)
            {
                // An unknown dimension wins over an overflow: keep looking for one.
                if (_dims[i] is not { } d) return null;
                if (overflowed) continue;
                // Two numbers from 0 to 2³¹ − 1 (nearly every size) multiply to less than 2⁶²: no overflow to check.
                if ((ulong)size <= int.MaxValue && (ulong)d <= int.MaxValue)
                {
                    size *= d;
                    continue;
                }
                Int128 product = (Int128)size * d;
                if (product > long.MaxValue || product < long.MinValue) overflowed = true;
                else size = (long)product;
            }
            return overflowed ? null : size;
        }
    }

    /// <summary>Keras's text for a shape: <c>(None, 26, 26, 32)</c>; a single dimension prints as <c>(None,)</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < _dims.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (_dims[i] is { } d) sb.AppendPlain(d);
            else sb.Append("None");
        }
        if (_dims.Length == 1) sb.Append(',');
        return sb.Append(')').ToString();
    }

    /// <summary>The per-sample dimensions as text without the batch, e.g. <c>(26, 26, 32)</c>; <c>(10,)</c> for one.</summary>
    public string SampleText() => new Shape(SampleDims.ToArray()).ToString();

    public bool Equals(Shape? other) => other is not null && _dims.AsSpan().SequenceEqual(other._dims);
    public override bool Equals(object? obj) => Equals(obj as Shape);
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var d in _dims) h.Add(d);
        return h.ToHashCode();
    }
}
