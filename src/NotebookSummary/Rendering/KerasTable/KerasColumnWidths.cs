namespace NotebookSummary.Rendering.KerasTable;

/// <summary>
/// The column layout of Keras's summary tables for a line length: Keras splits the line at relative positions, and
/// in Keras 3 rich then fits those widths plus padding and borders back into the line.
/// </summary>
internal static class KerasColumnWidths
{
    /// <summary>Keras 3's column ends as fractions of the line: Layer (type), Output Shape, Param #.</summary>
    public static readonly double[] Keras3Positions = [0.45, 0.80, 1.0];

    /// <summary>Keras 3's column ends for a functional model's graph table: Layer (type), Output Shape, Param #, Connected to.</summary>
    public static readonly double[] Keras3GraphPositions = [0.30, 0.56, 0.74, 1.0];

    /// <summary>tf.keras 2.x's column ends for Sequential models and functional chains.</summary>
    public static readonly double[] Keras2Positions = [0.45, 0.85, 1.0];

    /// <summary>tf.keras 2.x's column ends for a graph: Layer (type), Output Shape, Param #, Connected to.</summary>
    public static readonly double[] Keras2GraphPositions = [0.33, 0.55, 0.67, 1.0];

    /// <summary>
    /// Keras 3's positions: with <c>show_trainable</c> every position is scaled by 0.9 (in double, as Keras does:
    /// 0.405, 0.7200000000000001, 0.9) and a last column ends at 1.0.
    /// </summary>
    public static double[] Keras3(bool showTrainable, bool graph = false)
    {
        var positions = graph ? Keras3GraphPositions : Keras3Positions;
        return showTrainable ? [.. positions.Select(p => p * 0.90), 1.0] : positions;
    }

    /// <summary>
    /// Keras's widths: <c>w_i = int(pos_i · L) − (w_1 + … + w_{i−1})</c>. Keras 3 refuses a width below 4 with
    /// "Insufficient console width to print summary."; <paramref name="minimum"/> is that limit.
    /// </summary>
    public static int[] FromPositions(int lineLength, IReadOnlyList<double> positions, IReadOnlyList<string> headers,
        int minimum)
    {
        var widths = new int[positions.Count];
        int current = 0;
        for (int i = 0; i < positions.Count; i++)
        {
            int width = (int)(positions[i] * lineLength) - current;
            if (width < minimum)
                throw new ArgumentOutOfRangeException(nameof(lineLength), lineLength,
                    $"Insufficient console width to print summary: line_length={lineLength} leaves the '{headers[i]}' column " +
                    $"{width} characters, and it needs at least {minimum}. Use a line length of at least " +
                    $"{SmallestLineLength(positions, minimum)}.");
            widths[i] = width;
            current += width;
        }
        return widths;
    }

    private static int SmallestLineLength(IReadOnlyList<double> positions, int minimum)
    {
        for (int length = 1; ; length++)
        {
            int current = 0;
            bool fits = true;
            foreach (var p in positions)
            {
                int width = (int)(p * length) - current;
                if (width < minimum) { fits = false; break; }
                current += width;
            }
            if (fits) return length;
        }
    }

    /// <summary>
    /// The content widths rich gives Keras 3's columns. Keras hands rich each width as a fixed column width; rich
    /// adds one space of padding on both sides and <c>n + 1</c> borders, then takes the excess over the line length
    /// off the cells from left to right, <c>d_i = round(remaining / columns left)</c> with round half to even
    /// (rich's <c>ratio_reduce</c> with equal ratios). For 3 columns that is (3, 4, 3), for 4 it is (3, 3, 4, 3).
    /// </summary>
    public static int[] RichContentWidths(IReadOnlyList<int> kerasWidths, int lineLength)
    {
        const int padding = 2;
        var cells = kerasWidths.Select(w => w + padding).ToArray();
        int excess = cells.Sum() + cells.Length + 1 - lineLength;
        int remaining = excess, columnsLeft = cells.Length;
        for (int i = 0; i < cells.Length && excess > 0; i++)
        {
            int cut = Math.Min(cells[i], (int)Math.Round((double)remaining / columnsLeft, MidpointRounding.ToEven));
            cells[i] -= cut;
            remaining -= cut;
            columnsLeft--;
        }
        return cells.Select(c => c - padding).ToArray();
    }
}
