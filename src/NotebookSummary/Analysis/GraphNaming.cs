using System.Runtime.CompilerServices;

namespace NotebookSummary.Analysis;

/// <summary>
/// Keras's default names in a functional model. Keras names a layer or model when it is constructed, from one
/// counter per prefix for the whole session: <c>dense</c>, <c>dense_1</c>, ... and <c>functional</c>,
/// <c>functional_1</c> for models. Here the session is what the model holds — its layers, the models called in it
/// and their layers, the model itself — numbered in the order they were made (<see cref="CreationSequence"/>), so a
/// script that builds one model gets Keras's names. Explicit names are kept; a default name never takes one.
/// </summary>
/// <remarks>
/// What a built Keras Sequential makes counts too: building one makes a Functional model inside it (a
/// <c>functional</c> name) and, without an Input of its own, an <c>input_layer</c>; Keras builds a Sequential when it
/// is made if it knows its input shape, else when it is first called.
/// </remarks>
internal static class GraphNaming
{
    // A value in the list, not an object a layer: a 100,000-layer model makes one entry a layer.
    private readonly record struct Entry(long Order, int Step, int Seen, Layer? Layer, string? Prefix, Layer? BuiltBy = null)
    {
        public static int Compare(Entry a, Entry b)
        {
            int byOrder = a.Order.CompareTo(b.Order);
            if (byOrder != 0) return byOrder;
            int byStep = a.Step.CompareTo(b.Step);
            return byStep != 0 ? byStep : a.Seen.CompareTo(b.Seen);
        }
    }

    /// <summary>The names of <paramref name="operations"/> (and of every layer in the models among them), and the model's name.</summary>
    public static (NameScope Scope, string ModelName) Assign(Model model, IReadOnlyList<Layer> operations)
    {
        var scope = Assign(operations, model.AsLayer);
        return (scope, scope.Of(model.AsLayer)!);
    }

    /// <summary>
    /// The names of a Sequential's <paramref name="layers"/> and of every layer in the models among them: in the
    /// order they were made, as Keras named them (<c>Sequential([base_model, Dense(1)])</c> after a base model holding
    /// a <c>dense</c>: the outer one is <c>dense_1</c>), not in the order of the list.
    /// </summary>
    public static NameScope AssignChain(IReadOnlyList<Layer> layers) => PlainChain(layers) ?? Assign(layers, self: null);

    /// <summary>
    /// The names of a chain of plain layers made in the order they are listed (almost every Sequential), or null for
    /// any other: no layer wraps or holds another or takes names when built, so the general way would list them in
    /// that order and name each from the counters; here they are named so, into an array by position, without the
    /// set, list and dictionary of a layer each the general way makes.
    /// </summary>
    private static NameScope? PlainChain(IReadOnlyList<Layer> layers)
    {
        long previous = long.MinValue;
        HashSet<string>? explicitNames = null;
        bool distinct = true;
        for (int i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            long order = layer.CreationOrder;
            if (order <= previous || layer is FunctionalLayer or SequentialLayer || layer.InnerLayers.Count > 0
                || layer.PrefixesTakenWhenBuilt.Count > 0)
                return null;
            previous = order;
            if (layer.Name is { } name) distinct &= (explicitNames ??= new(StringComparer.Ordinal)).Add(name);
        }
        var names = new string[layers.Count];
        var counters = new ChainCounters();
        explicitNames ??= NoNames;
        for (int i = 0; i < names.Length; i++)
        {
            var layer = layers[i];
            if (layer.Name is { } name) names[i] = name;
            else
            {
                string prefix = layer.DefaultNamePrefix;
                names[i] = LayerNaming.Next(prefix, explicitNames, ref counters.Of(prefix).Value);
            }
        }
        return new NameScope(layers, names, distinct && !LayerNaming.CountersMayMeet(counters.Prefixes));
    }

