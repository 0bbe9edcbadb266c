using System.Collections;
using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// A Keras Sequential model: a chain of layers, each feeding the next. Build it with a collection initializer
/// or <see cref="Add"/>, then call <see cref="Summarize"/>.
/// <code>
/// var model = new Sequential("mnist_cnn")
/// {
///     new Input(28, 28, 1),
///     new Conv2D(32, kernelSize: 3, activation: "relu"),
///     new Flatten(),
///     new Dense(10, activation: "softmax"),
/// };
/// </code>
/// </summary>
public sealed class Sequential : IEnumerable<Layer>
{
    private readonly List<Layer> _layers = [];

    public Sequential(string name = "sequential") => Name = name;

    public Sequential(IEnumerable<Layer> layers, string name = "sequential") : this(name) => _layers.AddRange(layers);

    /// <summary>The model's name, as Keras prints it in <c>Model: "..."</c>.</summary>
    public string Name { get; set; }

    /// <summary>The layers in order, the Input layer included when one was added.</summary>
    public IReadOnlyList<Layer> Layers => _layers;

    /// <summary>Appends a layer (Keras's <c>model.add</c>).</summary>
    public Sequential Add(Layer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        _layers.Add(layer);
        return this;
    }

    /// <summary>Computes every layer's output shape, parameters and walk-through. Never throws for an invalid model:
    /// the result's <see cref="ModelSummary.Error"/> says what is wrong.</summary>
    public ModelSummary Summarize() => Summarizer.Summarize(Name, _layers);

    public IEnumerator<Layer> GetEnumerator() => _layers.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
