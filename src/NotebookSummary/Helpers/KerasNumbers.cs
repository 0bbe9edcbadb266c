using System.Globalization;
using System.Runtime.CompilerServices;
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
    public static string Count(long n)
    {
        Span<char> text = stackalloc char[MaxCountLength];
        return new string(text[..WriteCount(n, text)]);
    }

    /// <summary>A count, or <c>None</c> for an unknown size (a formula's number, a walk-through's value).</summary>
    public static string CountOrNone(long? n) => n is { } v ? Count(v) : "None";

    /// <summary>Python's <c>str(n)</c>: <c>1792</c>.</summary>
    public static string Plain(long n)
    {
        Span<char> text = stackalloc char[MaxCountLength];
        return new string(text[..WritePlain(n, text)]);
    }

    /// <summary>Python's <c>str()</c> of a dimension: <c>26</c>, or <c>None</c> when unknown.</summary>
    public static string Dim(long? d) => d is { } v ? Plain(v) : "None";

    /// <summary>Python's <c>str()</c> of a tuple of sizes: <c>(224, 224, 3)</c>, <c>(None, 7)</c>, <c>(7,)</c>.</summary>
    public static string Tuple(IReadOnlyList<int?> dims) => TupleOf(dims.Select(d => Dim(d)).ToArray());

    /// <summary>Python's <c>str()</c> of a tuple of integers: <c>(2, 3)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public static string Tuple(IReadOnlyList<int> values) => TupleOf(values.Select(v => Plain(v)).ToArray());

    private static string TupleOf(string[] items) => items.Length == 1 ? $"({items[0]},)" : "(" + string.Join(", ", items) + ")";

    /// <summary>Appends <see cref="Count"/>'s text without making a string.</summary>
    public static StringBuilder AppendCount(this StringBuilder sb, long n)
    {
        Span<char> text = stackalloc char[MaxCountLength];
        return sb.Append(text[..WriteCount(n, text)]);
    }

    /// <summary>Appends <see cref="Plain"/>'s text without making a string.</summary>
    public static StringBuilder AppendPlain(this StringBuilder sb, long n)
    {
        Span<char> text = stackalloc char[MaxCountLength];
        return sb.Append(text[..WritePlain(n, text)]);
    }

    /// <summary>The longest text of a number here: <c>-9,223,372,036,854,775,808</c> is 26 characters.</summary>
    public const int MaxCountLength = 26;

    /// <summary>Writes <see cref="Count"/>'s text into <paramref name="destination"/> (at least
    /// <see cref="MaxCountLength"/> long); returns the characters written.</summary>
    /// <remarks>
    /// Every row of a table writes a count: .NET's <c>"N0"</c> looks up the culture's group sizes and separator and
    /// formats through its general number path, several hundred instructions a number; the invariant culture's
    /// rule is fixed (a comma every three digits), so the digits are written here, from the last one back.
    /// </remarks>
    public static int WriteCount(long n, Span<char> destination) =>
        (ulong)n < 1000 ? WriteBelow1000((uint)n, destination) : WriteGrouped(n, destination);

    /// <summary>Writes <see cref="Plain"/>'s text into <paramref name="destination"/> (at least
    /// <see cref="MaxCountLength"/> long); returns the characters written.</summary>
    public static int WritePlain(long n, Span<char> destination)
    {
        if ((ulong)n < 1000) return WriteBelow1000((uint)n, destination);
        n.TryFormat(destination, out int written, provider: CultureInfo.InvariantCulture);
        return written;
    }

    // Most dims and many counts: at most three digits, no sign, no separator.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteBelow1000(uint n, Span<char> destination)
    {
        if (n < 10)
        {
            destination[0] = (char)('0' + n);
            return 1;
        }
        if (n < 100)
        {
            destination[1] = (char)('0' + n % 10);
            destination[0] = (char)('0' + n / 10);
            return 2;
        }
        destination[2] = (char)('0' + n % 10);
        destination[1] = (char)('0' + n / 10 % 10);
        destination[0] = (char)('0' + n / 100);
        return 3;
    }

    private static int WriteGrouped(long n, Span<char> destination)
    {
        int sign = n < 0 ? 1 : 0;
        ulong magnitude = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n; // long.MinValue has no positive long
        int digits = 1;
        for (ulong rest = magnitude / 10; rest != 0; rest /= 10) digits++;
        int length = sign + digits + (digits - 1) / 3;
        if (sign == 1) destination[0] = '-';
        int i = length;
        int inGroup = 0;
        do
        {
            if (inGroup == 3)
            {
                destination[--i] = ',';
                inGroup = 0;
            }
            destination[--i] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
            inGroup++;
        }
        while (magnitude != 0);
        return length;
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
