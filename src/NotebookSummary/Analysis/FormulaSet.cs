namespace NotebookSummary.Analysis;

/// <summary>
/// The formula and note objects a layer's build handed over, shared by the rows whose builds handed over the very
/// same ones. The layers of a deep model share them (they are immutable and cached per distinct arguments and
/// input), so the rows of a repeated block find one set by reference, and its walk-through fingerprint is computed
/// once for all of them, where each row would otherwise build its layer again to fingerprint it.
/// </summary>
internal sealed class FormulaSet
{
    private readonly Expr? _parameters;
    private readonly string? _reason;
    private readonly Formula[] _shape;
    private readonly WalkThroughNote[] _notes;
    private long _fingerprint;
    private volatile bool _fingerprinted;
    private string[]? _noteTexts;
    private CharPairFilter? _notePairs;

    private FormulaSet(Expr? parameters, string? reason, Formula[] shape, WalkThroughNote[] notes) =>
        (_parameters, _reason, _shape, _notes) = (parameters, reason, shape, notes);

    /// <summary>Whether a note may name the row's inputs, which its fingerprint then masks (see <see cref="FingerprintOn"/>).</summary>
    public bool HasNotes => _notes.Length > 0;

    /// <summary>
    /// The set these objects belong to when one of the last few builds on this thread handed over the same objects,
    /// else null: a set is made on the second sighting only, so a model of distinct layers keeps no formula tree
    /// alive and allocates nothing here.
    /// </summary>
    public static FormulaSet? Shared(Expr? parameters, string? reason, ReadOnlySpan<Formula> shape, ReadOnlySpan<WalkThroughNote> notes) =>
        (_recent ??= new RecentBuilds()).Sighted(parameters, reason, shape, notes, makeOnFirstSighting: false);

    /// <summary>The set of these objects, made now if none of the last few builds handed them over.</summary>
    public static FormulaSet Of(Expr? parameters, string? reason, ReadOnlySpan<Formula> shape, ReadOnlySpan<WalkThroughNote> notes) =>
        (_recent ??= new RecentBuilds()).Sighted(parameters, reason, shape, notes, makeOnFirstSighting: true)!;

    /// <summary>
    /// The fingerprint of a row built with these objects on <paramref name="inputs"/>: the set's own, computed once,
    /// unless a note names one of the inputs, which is then masked for this row alone.
    /// </summary>
    public long FingerprintOn(LayerInputs? inputs)
    {
        if (!_fingerprinted)
        {
            long own = WalkThroughFingerprint.Compute(_parameters, _reason, _shape, _notes, inputs: null, out _);
            Interlocked.Exchange(ref _fingerprint, own);
            _fingerprinted = true;
        }
        if (_notes.Length == 0 || inputs is null) return _fingerprint;
        foreach (string text in NoteTexts())
            if (WalkThroughFingerprint.NamesAny(text, inputs))
                return WalkThroughFingerprint.Compute(_parameters, _reason, _shape, _notes, inputs, out _);
        return _fingerprint;
    }

    /// <summary>Whether a note names <paramref name="label"/>, a row's one input, which its fingerprint would mask.</summary>
    public bool NotesName(string label)
    {
        if (label.Length == 0) return false;
        // Most labels hold a pair of characters no note does: a few bit tests instead of a search of every note.
        if (label.Length > 1 && !(_notePairs ??= new CharPairFilter(NoteTexts())).MayHold(label)) return false;
        foreach (string text in NoteTexts())
            if (text.Contains(label, StringComparison.Ordinal)) return true;
        return false;
    }

    private string[] NoteTexts() => _noteTexts ??= Array.ConvertAll(_notes, note => note.ToString());

    [ThreadStatic] private static RecentBuilds? _recent;

    /// <summary>The objects of the last few distinct builds, compared by reference, with their set once seen twice.</summary>
    private sealed class RecentBuilds
    {
        private const int Capacity = 8;
        private readonly Entry[] _entries = new Entry[Capacity];
        private int _count, _next, _lastFound;

        // An entry keeps its arrays when it is overwritten: remembering a build allocates nothing once they are large enough.
        private struct Entry
        {
            public Expr? Parameters;
            public string? Reason;
            public Formula[] Shape;
            public int ShapeCount;
            public WalkThroughNote[] Notes;
            public int NoteCount;
            public FormulaSet? Set;
        }

        public FormulaSet? Sighted(Expr? parameters, string? reason, ReadOnlySpan<Formula> shape, ReadOnlySpan<WalkThroughNote> notes,
            bool makeOnFirstSighting)
        {
            // From the entry after the last one found: a repeated block's layers come round in the same order.
            for (int k = 1; k <= _count; k++)
            {
                int i = (_lastFound + k) % _count;
                ref var e = ref _entries[i];
                if (!ReferenceEquals(e.Parameters, parameters) || !ReferenceEquals(e.Reason, reason)
                    || !Same(e.Shape, e.ShapeCount, shape) || !Same(e.Notes, e.NoteCount, notes))
                    continue;
                _lastFound = i;
                return e.Set ??= new FormulaSet(parameters, reason, shape.ToArray(), notes.ToArray());
            }
            ref var entry = ref _entries[_next];
            _next = (_next + 1) % Capacity;
            _count = Math.Min(_count + 1, Capacity);
            entry.Parameters = parameters;
            entry.Reason = reason;
            entry.ShapeCount = CopyInto(ref entry.Shape, shape);
            entry.NoteCount = CopyInto(ref entry.Notes, notes);
            entry.Set = makeOnFirstSighting ? new FormulaSet(parameters, reason, shape.ToArray(), notes.ToArray()) : null;
            return entry.Set;
        }

        private static int CopyInto<T>(ref T[] kept, ReadOnlySpan<T> given)
        {
            if (kept is null || kept.Length < given.Length) kept = new T[Math.Max(given.Length, 4)];
            given.CopyTo(kept);
            kept.AsSpan(given.Length).Clear(); // no object kept alive past its build
            return given.Length;
        }

        // Element by element: a builder hands over the same array with other contents. One method a type: shared
        // generic code over classes would look the element type up on every call, twice a row.
        private static bool Same(Formula[] kept, int count, ReadOnlySpan<Formula> given)
        {
            if (count != given.Length) return false;
            for (int i = 0; i < count; i++)
                if (!ReferenceEquals(kept[i], given[i])) return false;
            return true;
        }

        private static bool Same(WalkThroughNote[] kept, int count, ReadOnlySpan<WalkThroughNote> given)
        {
            if (count != given.Length) return false;
            for (int i = 0; i < count; i++)
                if (!ReferenceEquals(kept[i], given[i])) return false;
            return true;
        }
    }
}
