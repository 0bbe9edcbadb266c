using System.Collections;

namespace NotebookSummary;

/// <summary>
/// A read-only view of part of an array that nothing writes any more. Shapes, sizes, windows and walk-throughs hand
/// out their lists through it: an array returned as an <see cref="IReadOnlyList{T}"/> can be cast back and written,
/// which would change a summary after it was returned.
/// </summary>
internal sealed class ArrayView<T> : IReadOnlyList<T>
{
    private readonly T[] _items;
    private readonly int _start;

    /// <summary>A view of <paramref name="items"/>, which the caller made and no longer writes (it is not copied).</summary>
    public ArrayView(T[] items) : this(items, 0, items.Length) { }

    /// <summary>A view of <paramref name="count"/> items of <paramref name="items"/> from <paramref name="start"/>.</summary>
    public ArrayView(T[] items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>A frozen copy of <paramref name="items"/>; a view is already frozen and is returned as it is.</summary>
    public static IReadOnlyList<T> Copy(IEnumerable<T> items) =>
        items as ArrayView<T> ?? (IReadOnlyList<T>)new ArrayView<T>(items.ToArray());

    public int Count { get; }

    /// <summary>The items as a span, for hot loops that would pay an interface call an item.</summary>
    public ReadOnlySpan<T> AsSpan() => new(_items, _start, Count);

    public T this[int index] =>
        (uint)index < (uint)Count ? _items[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _items[_start + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
