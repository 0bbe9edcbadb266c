namespace NotebookSummary.Keras.Diagnostics;

/// <summary>
/// Suggests the closest known name for a misspelt one: a case-insensitive match first, then the smallest edit
/// distance (insertions, deletions, substitutions and swaps of neighbours), if it is small for the name's length.
/// </summary>
internal static class DidYouMean
{
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        if (name.Length == 0 || name.Length > 64) return null;
        int limit = name.Length <= 3 ? 1 : name.Length <= 7 ? 2 : 3;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == name) continue;
            if (Math.Abs(candidate.Length - name.Length) > limit) continue;
            int d = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (d > limit) continue;
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, comparing letters case-insensitively.</summary>
    internal static int Distance(string a, string b)
    {
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }
            (prev2, prev, cur) = (prev, cur, prev2);
        }
        return prev[b.Length];
    }

    /// <summary><c> — did you mean 'x'?</c>, or empty when there is no suggestion.</summary>
    public static string Suffix(string? suggestion) => suggestion is null ? "" : $" — did you mean '{suggestion}'?";
}
