
namespace NotebookSummary.Analysis;

/// <summary>
/// Keras's default layer names, as a fresh session gives them: per prefix, the first layer is <c>dense</c>, then
/// <c>dense_1</c>, <c>dense_2</c>... Wrapped layers are named before their wrapper (Keras constructs them first).
/// Explicit names are kept; a default name never takes a name the model already uses explicitly.
/// </summary>
internal static class LayerNaming
{
    public static Dictionary<Layer, string> Assign(IReadOnlyList<Layer> layers)
    {
        var names = new Dictionary<Layer, string>(layers.Count, ReferenceEqualityComparer.Instance);
        var explicitNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layer in layers) CollectExplicit(layer, explicitNames);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var layer in layers) Name(layer, names, explicitNames, counters);
        return names;
    }

    /// <summary>Adds the explicit names of <paramref name="layer"/> and the layers it wraps to <paramref name="into"/>.</summary>
    internal static void CollectExplicit(Layer layer, HashSet<string> into)
    {
        foreach (var inner in layer.InnerLayers) CollectExplicit(inner, into);
        if (layer.Name is { } n) into.Add(n);
    }

    /// <summary>Names <paramref name="layer"/>, after the layers it wraps (Keras constructs them first), unless named already.</summary>
    internal static void Name(Layer layer, Dictionary<Layer, string> names, HashSet<string> explicitNames,
        Dictionary<string, int> counters)
    {
        var inners = layer.InnerLayers;
        for (int i = 0; i < inners.Count; i++) Name(inners[i], names, explicitNames, counters);
        ref string? name = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(names, layer, out bool named);
        if (!named) name = layer.Name ?? Next(layer.DefaultNamePrefix, explicitNames, counters);
    }

    /// <summary>Keras's next default name for <paramref name="prefix"/> (<c>dense</c>, <c>dense_1</c>, ...), skipping explicit names.</summary>
    internal static string Next(string prefix, HashSet<string> explicitNames, Dictionary<string, int> counters)
    {
        // One lookup of the prefix's counter a name; an explicit name taken skips on to the next number.
        ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counters, prefix, out _);
        return Next(prefix, explicitNames, ref count);
    }

    /// <summary><see cref="Next(string, HashSet{string}, Dictionary{string, int})"/> with the prefix's counter <paramref name="count"/>.</summary>
    internal static string Next(string prefix, HashSet<string> explicitNames, ref int count)
    {
        string candidate;
        do
        {
            candidate = count == 0 ? prefix : Numbered(prefix, count);
            count++;
        } while (explicitNames.Count > 0 && explicitNames.Contains(candidate));
        return candidate;
    }

    // prefix_count, written in place: the interpolated string's handler rents and returns a buffer for every layer.
    private static string Numbered(string prefix, int count)
    {
        int digits = 1;
        for (int rest = count; rest >= 10; rest /= 10) digits++;
        return string.Create(prefix.Length + 1 + digits, (prefix, count), static (span, s) =>
        {
            s.prefix.AsSpan().CopyTo(span);
            span[s.prefix.Length] = '_';
            int rest = s.count;
            for (int i = span.Length - 1; i > s.prefix.Length; i--, rest /= 10) span[i] = (char)('0' + rest % 10);
        });
    }

    /// <summary>
    /// False when the default names of <paramref name="prefixes"/> all differ: <c>p</c> and <c>p_n</c> (n ≥ 1) of
    /// one prefix differ, and those of two prefixes can be equal only when one prefix is the other followed by
    /// <c>_</c> and digits (<c>p_1</c>'s first name is <c>p</c>'s second).
    /// </summary>
    internal static bool CountersMayMeet(IEnumerable<string> prefixes)
    {
        var all = prefixes as ICollection<string> ?? prefixes.ToList();
        foreach (var p in all)
            foreach (var q in all)
                if (q.Length > p.Length + 1 && q.StartsWith(p, StringComparison.Ordinal) && q[p.Length] == '_'
                    && q.AsSpan(p.Length + 1).IndexOfAnyExceptInRange('0', '9') < 0)
                    return true;
        return false;
    }
}
