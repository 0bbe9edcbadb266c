namespace NotebookSummary.Analysis;

/// <summary>
/// The default names Keras gave every layer of a model, the layers of the models nested in it included
/// (<see cref="GraphNaming"/>). Keras names a layer once, when it is made, from one counter per prefix for the whole
/// session, so a nested model's rows show the names the outer model's counting gave them (<c>dense_1</c>, not the
/// <c>dense</c> the nested model would get alone). A nested model's summary is made with its outer model's scope.
/// </summary>
internal sealed class NameScope
{
    private readonly Dictionary<Layer, string> _names;
    private readonly Dictionary<Layer, string> _builtInputs;

    public NameScope(Dictionary<Layer, string> names, Dictionary<Layer, string> builtInputs)
    {
        _names = names;
        _builtInputs = builtInputs;
    }

    /// <summary>Every named layer and its name.</summary>
    public IReadOnlyDictionary<Layer, string> Names => _names;

    /// <summary>The name of <paramref name="layer"/>, or null when it is not in this model.</summary>
    public string? Of(Layer layer) => _names.GetValueOrDefault(layer);

    /// <summary>
    /// The name of the InputLayer Keras made when it built <paramref name="sequential"/> (a Sequential without an
    /// Input of its own), or null.
    /// </summary>
    public string? BuiltInputOf(Layer sequential) => _builtInputs.GetValueOrDefault(sequential);

    /// <summary>True when every one of <paramref name="layers"/> has a name here.</summary>
    public bool Covers(IEnumerable<Layer> layers) => layers.All(_names.ContainsKey);
}
