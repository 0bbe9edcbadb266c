using System.Globalization;

namespace NotebookSummary.Analysis;

/// <summary>Keras 3's size text for parameter memory, e.g. <c>527.79 MB</c>.</summary>
internal static class ByteSize
{
    // Keras 3's unit list (keras/src/utils/summary_utils.py, readable_memory_size).
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB", "PB"];

    /// <summary>
    /// The first unit (stepping by 1024) at which the value is below 1024, chosen before rounding; two decimals,
    /// ties to even on the exact value (double formatting does that: 25.625 → "25.62"). Keras divides a float, so a
    /// double holds the value as Keras does, and a 128-bit count never overflows.
    /// </summary>
    /// <remarks>
    /// At 1024 PB and beyond (2⁶⁰ bytes, some 2.9·10¹⁷ parameters) the value stays in PB here — <c>32768.00 PB</c>
    /// for 2⁶⁵ bytes — where Keras's loop divides once more after its last unit and prints <c>32.00 PB</c>, a
    /// figure 1024 times too small. No real model comes near; the true size is preferred to the copied slip.
    /// </remarks>
    public static string Format(Int128 bytes)
    {
        double value = (double)bytes;
        int unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return value.ToString("F2", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
