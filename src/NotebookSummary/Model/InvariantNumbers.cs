using System.Globalization;
using System.Text;

namespace NotebookSummary;

/// <summary>Numbers appended in the invariant culture straight into a builder.</summary>
/// <remarks>
/// Every summary row writes several numbers; an interpolated append with a culture boxes each of them, and
/// <c>ToString</c> makes a string per number. Formatting into a stack buffer does neither.
/// </remarks>
internal static class InvariantNumbers
{
    /// <summary>Appends <paramref name="value"/> with <paramref name="format"/> (<c>"N0"</c> for <c>1,792</c>; default plain).</summary>
    public static StringBuilder AppendInvariant(this StringBuilder sb, long value, string? format = null)
    {
        Span<char> digits = stackalloc char[32]; // long.MinValue with thousands separators is 26 characters
        return value.TryFormat(digits, out int length, format, CultureInfo.InvariantCulture)
            ? sb.Append(digits[..length])
            : sb.Append(value.ToString(format, CultureInfo.InvariantCulture));
    }
}
