using System.Collections;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A Keras Sequential model: a chain of layers, each feeding the next. Build it with a collection initializer
/// or <see cref="Add(Layer)"/>, then call <see cref="Summarize"/>.
/// <code>
/// var model = new Sequential("mnist_cnn")
/// {
///     new Input(28, 28, 1),
///     new Conv2D(32, kernelSize: 3, activation: "relu"),
///     new Flatten(),
///     new Dense(10, activation: "softmax"),
/// };
/// </code>
/// A Sequential can be used as a layer of a functional model (<see cref="Call"/>) or of another Sequential, and a
/// functional <see cref="Model"/> can be one of its layers: either shows as one row with all its parameters.
/// </summary>
public sealed class Sequential : IEnumerable<Layer>
{
    private readonly List<Layer> _layers = [];
    private readonly long _creationOrder = CreationSequence.Next();
    private string? _name;
    private bool _trainable = true;

    // The layer that stands for this Sequential in other models, made when first needed and made again after a
    // change: calls made between two changes share it, as calls of one Keras model share its weights.
    private SequentialLayer? _asLayer;

    /// <summary>A Sequential named <paramref name="name"/>, or Keras's default <c>sequential</c> when null.</summary>
    public Sequential(string? name = null) => _name = name;

    public Sequential(IEnumerable<Layer> layers, string? name = null) : this(name) => _layers.AddRange(layers);

    /// <summary>The model's name, as Keras prints it in <c>Model: "..."</c> (<c>sequential</c> unless named).</summary>
    public string Name
    {
        get => _name ?? "sequential";
        set
        {
            _name = value;
            _asLayer = null;
        }
    }

    /// <summary>
    /// False freezes the model (Keras's <c>model.trainable = False</c>): all its weights count as non-trainable, in
    /// its own summary and where it is used as a layer.
    /// </summary>
    public bool Trainable
    {
        get => _trainable;
        set
        {
            _trainable = value;
            _asLayer = null;
        }
    }

    /// <summary>The layers in order, the Input layer included when one was added.</summary>
    public IReadOnlyList<Layer> Layers => _layers;

    /// <summary>Appends a layer (Keras's <c>model.add</c>).</summary>
    public Sequential Add(Layer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        _layers.Add(layer);
        _asLayer = null;
        return this;
    }

    /// <summary>Appends a functional model as one layer (a pretrained base, an encoder).</summary>
    public Sequential Add(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Add(model.AsLayer);
    }

    /// <summary>Appends another Sequential as one layer, with its layers as they are now.</summary>
    public Sequential Add(Sequential model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Add(model.AsLayer);
    }

    /// <summary>
    /// Calls the model on a tensor, as a layer (Keras's <c>sequential(x)</c>): a functional model shows it as one row
    /// of class <c>Sequential</c>. Calls made while the Sequential does not change share it (its weights).
    /// </summary>
    public KerasTensor Call(KerasTensor input) => AsLayer.Call(input);

    /// <summary>The layer that stands for this Sequential, with its layers as they are now.</summary>
    internal Layer AsLayer => _asLayer ??= new SequentialLayer([.. _layers], _name, _trainable, _creationOrder);

    /// <summary>Computes every layer's output shape, parameters and walk-through. Never throws for an invalid model:
    /// the result's <see cref="ModelSummary.Error"/> says what is wrong.</summary>
    public ModelSummary Summarize() => Summarizer.Summarize(Name, _layers, frozen: !_trainable);

    public IEnumerator<Layer> GetEnumerator() => _layers.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
