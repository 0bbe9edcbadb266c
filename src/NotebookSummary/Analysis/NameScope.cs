namespace NotebookSummary.Analysis;

/// <summary>
/// The default names Keras gave every layer of a model, the layers of the models nested in it included
/// (<see cref="GraphNaming"/>). Keras names a layer once, when it is made, from one counter per prefix for the whole
/// session, so a nested model's rows show the names the outer model's counting gave them (<c>dense_1</c>, not the
/// <c>dense</c> the nested model would get alone). A nested model's summary is made with its outer model's scope.
/// </summary>
internal sealed class NameScope
{
    private Dictionary<Layer, string>? _names;
    private readonly Dictionary<Layer, string>? _builtInputs;
    // A chain's names by position (GraphNaming's plain chain): the dictionary is made only if someone asks by layer.
    private readonly IReadOnlyList<Layer>? _chain;
    private readonly string[]? _chainNames;
    private readonly bool _chainNamesDistinct;

    public NameScope(Dictionary<Layer, string> names, Dictionary<Layer, string> builtInputs)
    {
        _names = names;
        _builtInputs = builtInputs;
    }

    /// <summary>
    /// The names of <paramref name="chain"/>, <paramref name="names"/>[i] that of layer i: layers that hold no other
    /// layer, each once. <paramref name="distinct"/>: no two of the names are equal.
    /// </summary>
    public NameScope(IReadOnlyList<Layer> chain, string[] names, bool distinct)
    {
        _chain = chain;
        _chainNames = names;
        _chainNamesDistinct = distinct;
    }

    /// <summary>Every named layer and its name.</summary>
    public IReadOnlyDictionary<Layer, string> Names
    {
        get
        {
            if (_names is { } names) return names;
            var made = new Dictionary<Layer, string>(_chain!.Count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < _chain.Count; i++) made[_chain[i]] = _chainNames![i];
            return Interlocked.CompareExchange(ref _names, made, null) ?? made;
        }
    }

    /// <summary>The names of <paramref name="layers"/> (each named here), by position.</summary>
    public IReadOnlyList<string> NamesOf(IReadOnlyList<Layer> layers)
    {
        if (ReferenceEquals(layers, _chain)) return _chainNames!;
        var names = Names;
        var result = new string[layers.Count];
        for (int i = 0; i < result.Length; i++) result[i] = names[layers[i]];
        return result;
    }

    /// <summary>True when the names of <paramref name="layers"/> are known to differ from each other, so nobody
    /// needs to check for a name used twice.</summary>
    public bool NamesDiffer(IReadOnlyList<Layer> layers) => _chainNamesDistinct && ReferenceEquals(layers, _chain);

    /// <summary>The name of <paramref name="layer"/>, or null when it is not in this model.</summary>
    public string? Of(Layer layer) => Names.GetValueOrDefault(layer);

    /// <summary>
    /// The name of the InputLayer Keras made when it built <paramref name="sequential"/> (a Sequential without an
    /// Input of its own), or null.
    /// </summary>
    public string? BuiltInputOf(Layer sequential) => _builtInputs?.GetValueOrDefault(sequential);

    /// <summary>True when every one of <paramref name="layers"/> has a name here.</summary>
    public bool Covers(IEnumerable<Layer> layers) => layers.All(Names.ContainsKey);
}
