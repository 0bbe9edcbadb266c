using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python;

namespace NotebookSummary.Keras.Objects;

/// <summary>
/// A model of the running code — a Sequential under construction, or a functional model (<see cref="Functional"/>) —
/// with what the reader learns about it while running.
/// </summary>
internal sealed class ModelState(string name, SourceLocation location, int order)
{
    // The layer that stands for this Sequential where the code calls it on a tensor, and the layers it was made of:
    // calls made while the Sequential does not change share it (its weights), as Sequential.AsLayer does.
    private SequentialLayer? _asLayer;
    private Layer[]? _asLayerParts;

    /// <summary>The functional model (<c>keras.Model(inputs, outputs)</c>), or null for a Sequential.</summary>
    public Model? Functional { get; set; }

    /// <summary>When the Sequential was made, for Keras's default names of what it builds when called.</summary>
    public long SequentialOrder { get; } = CreationSequence.Next();

    /// <summary>False after <c>model.trainable = False</c> on a Sequential: called as a layer, it shows as frozen.</summary>
    public bool Trainable { get; set; } = true;

    /// <summary>The model's name (<c>sequential</c>, <c>sequential_1</c>, or the name= given).</summary>
    public string Name { get; set; } = name;

    /// <summary>The layer objects added so far, the Input included (a layer's description may change later).</summary>
    public List<LayerValue> Layers { get; } = [];

    /// <summary>
    /// Keras's <c>model.layers</c>: the layers without the Input. Keras keeps its InputLayer out of the list, so
    /// <c>model.layers[0]</c> is the first real layer whether the code wrote <c>keras.Input(...)</c> or
    /// <c>input_shape=</c>.
    /// </summary>
    public IReadOnlyList<LayerValue> KerasLayers => HasInput ? Layers.GetRange(1, Layers.Count - 1) : Layers;

    /// <summary>True when the first layer is the model's Input (written, or added by <c>model.build</c>).</summary>
    public bool HasInput => Layers.Count > 0 && Layers[0].Layer is Input;

    /// <summary>Where the model was created (<c>Sequential(...)</c>).</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>Creation order within the session.</summary>
    public int Order { get; } = order;

    /// <summary>The last variable the model was assigned to.</summary>
    public string? Variable { get; set; }

    /// <summary>When <c>.summary()</c> was last called on it (0 = never), as a counter across the session.</summary>
    public int SummaryOrder { get; set; }

    /// <summary>The last <c>.summary()</c> call's <c>show_trainable</c>: Keras 3's Trainable column.</summary>
    public bool ShowTrainable { get; set; }

    /// <summary>True once a layer could not be read: later layers are checked but not added.</summary>
    public bool Broken { get; set; }

    /// <summary>The run (cell) that last created or changed the model.</summary>
    public int LastRun { get; set; }

    /// <summary>The Sequential as a layer of a functional model (<c>generator(z)</c>), with its layers as they are now.</summary>
    public Layer AsLayer()
    {
        var parts = new Layer[Layers.Count];
        for (int i = 0; i < parts.Length; i++) parts[i] = Layers[i].Layer;
        if (_asLayer is null || _asLayer.Name != Name || _asLayer.Trainable != Trainable
            || !parts.AsEnumerable().SequenceEqual(_asLayerParts!, ReferenceEqualityComparer.Instance))
        {
            _asLayer = new SequentialLayer(parts, Name, Trainable, SequentialOrder);
            _asLayerParts = parts;
        }
        return _asLayer;
    }

    /// <summary>The model as the core's Sequential: the layers as they are now, which later code cannot change.</summary>
    public Sequential ToSequential() => new(new CurrentLayers(Layers), Name);

    /// <summary>
    /// The layers' current descriptions as a collection the Sequential copies straight into its own list (its
    /// count first, then one pass), rather than through an array made only to be copied: for a large model that
    /// array is a large-object-heap block per read.
    /// </summary>
    private sealed class CurrentLayers(List<LayerValue> values) : ICollection<Layer>
    {
        public int Count => values.Count;
        public bool IsReadOnly => true;

        public void CopyTo(Layer[] array, int arrayIndex)
        {
            for (int i = 0; i < values.Count; i++) array[arrayIndex + i] = values[i].Layer;
        }

        public IEnumerator<Layer> GetEnumerator()
        {
            foreach (var value in values) yield return value.Layer;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Contains(Layer item) => values.Exists(v => ReferenceEquals(v.Layer, item));
        public void Add(Layer item) => throw new NotSupportedException();
        public void Clear() => throw new NotSupportedException();
        public bool Remove(Layer item) => throw new NotSupportedException();
    }
}
