using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary>A block of <see cref="BlockLength"/> consecutive items starting at <see cref="Start"/>, repeated
/// <see cref="Repeats"/> times back to back.</summary>
internal readonly record struct RepeatRun(int Start, int BlockLength, int Repeats)
{
    /// <summary>Index after the run's last item.</summary>
    public int End => Start + BlockLength * Repeats;
}

/// <summary>
/// Finds blocks repeated back to back in a sequence of signatures (equal integers = the same item), for every
/// renderer that folds repeats (the HTML table's "× n" groups, the drawing's "× n" markers), so they fold alike.
/// Scanning from the start, each position takes the block length (1 to <see cref="MaxBlockLength"/>) that covers the
/// most items (the shorter block on a tie); a periodic stretch that is not a whole number of blocks keeps its first
/// items single, so the run ends where the stretch ends. Linear in the number of items.
/// </summary>
internal static class RepeatedBlocks
{
    /// <summary>The longest repeated block looked for: a ResNet bottleneck block is 10 rows.</summary>
    public const int MaxBlockLength = 12;

    /// <summary>The runs of at least <paramref name="minRepeats"/> repeats, in order, not overlapping.</summary>
    /// <remarks>An array, read by index: each item is compared with up to a dozen others, and through a list's
    /// interface each read was a dispatched call.</remarks>
    public static List<RepeatRun> Find(int[] sig, int minRepeats)
    {
        int n = sig.Length;
        var runs = new List<RepeatRun>();
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
                // The periodic stretch is longer than the whole repeats by `leftover` items; the run ends where the
                // stretch ends and those items come first, singly: a stack's odd layer is usually its first one (its
                // input differs), so [dense, dropout, dense, dropout, …] groups as "dense → dropout", not "dropout → dense".
                runs.Add(new RepeatRun(i + bestLeftover, bestLength, bestRepeats));
                i += bestLeftover + bestLength * bestRepeats;
            }
            else
            {
                i++;
            }
        }
        return runs;
    }

    /// <summary>One small integer per row; equal integers mean "the same layer but for its name": type, activation,
    /// trainable flag, input and output shapes, window, parameter counts, where a graph row's inputs come from
    /// relative to the row, and — with <paramref name="byArithmetic"/> — walk-through arithmetic agree (the
    /// fingerprint masks the names of a row's inputs, which a merge's notes mention).</summary>
    public static int[] RowSignatures(IReadOnlyList<SummaryRow> rows, bool byArithmetic = true)
    {
        var identities = new RowIdentities(rows, byArithmetic);
        // Keys are row indices, compared by the rows' identities: no key of its own per row.
        var ids = new Dictionary<int, int>(identities);
        var result = new int[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            ref int id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, i, out bool seen);
            if (!seen) id = ids.Count - 1;
            result[i] = id;
        }
        return result;
    }

    /// <summary>Compares rows, by index, on everything but the name; the walk-through arithmetic by its fingerprint,
    /// the wiring by its hash (<see cref="Wiring"/>).</summary>
    private sealed class RowIdentities : IEqualityComparer<int>
    {
        private readonly IReadOnlyList<SummaryRow> _rows;
        private readonly bool _byArithmetic;
        private readonly long[]? _wirings; // for a graph only: a chain's rows have no "Connected to" entries

        public RowIdentities(IReadOnlyList<SummaryRow> rows, bool byArithmetic)
        {
            _rows = rows;
            _byArithmetic = byArithmetic;
            Dictionary<string, int>? indexByName = null; // made for the first row with "Connected to" entries
            for (int i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                if (r.ConnectedTo.Count == 0) continue;
                if (indexByName is null)
                {
                    indexByName = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
                    foreach (var row in rows) indexByName.TryAdd(row.Name, row.Index);
                    _wirings = new long[rows.Count];
                }
                _wirings![i] = Wiring(r, indexByName);
            }
        }

        // Computed when first asked: a row the summarizer built builds its layer again for it (see SummaryRow).
        private long WalkThrough(SummaryRow row) => _byArithmetic ? row.WalkThroughFingerprint : 0;

        private long WiringOf(int i) => _wirings is null ? 0 : _wirings[i];

        public bool Equals(int x, int y)
        {
            SummaryRow a = _rows[x], b = _rows[y];
            // The fingerprint last: a row's first one builds its layer again, worth it only when all else agrees.
            return WiringOf(x) == WiringOf(y)
                && a.Params == b.Params && a.NonTrainableParams == b.NonTrainableParams && a.Trainable == b.Trainable
                && a.DisplayType == b.DisplayType && a.Activation == b.Activation
                && object.Equals(a.InputShape, b.InputShape) && object.Equals(a.OutputShape, b.OutputShape)
                && new WindowKey(a.Window).Equals(new WindowKey(b.Window))
                && WalkThrough(a) == WalkThrough(b);
        }

        // Hashed from the numbers, which already tell most rows apart, and the shapes' dimensions read by index:
        // hashing the texts and enumerating the shapes was most of the HTML table's and the drawing's per-row cost.
        // Not from the walk-through fingerprint, which would make every row build its layer again: Equals compares
        // it, and every other field, only for rows that hash alike.
        public int GetHashCode(int i)
        {
            var r = _rows[i];
            return HashCode.Combine(r.DisplayType.Length, r.Trainable, r.Params, r.NonTrainableParams,
                WiringOf(i), Dims(r.InputShape), Dims(r.OutputShape));
        }

        private static long Dims(Shape? shape)
        {
            if (shape is null) return -1;
            long hash = shape.Rank;
            for (int i = 0; i < shape.Rank; i++) hash = hash * 31 + (shape[i] ?? -1);
            return hash;
        }
    }

    /// <summary>
    /// A hash of where a graph row's inputs come from, relative to the row: each entry's distance back to its
    /// source row and its node and tensor indices (an entry naming no row counts by its text).
    /// </summary>
    private static long Wiring(SummaryRow row, Dictionary<string, int> indexByName)
    {
        var entries = row.ConnectedTo;
        var hash = new HashCode();
        for (int i = 0; i < entries.Count; i++)
        {
            string entry = entries[i];
            int length = Html.ConnectionEntry.NameLength(entry);
            if (length >= 0 && indexByName.TryGetValue(entry[..length], out int source))
            {
                hash.Add(row.Index - source);
                hash.Add(string.GetHashCode(entry.AsSpan(length)));
            }
            else hash.Add(entry, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <summary>A row's window compared as <see cref="Window.Equals(Window)"/> does, read by index: the window's own
    /// comparison enumerates its lists, an enumerator per list per row.</summary>
    private readonly struct WindowKey(Window? window) : IEquatable<WindowKey>
    {
        private readonly Window? _window = window;

        public bool Equals(WindowKey other)
        {
            if (ReferenceEquals(_window, other._window)) return true;
            if (_window is null || other._window is null) return false;
            return Same(_window.Size, other._window.Size) && Same(_window.Strides, other._window.Strides)
                && _window.ChannelGroups == other._window.ChannelGroups;
        }

        public override bool Equals(object? obj) => obj is WindowKey other && Equals(other);

        public override int GetHashCode()
        {
            if (_window is null) return 0;
            var hash = new HashCode();
            for (int i = 0; i < _window.Size.Count; i++) hash.Add(_window.Size[i]);
            hash.Add(-1);
            for (int i = 0; i < _window.Strides.Count; i++) hash.Add(_window.Strides[i]);
            hash.Add(_window.ChannelGroups);
            return hash.ToHashCode();
        }

        private static bool Same(IReadOnlyList<int> a, IReadOnlyList<int> b)
        {
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
                if (a[i] != b[i]) return false;
            return true;
        }
    }
}
