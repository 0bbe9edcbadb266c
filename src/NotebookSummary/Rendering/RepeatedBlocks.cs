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
    /// fingerprint masks the names of a row's inputs, which a merge's notes mention). The integers count up from 0 in
    /// the order the identities first occur.</summary>
    public static int[] RowSignatures(IReadOnlyList<SummaryRow> rows, bool byArithmetic = true) =>
        new RowIdentities(rows, byArithmetic).Signatures();

    /// <summary>
    /// Gives rows their identities: each row is hashed from its numbers and dimensions and compared, field by field,
    /// with the first row of each identity of that hash; the walk-through arithmetic by its fingerprint, the wiring by
    /// its hash (<see cref="Wiring"/>). Every row is read once, and the first rows are kept, with their fingerprints
    /// once read: a deep model has thousands of rows and a few identities.
    /// </summary>
    private sealed class RowIdentities
    {
        private readonly IReadOnlyList<SummaryRow> _rows;
        private readonly bool _byArithmetic;
        private readonly long[]? _wirings; // for a graph only: a chain's rows have no "Connected to" entries

        // Per identity, by its number: its first row, that row's index and fingerprint (read when first compared),
        // and the next identity whose rows hash alike (-1 at the end).
        private readonly List<SummaryRow> _firstRows = [];
        private readonly List<int> _firstIndexes = [];
        private readonly List<long?> _fingerprints = [];
        private readonly List<int> _nextAlike = [];

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

        public int[] Signatures()
        {
            var rows = _rows;
            var result = new int[rows.Count];
            // The first identity of each hash; the others follow it through _nextAlike.
            var firstByHash = new Dictionary<long, int>();
            // A row's input is the row before's output, the very same shape, and a deep model's layers share their
            // shapes: the dimensions of a shape are hashed once for the rows after it that hold it too.
            Shape? lastShape = null;
            long lastDims = 0;
            for (int i = 0; i < result.Length; i++)
            {
                var row = rows[i];
                long input = ReferenceEquals(row.InputShape, lastShape) ? lastDims : Dims(row.InputShape);
                if (!ReferenceEquals(row.OutputShape, lastShape)) (lastShape, lastDims) = (row.OutputShape, Dims(row.OutputShape));
                // The numbers, which already tell most rows apart, and the dimensions; not the texts, nor the
                // fingerprint, which would make every row build its layer again: those are compared, for rows alike.
                long hash = Mix(Mix(Mix(Mix(Mix(Mix(row.DisplayType.Length, row.Trainable ? 1 : 0), row.Params),
                    row.NonTrainableParams), WiringOf(i)), input), lastDims);
                ref int head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(firstByHash, hash, out bool seen);
                int id = seen ? head : -1;
                while (id >= 0 && !Same(row, i, id)) id = _nextAlike[id];
                if (id < 0)
                {
                    id = _firstRows.Count;
                    _firstRows.Add(row);
                    _firstIndexes.Add(i);
                    _fingerprints.Add(null);
                    _nextAlike.Add(seen ? head : -1);
                    head = id;
                }
                result[i] = id;
            }
            return result;
        }

        private static long Mix(long hash, long value) => (hash ^ value) * unchecked((long)0x9E3779B97F4A7C15UL);

        private long WiringOf(int i) => _wirings is null ? 0 : _wirings[i];

        /// <summary>Whether <paramref name="b"/>, the row at <paramref name="index"/>, has the identity
        /// <paramref name="id"/>: everything but the name agrees with that identity's first row.</summary>
        private bool Same(SummaryRow b, int index, int id)
        {
            var a = _firstRows[id];
            // The fingerprint last: a row's first one may build its layer again, worth it only when all else agrees.
            return WiringOf(_firstIndexes[id]) == WiringOf(index)
                && a.Params == b.Params && a.NonTrainableParams == b.NonTrainableParams && a.Trainable == b.Trainable
                && a.DisplayType == b.DisplayType && a.Activation == b.Activation
                && object.Equals(a.InputShape, b.InputShape) && object.Equals(a.OutputShape, b.OutputShape)
                && new WindowKey(a.Window).Equals(new WindowKey(b.Window))
                && (!_byArithmetic || FirstFingerprint(id) == b.WalkThroughFingerprint);
        }

        // Computed when first asked: a row the summarizer built builds its layer again for it (see SummaryRow).
        private long FirstFingerprint(int id)
        {
            if (_fingerprints[id] is { } known) return known;
            long fingerprint = _firstRows[id].WalkThroughFingerprint;
            _fingerprints[id] = fingerprint;
            return fingerprint;
        }

        private static long Dims(Shape? shape)
        {
            if (shape is null) return -1;
            long hash = shape.Rank * 31 + (shape.Batch ?? -1);
            foreach (long? d in shape.SampleDimSpan) hash = hash * 31 + (d ?? -1);
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
