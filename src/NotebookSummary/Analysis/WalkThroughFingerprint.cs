using System.Text;

namespace NotebookSummary.Analysis;

/// <summary>
/// A 64-bit fingerprint of a walk-through's arithmetic: its formulas with the model's numbers, the reason for having
/// no weights, and the notes. Two rows with equal fingerprints explain themselves identically (up to a 64-bit hash
/// collision, about one chance in 10¹¹ among 10,000 distinct layers), which is what the HTML table needs to fold
/// repeated blocks without keeping or rebuilding every walk-through.
/// </summary>
internal static class WalkThroughFingerprint
{
    [ThreadStatic] private static StringBuilder? _buffer;

    public static long Of(Expr? parameters, string? noParametersReason, IReadOnlyList<Formula> shape, IReadOnlyList<string> notes)
    {
        var sb = _buffer ??= new StringBuilder(256);
        sb.Clear();
        if (parameters is not null) parameters.Write(sb.Append("params="), substituted: true);
        sb.Append('|').Append(noParametersReason);
        // Indexed loops: foreach over an IReadOnlyList boxes an enumerator, twice per row.
        for (int i = 0; i < shape.Count; i++) shape[i].Rule.Write(sb.Append('|').Append(shape[i].Target).Append('='), substituted: true);
        for (int i = 0; i < notes.Count; i++) sb.Append('|').Append(notes[i]);
        return Fnv1a(sb);
    }

    public static long Of(WalkThrough w) => Of(w.Parameters?.Rule, w.NoParametersReason, w.Shape, w.Notes);

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
