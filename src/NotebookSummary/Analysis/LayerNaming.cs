
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

    private static void CollectExplicit(Layer layer, HashSet<string> into)
    {
        foreach (var inner in layer.InnerLayers) CollectExplicit(inner, into);
        if (layer.Name is { } n) into.Add(n);
    }

    private static void Name(Layer layer, Dictionary<Layer, string> names, HashSet<string> explicitNames,
        Dictionary<string, int> counters)
    {
        foreach (var inner in layer.InnerLayers) Name(inner, names, explicitNames, counters);
        if (names.ContainsKey(layer)) return;
        if (layer.Name is { } n)
        {
            names[layer] = n;
            return;
        }
        var prefix = layer.DefaultNamePrefix;
        string candidate;
        do
        {
            counters.TryGetValue(prefix, out int count);
            counters[prefix] = count + 1;
            candidate = count == 0 ? prefix : $"{prefix}_{count}";
        } while (explicitNames.Contains(candidate));
        names[layer] = candidate;
    }
}
