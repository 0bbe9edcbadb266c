using System.Text;

namespace NotebookSummary.Rendering;

/// <summary>
/// The texts a renderer wrote for the last few distinct values (shapes, counts), so that a value written again is one
/// append: a deep model repeats a few shapes and counts on thousands of rows, and formatting each again was a large
/// part of a row's cost. One instance serves one way of writing (<paramref name="write"/>); the texts are the
/// characters that wrote, so the output does not change.
/// </summary>
/// <param name="write">Appends a value's text (the first time it is seen, or again once it has been forgotten).</param>
/// <param name="same">Whether two values have the same text (for a shape: equal dimensions).</param>
internal sealed class RecentTexts<T>(Action<StringBuilder, T> write, Func<T, T, bool> same)
{
    // Few: the lookup is a linear scan, and a chain of repeated blocks has few distinct values at a time.
    private const int Capacity = 4;

    private readonly T[] _values = new T[Capacity];
    private readonly string[] _texts = new string[Capacity];
    private int _count, _next;

    /// <summary>Appends <paramref name="value"/>'s text to <paramref name="sb"/>.</summary>
    public StringBuilder Append(StringBuilder sb, T value)
    {
        for (int i = 0; i < _count; i++)
            if (same(_values[i], value)) return sb.Append(_texts[i]);
        int start = sb.Length;
        write(sb, value);
        // Full, the oldest value makes room.
        _values[_next] = value;
        _texts[_next] = sb.ToString(start, sb.Length - start);
        _next = (_next + 1) % Capacity;
        _count = Math.Min(_count + 1, Capacity);
        return sb;
    }

}

/// <summary>Makes <see cref="RecentTexts{T}"/> for the values renderers repeat.</summary>
internal static class RecentTexts
{
    /// <summary>Texts of shapes (equal when their dimensions are), written by <paramref name="write"/>.</summary>
    public static RecentTexts<Shape> OfShapes(Action<StringBuilder, Shape> write) =>
        new(write, static (a, b) => ReferenceEquals(a, b) || a.Equals(b));

    /// <summary>Texts of numbers, written by <paramref name="write"/>.</summary>
    public static RecentTexts<long> OfNumbers(Action<StringBuilder, long> write) => new(write, static (a, b) => a == b);
}
