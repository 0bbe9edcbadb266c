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
/// Both steps are linear in the number of layers.
/// </summary>
internal static class CollapseRule
{
    /// <summary>The longest repeated block looked for: a ResNet bottleneck block is 10 rows.</summary>
    public const int MaxBlockLength = 12;

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
        int[] sig = Signatures(rows);
        int n = rows.Count;
        var entries = new List<TableEntry>();
        int i = 0;
        while (i < n)
        {
            int bestLength = 0, bestRepeats = 0, bestLeftover = 0;
            for (int p = 1; p <= MaxBlockLength && i + p * minRepeats <= n; p++)
            {
                // run = how far the sequence from i equals itself shifted by p; every full p of it is one more repeat.
                int run = 0;
                while (i + p + run < n && sig[i + run] == sig[i + p + run]) run++;
                int repeats = 1 + run / p;
                if (repeats >= minRepeats && (long)repeats * p > (long)bestRepeats * bestLength)
                {
                    bestLength = p;
                    bestRepeats = repeats;
                    bestLeftover = run % p;
                }
            }
            if (bestLength > 0)
            {
                // The periodic stretch is longer than the whole repeats by `leftover` rows; the group ends where the
                // stretch ends and those rows come first, singly: a stack's odd layer is usually its first one (its
                // input differs), so [dense, dropout, dense, dropout, …] groups as "dense → dropout", not "dropout → dense".
                for (int k = 0; k < bestLeftover; k++) entries.Add(new LayerEntry(rows[i + k]));
                entries.Add(new GroupEntry(rows, i + bestLeftover, bestLength, bestRepeats));
                i += bestLeftover + bestLength * bestRepeats;
            }
            else
            {
                entries.Add(new LayerEntry(rows[i]));
                i++;
            }
        }
        return entries;
    }

    /// <summary>One small integer per row; equal integers mean "the same layer but for its name".</summary>
    private static int[] Signatures(IReadOnlyList<SummaryRow> rows)
    {
        var ids = new Dictionary<RowIdentity, int>();
        var result = new int[rows.Count];
        var indexByName = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        foreach (var r in rows) indexByName.TryAdd(r.Name, r.Index);
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var key = new RowIdentity(r.DisplayType, r.Activation, r.Trainable, r.InputShape, r.OutputShape, r.Params,
                r.NonTrainableParams, r.WalkThroughFingerprint, Wiring(r, indexByName));
            if (!ids.TryGetValue(key, out int id)) ids[key] = id = ids.Count;
            result[i] = id;
        }
        return result;
    }

    /// <summary>
    /// A hash of where a graph row's inputs come from, relative to the row: each entry's distance back to its
    /// source row and its node and tensor indices (an entry naming no row counts by its text). 0 for no entries.
    /// </summary>
    private static long Wiring(SummaryRow row, Dictionary<string, int> indexByName)
    {
        var entries = row.ConnectedTo;
        if (entries.Count == 0) return 0;
        var hash = new HashCode();
        for (int i = 0; i < entries.Count; i++)
        {
            string entry = entries[i];
            int length = ConnectionEntry.NameLength(entry);
            if (length >= 0 && indexByName.TryGetValue(entry[..length], out int source))
            {
                hash.Add(row.Index - source);
                hash.Add(string.GetHashCode(entry.AsSpan(length)));
            }
            else hash.Add(entry, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    // Everything but the name; the walk-through arithmetic by its fingerprint, the wiring by its hash.
    private readonly record struct RowIdentity(string DisplayType, string? Activation, bool Trainable, Shape InputShape,
        Shape OutputShape, long Params, long NonTrainableParams, long WalkThrough, long Wiring);
}
