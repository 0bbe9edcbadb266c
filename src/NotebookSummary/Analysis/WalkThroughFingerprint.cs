using System.Text;

namespace NotebookSummary.Analysis;

/// <summary>
/// A 64-bit fingerprint of a walk-through's arithmetic: its formulas with the model's numbers, the reason for having
/// no weights, and the notes, where the names of the layers the row's inputs come from count as their positions
/// (<c>add</c>'s note names its inputs; the <c>add</c> of each ResNet block names others). Two rows with equal
/// fingerprints explain themselves identically but for those names (up to a 64-bit hash collision, about one
/// chance in 10¹¹ among 10,000 distinct layers), which is what the HTML table needs to fold repeated blocks without
/// keeping or rebuilding every walk-through; different fingerprints mean different walk-throughs.
/// </summary>
internal static class WalkThroughFingerprint
{
    [ThreadStatic] private static StringBuilder? _buffer;
    [ThreadStatic] private static char[]? _noteChars;

    public static long Of(Expr? parameters, string? noParametersReason, IReadOnlyList<Formula> shape, IReadOnlyList<WalkThroughNote> notes,
        LayerInputs? inputs = null)
    {
        var recent = _recent ??= new RecentFingerprints();
        if (recent.Find(parameters, noParametersReason, shape, notes) is { } known) return known;
        long fingerprint = Compute(parameters, noParametersReason, shape, notes, inputs, out bool namesInputs);
        // A fingerprint that masked input names depends on the inputs too: not kept.
        if (!namesInputs) recent.Add(parameters, noParametersReason, shape, notes, fingerprint);
        return fingerprint;
    }

    // The layers of a deep model share their formula and note objects (they are immutable and cached per distinct
    // arguments and input), so the rows of a repeated block hand over the very same objects again: their fingerprint
    // is then the one computed last time, found by reference without writing the arithmetic out again.
    [ThreadStatic] private static RecentFingerprints? _recent;

    private static long Compute(Expr? parameters, string? noParametersReason, IReadOnlyList<Formula> shape,
        IReadOnlyList<WalkThroughNote> notes, LayerInputs? inputs, out bool namesInputs)
    {
        namesInputs = false;
        var sb = _buffer ??= new StringBuilder(256);
        sb.Clear();
        if (parameters is not null) parameters.Write(sb.Append("params="), substituted: true);
        sb.Append('|').Append(noParametersReason);
        // Indexed loops: foreach over an IReadOnlyList boxes an enumerator, twice per row.
        for (int i = 0; i < shape.Count; i++) shape[i].Rule.Write(sb.Append('|').Append(shape[i].Target).Append('='), substituted: true);
        for (int i = 0; i < notes.Count; i++)
        {
            // Each note is written in place; only one that names an input is taken out as a string to be masked.
            int start = sb.Append('|').Length;
            notes[i].AppendText(sb);
            if (inputs is not null && NamesAny(sb, start, inputs))
            {
                namesInputs = true;
                string note = sb.ToString(start, sb.Length - start);
                sb.Length = start;
                sb.Append(WithoutNames(note, inputs.Labels));
            }
        }
        return Fnv1a(sb);
    }

    public static long Of(WalkThrough w, LayerInputs? inputs = null) =>
        Of(w.Parameters?.Rule, w.NoParametersReason, w.Shape, w.StructuredNotes, inputs);

    /// <summary><paramref name="note"/> with each input name replaced by a mark of its position, longest names first
    /// (so <c>add_1</c> is not read as <c>add</c> and a suffix).</summary>
    private static string WithoutNames(string note, IReadOnlyList<string?> inputNames)
    {
        foreach (var (name, position) in inputNames.Select((n, i) => (n, i)).Where(p => !string.IsNullOrEmpty(p.n))
                     .OrderByDescending(p => p.n!.Length))
            note = note.Replace(name!, "\u0001" + position.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return note;
    }

    // Most notes name none of the row's inputs: checking the text written from start first keeps the note's string,
    // the sort and the replacements off the common path.
    private static bool NamesAny(StringBuilder sb, int start, LayerInputs inputs)
    {
        int length = sb.Length - start;
        if (_noteChars is null || _noteChars.Length < length) _noteChars = new char[Math.Max(length, 256)];
        sb.CopyTo(start, _noteChars, 0, length);
        var note = _noteChars.AsSpan(0, length);
        for (int i = 0; i < inputs.Count; i++)
            if (inputs.LabelAt(i) is { Length: > 0 } name && note.IndexOf(name.AsSpan(), StringComparison.Ordinal) >= 0)
                return true;
        return false;
    }

    // FNV-1a over the UTF-16 code units: deterministic, allocation-free.
    private static long Fnv1a(StringBuilder sb)
    {
        ulong hash = 14695981039346656037UL;
        foreach (var chunk in sb.GetChunks())
            foreach (char c in chunk.Span)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        return (long)hash;
    }

    /// <summary>The last few fingerprints and the objects they were computed from, compared by reference.</summary>
    private sealed class RecentFingerprints
    {
        private const int Capacity = 8;
        private readonly Entry[] _entries = new Entry[Capacity];
        private int _count, _next;

        private sealed record Entry(Expr? Parameters, string? Reason, Formula[] Shape, WalkThroughNote[] Notes, long Fingerprint);

        public long? Find(Expr? parameters, string? reason, IReadOnlyList<Formula> shape, IReadOnlyList<WalkThroughNote> notes)
        {
            for (int i = 0; i < _count; i++)
            {
                var e = _entries[i];
                if (ReferenceEquals(e.Parameters, parameters) && ReferenceEquals(e.Reason, reason) && Same(e.Shape, shape) && Same(e.Notes, notes))
                    return e.Fingerprint;
            }
            return null;
        }

        public void Add(Expr? parameters, string? reason, IReadOnlyList<Formula> shape, IReadOnlyList<WalkThroughNote> notes, long fingerprint)
        {
            _entries[_next] = new Entry(parameters, reason, [.. shape], [.. notes], fingerprint);
            _next = (_next + 1) % Capacity;
            _count = Math.Min(_count + 1, Capacity);
        }

        // Element by element: a builder may hand over the same list object with other contents.
        private static bool Same<T>(T[] kept, IReadOnlyList<T> given) where T : class
        {
            if (kept.Length != given.Count) return false;
            for (int i = 0; i < kept.Length; i++)
                if (!ReferenceEquals(kept[i], given[i])) return false;
            return true;
        }
    }
}
