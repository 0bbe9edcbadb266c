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

    public static long Of(Expr? parameters, string? noParametersReason, ReadOnlySpan<Formula> shape, ReadOnlySpan<WalkThroughNote> notes,
        LayerInputs? inputs = null) =>
        // The set found again when the same shared objects were fingerprinted last time (see FormulaSet).
        FormulaSet.Of(parameters, noParametersReason, shape, notes).FingerprintOn(inputs);

    /// <summary>The fingerprint itself, written out; <paramref name="namesInputs"/> tells whether a note named an input.</summary>
    internal static long Compute(Expr? parameters, string? noParametersReason, ReadOnlySpan<Formula> shape,
        ReadOnlySpan<WalkThroughNote> notes, LayerInputs? inputs, out bool namesInputs)
    {
        namesInputs = false;
        var sb = _buffer ??= new StringBuilder(256);
        sb.Clear();
        if (parameters is not null) parameters.Write(sb.Append("params="), substituted: true);
        sb.Append('|').Append(noParametersReason);
        for (int i = 0; i < shape.Length; i++) shape[i].Rule.Write(sb.Append('|').Append(shape[i].Target).Append('='), substituted: true);
        for (int i = 0; i < notes.Length; i++)
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
        Of(w.Parameters?.Rule, w.NoParametersReason, SpanOf(w.Shape), SpanOf(w.StructuredNotes), inputs);

    private static ReadOnlySpan<T> SpanOf<T>(IReadOnlyList<T> items) => items switch
    {
        ArrayView<T> view => view.AsSpan(),
        T[] array => array,
        _ => items.ToArray(),
    };

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
        return NamesAny(_noteChars.AsSpan(0, length), inputs);
    }

    /// <summary>Whether <paramref name="note"/> names one of <paramref name="inputs"/> (and would be masked).</summary>
    internal static bool NamesAny(ReadOnlySpan<char> note, LayerInputs inputs)
    {
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
}