    /// <summary>
    /// The counters of a chain's prefixes, the last few found by reference before the dictionary is asked: a chain
    /// repeats a few layer classes, and each class hands out one prefix string (hashing it cost a layer more than
    /// making its name).
    /// </summary>
    private sealed class ChainCounters
    {
        private const int Recent = 4;
        private readonly Dictionary<string, StrongBox<int>> _byPrefix = new(StringComparer.Ordinal);
        private readonly (string? Prefix, StrongBox<int>? Count)[] _recent = new (string?, StrongBox<int>?)[Recent];
        private int _next;

        public ICollection<string> Prefixes => _byPrefix.Keys;

        public StrongBox<int> Of(string prefix)
        {
            foreach (var (known, count) in _recent)
                if (ReferenceEquals(known, prefix)) return count!;
            ref var box = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byPrefix, prefix, out _);
            box ??= new StrongBox<int>();
            _recent[_next] = (prefix, box);
            _next = (_next + 1) % Recent;
            return box;
        }
    }

    private static readonly HashSet<string> NoNames = new(StringComparer.Ordinal);

    private static NameScope Assign(IReadOnlyList<Layer> operations, Layer? self)
    {
        var entries = new List<Entry>(operations.Count + 1);
        var visited = new HashSet<Layer>(operations.Count + 1, ReferenceEqualityComparer.Instance);
        void Add(Layer layer)
        {
            if (!visited.Add(layer)) return;
            entries.Add(new Entry(layer.CreationOrder, 0, entries.Count, layer, null));
            if (layer.PrefixesTakenWhenBuilt.Count > 0 && LayerCalls.First(layer) is { } built)
                foreach (var prefix in layer.PrefixesTakenWhenBuilt)
                    entries.Add(new Entry(built.Order, 1, entries.Count, null, prefix));
            switch (layer)
            {
                case FunctionalLayer functional:
                    foreach (var inner in GraphMap.Build(functional.Model.Inputs, functional.Model.Outputs).Operations) Add(inner);
                    break;
                case SequentialLayer sequential:
                    foreach (var inner in sequential.Layers) Add(inner);
                    AddSequentialBuild(sequential);
                    break;
            }
        }
        void AddSequentialBuild(SequentialLayer sequential)
        {
            bool hasInput = sequential.Layers.Count > 0 && sequential.Layers[0] is Input;
            bool buildsWhenMade = hasInput || sequential.Layers.Count > 0 && sequential.Layers[0].DeclaredInputShape() is not null;
            long order = buildsWhenMade ? sequential.CreationOrder : LayerCalls.First(sequential)?.Order ?? sequential.CreationOrder;
            if (!hasInput) entries.Add(new Entry(order, 1, entries.Count, null, "input_layer", sequential));
            entries.Add(new Entry(order, 2, entries.Count, null, "functional"));
        }

        foreach (var operation in operations) Add(operation);
        if (self is not null) Add(self);

        var explicitNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layer in visited) LayerNaming.CollectExplicit(layer, explicitNames);

        var names = new Dictionary<Layer, string>(visited.Count, ReferenceEqualityComparer.Instance);
        var builtInputs = new Dictionary<Layer, string>(ReferenceEqualityComparer.Instance);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        // Seen numbers the entries, so the order is total and an in-place sort gives what a stable one would; a
        // model built in order (the usual case) is already sorted and skips it.
        if (!IsSorted(entries)) entries.Sort(Entry.Compare);
        foreach (var entry in entries)
        {
            if (entry.Layer is { } layer) LayerNaming.Name(layer, names, explicitNames, counters);
            else
            {
                string name = LayerNaming.Next(entry.Prefix!, explicitNames, counters);
                if (entry.BuiltBy is { } sequential) builtInputs[sequential] = name;
            }
        }
        return new NameScope(names, builtInputs);
    }

    private static bool IsSorted(List<Entry> entries)
    {
        for (int i = 1; i < entries.Count; i++)
            if (Entry.Compare(entries[i - 1], entries[i]) > 0) return false;
        return true;
    }
}
