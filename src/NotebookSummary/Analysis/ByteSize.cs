using System.Globalization;

namespace NotebookSummary.Analysis;

/// <summary>Keras 3's size text for parameter memory, e.g. <c>527.79 MB</c>.</summary>
public static class ByteSize
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB", "PB"];

    /// <summary>
    /// The first unit (stepping by 1024) at which the value is below 1024, chosen before rounding; two decimals,
    /// ties to even on the exact value (double formatting does that: 25.625 → "25.62").
    /// </summary>
    public static string Format(long bytes)
    {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return value.ToString("F2", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
