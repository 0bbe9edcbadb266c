using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Keeps a big model's table short, in two steps, and only for models with more than
/// <see cref="HtmlOptions.MaxVisibleRows"/> layers (smaller ones show every layer, as Keras does):
/// <list type="number">
/// <item>Repeats: a block of 1 to <see cref="MaxBlockLength"/> consecutive layers that occurs at least
/// <see cref="HtmlOptions.CollapseRepeats"/> times back to back becomes one group entry, "× n". Layers count as the
/// same when everything but their name agrees: type, activation, trainable flag, input and output shapes,
/// parameter counts and walk-through arithmetic — and, in a graph, where their inputs come from relative to
/// themselves (<c>add</c> takes the row before it and the row nine before it), so the bottleneck blocks of a ResNet
/// stage fold although every name differs, while blocks wired differently do not. Scanning from the top, each position takes the block length that
/// covers the most layers (the shorter block on a tie); a periodic stretch that is not a whole number of blocks
/// keeps its first layers single, so the group ends where the stretch ends.</item>
/// <item>Remainder: if more than <see cref="HtmlOptions.MaxVisibleRows"/> entries remain, the table shows the first
/// ones and the last <see cref="TailLength"/> ones, and folds the middle into one expandable remainder, so that
/// exactly <see cref="HtmlOptions.MaxVisibleRows"/> lines are shown.</item>
/// </list>
/// Both steps are linear in the number of layers. The repeats are found by <see cref="RepeatedBlocks"/>, which the
/// drawing shares, so the table and the drawing fold the same blocks.
/// </summary>
internal static class CollapseRule
{
    /// <summary>The longest repeated block looked for.</summary>
    public const int MaxBlockLength = RepeatedBlocks.MaxBlockLength;

    /// <summary>The smallest <see cref="HtmlOptions.MaxVisibleRows"/> honoured: one head line, the remainder, one tail line.</summary>
    public const int MinVisibleRows = 3;

    /// <summary>Entries shown after the remainder: up to 5, fewer when the limit is small.</summary>
    public static int TailLength(int maxVisible) => Math.Clamp(maxVisible / 5, 1, 5);

    public static TablePlan Plan(IReadOnlyList<SummaryRow> rows, HtmlOptions options)
    {
        int maxVisible = Math.Max(MinVisibleRows, options.MaxVisibleRows);
        if (rows.Count <= maxVisible)
            return new TablePlan(rows.Select(r => (TableEntry)new LayerEntry(r)).ToList(), [], []);

        var entries = options.CollapseRepeats >= 2
            ? Group(rows, options.CollapseRepeats)
            : rows.Select(r => (TableEntry)new LayerEntry(r)).ToList();
        if (entries.Count <= maxVisible)
            return new TablePlan(entries, [], []);

        int tail = TailLength(maxVisible);
        int head = maxVisible - tail - 1; // one line goes to the remainder itself
        return new TablePlan(
            entries.GetRange(0, head),
            entries.GetRange(head, entries.Count - head - tail),
            entries.GetRange(entries.Count - tail, tail));
    }

    private static List<TableEntry> Group(IReadOnlyList<SummaryRow> rows, int minRepeats)
    {
        var entries = new List<TableEntry>();
        int i = 0;
        foreach (var run in RepeatedBlocks.Find(RepeatedBlocks.RowSignatures(rows), minRepeats))
        {
            for (; i < run.Start; i++) entries.Add(new LayerEntry(rows[i]));
            entries.Add(new GroupEntry(rows, run.Start, run.BlockLength, run.Repeats));
            i = run.End;
        }
        for (; i < rows.Count; i++) entries.Add(new LayerEntry(rows[i]));
        return entries;
    }
}
