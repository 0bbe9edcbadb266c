using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;

namespace NotebookSummary.Keras.Objects;

/// <summary>
/// What outlives one run in a <see cref="KerasSession"/>: the language's state (<see cref="Python"/>), the models
/// built so far, Keras's global settings (image data format, the counter behind default model names) and what was imported with *.
/// </summary>
internal sealed class SessionState
{
    /// <summary>The language's part: variables, runs, literal values.</summary>
    public PythonSession Python { get; } = new();

    public List<ModelState> Models { get; } = [];

    /// <summary>
    /// The code's object for each layer a functional model holds (the LayerValue, or the ModelValue of a nested
    /// model), recorded when it is called: <c>model.layers</c> and <c>get_layer</c> hand out the code's own objects.
    /// </summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<Layer, PyValue> Objects { get; } = new();

    /// <summary>Keras's <c>image_data_format()</c>: <c>channels_last</c> unless the code sets it.</summary>
    public string ImageDataFormat { get; set; } = "channels_last";

    /// <summary>How many models got a default name (<c>sequential</c>, <c>sequential_1</c>, ...); reset by clear_session().</summary>
    public int DefaultModelNames { get; set; }

    /// <summary>Counter behind <see cref="ModelState.SummaryOrder"/>.</summary>
    public int SummaryCounter { get; set; }

    /// <summary>True after <c>from keras.layers import *</c>: layer names need no import note.</summary>
    public bool LayersStarImported { get; set; }

    public SessionState(LayerCatalog catalog) => Catalog = catalog;

    public LayerCatalog Catalog { get; }

    private readonly Dictionary<string, LayerClassValue?> _layerClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _suggestions = new(StringComparer.Ordinal);

    /// <summary>The closest known layer name for a misspelt one (computed once per name: loops ask again and again).</summary>
    public string? SuggestLayer(string name)
    {
        if (_suggestions.TryGetValue(name, out var known)) return known;
        var suggestion = DidYouMean.Suggest(name, Catalog.AllNames);
        if (_suggestions.Count < 10_000) _suggestions[name] = suggestion;
        return suggestion;
    }

    /// <summary>The layer class a Keras name resolves to (one shared value per name), or null.</summary>
    public LayerClassValue? LayerClass(string name)
    {
        if (_layerClasses.TryGetValue(name, out var known)) return known;
        var value = Catalog.TryFind(name, out var type) ? new LayerClassValue(type, name) : null;
        _layerClasses[name] = value;
        return value;
    }
}
