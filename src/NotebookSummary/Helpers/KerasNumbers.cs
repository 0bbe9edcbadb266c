using System.Globalization;
using System.Text;

namespace NotebookSummary.Helpers;

/// <summary>
/// Numbers as Keras prints them: counts with thousands separators (Python's <c>f"{n:,}"</c>, <c>1,792</c>), plain
/// integers (<c>str(n)</c>, <c>1792</c>), an unknown size as <c>None</c>, and memory sizes (<c>527.79 MB</c>).
/// Always in the invariant culture: a German notebook still prints Keras's <c>1,792</c>, not <c>1.792</c>.
/// </summary>
internal static class KerasNumbers
{
    /// <summary>Python's <c>f"{n:,}"</c>: <c>1,792</c>.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count, or <c>None</c> for an unknown size (a formula's number, a walk-through's value).</summary>
    public static string CountOrNone(long? n) => n is { } v ? Count(v) : "None";

    /// <summary>Python's <c>str(n)</c>: <c>1792</c>.</summary>
    public static string Plain(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Python's <c>str()</c> of a dimension: <c>26</c>, or <c>None</c> when unknown.</summary>
    public static string Dim(long? d) => d is { } v ? Plain(v) : "None";

    /// <summary>Python's <c>str()</c> of a tuple of sizes: <c>(224, 224, 3)</c>, <c>(None, 7)</c>, <c>(7,)</c>.</summary>
    public static string Tuple(IReadOnlyList<int?> dims) => TupleOf(dims.Select(d => Dim(d)).ToArray());

    /// <summary>Python's <c>str()</c> of a tuple of integers: <c>(2, 3)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public static string Tuple(IReadOnlyList<int> values) => TupleOf(values.Select(v => Plain(v)).ToArray());

    private static string TupleOf(string[] items) => items.Length == 1 ? $"({items[0]},)" : "(" + string.Join(", ", items) + ")";

    /// <summary>Appends <see cref="Count"/>'s text without making a string.</summary>
    public static StringBuilder AppendCount(this StringBuilder sb, long n) => Append(sb, n, "N0");

    /// <summary>Appends <see cref="Plain"/>'s text without making a string.</summary>
    public static StringBuilder AppendPlain(this StringBuilder sb, long n) => Append(sb, n, null);

    // Rows write several numbers each: formatting into a stack buffer makes neither a string nor a box per number.
    private static StringBuilder Append(StringBuilder sb, long n, string? format)
    {
        Span<char> digits = stackalloc char[32]; // long.MinValue with thousands separators is 26 characters
        return n.TryFormat(digits, out int length, format, CultureInfo.InvariantCulture)
            ? sb.Append(digits[..length])
            : sb.Append(n.ToString(format, CultureInfo.InvariantCulture));
    }

    // Keras 3's unit list (keras/src/utils/summary_utils.py, readable_memory_size).
    private static readonly string[] MemoryUnits = ["B", "KB", "MB", "GB", "TB", "PB"];

    /// <summary>
    /// Keras 3's <c>readable_memory_size</c>: the first unit (stepping by 1024) at which the value is below 1024,
    /// chosen before rounding; two decimals, ties to even on the exact value (double formatting does that: 25.625 →
    /// "25.62"). Keras divides a float, so a double holds the value as Keras does, and a 128-bit count never overflows.
    /// </summary>
    /// <remarks>
    /// At 1024 PB and beyond (2⁶⁰ bytes, some 2.9·10¹⁷ parameters) the value stays in PB here — <c>32768.00 PB</c>
    /// for 2⁶⁵ bytes — where Keras's loop divides once more after its last unit and prints <c>32.00 PB</c>, a
    /// figure 1024 times too small. No real model comes near; the true size is preferred to the copied slip.
    /// </remarks>
    public static string MemorySize(Int128 bytes)
    {
        double value = (double)bytes;
        int unit = 0;
        while (value >= 1024 && unit < MemoryUnits.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return value.ToString("F2", CultureInfo.InvariantCulture) + " " + MemoryUnits[unit];
    }
}
