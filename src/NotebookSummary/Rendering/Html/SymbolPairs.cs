namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Groups a legend's symbols so that the two halves of a pair — <c>h</c>/<c>w</c>, <c>k_h</c>/<c>k_w</c>,
/// <c>pad_top</c>/<c>pad_bottom</c> — stand together (the HTML keeps a group on one line or in one column).
/// </summary>
internal static class SymbolPairs
{
    private static readonly (string First, string Second)[] Suffixes =
        [("h", "w"), ("top", "bottom"), ("left", "right"), ("start", "end"), ("front", "back")];

    /// <summary>The items in order, each alone or with its partner (which moves up to stand after it).</summary>
    public static List<List<T>> Group<T>(IReadOnlyList<T> items, Func<T, string> name)
    {
        var groups = new List<List<T>>();
        var used = new bool[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (used[i]) continue;
            var group = new List<T> { items[i] };
            for (int j = i + 1; j < items.Count; j++)
                if (!used[j] && ArePair(name(items[i]), name(items[j])))
                {
                    group.Add(items[j]);
                    used[j] = true;
                    break;
                }
            groups.Add(group);
        }
        return groups;
    }

    /// <summary>True for <c>X</c>+first and <c>X</c>+second, where <c>X</c> is empty or ends in an underscore.</summary>
    internal static bool ArePair(string a, string b)
    {
        foreach (var (first, second) in Suffixes)
            if (a.EndsWith(first, StringComparison.Ordinal) && b.EndsWith(second, StringComparison.Ordinal))
            {
                var stem = a[..^first.Length];
                if ((stem.Length == 0 || stem[^1] == '_') && b.Length == stem.Length + second.Length
                    && b.StartsWith(stem, StringComparison.Ordinal))
                    return true;
            }
        return false;
    }
}
