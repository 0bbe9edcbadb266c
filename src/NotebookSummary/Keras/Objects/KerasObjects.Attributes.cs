using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

// Attributes of layers and Sequential models: what the code reads and sets on them.
internal sealed partial class KerasObjects
{
    /// <summary>Model methods that only train, save or display: accepted, not run.</summary>
    private static readonly HashSet<string> ModelMethods = new(StringComparer.Ordinal)
    {
        "add", "pop", "summary", "build", "compile", "fit", "fit_generator", "evaluate", "evaluate_generator",
        "predict", "predict_generator", "predict_classes", "predict_proba", "train_on_batch", "test_on_batch",
        "save", "save_weights", "load_weights", "save_fig", "to_json", "to_yaml", "get_config", "count_params",
        "get_layer", "get_weights", "set_weights", "reset_states", "call",
    };

    internal PyValue ModelAttribute(ModelValue model, string name, TextSpan span)
    {
        if (model.State.Functional is not null) return FunctionalModelAttribute(model, name, span);
        return name switch
        {
            "layers" => new PyList(model.State.KerasLayers.Select(l => (PyValue)l).ToList()),
            "name" => new PyStr(model.State.Name),
            "trainable" => PyBool.Of(model.State.Layers.All(l => l.Layer.Trainable)),
            _ => ModelMethods.Contains(name) ? new PyMethod(model, name) : NotRun(span),
        };
    }

    internal PyValue LayerAttribute(LayerValue layer, string name, TextSpan span)
    {
        if (layer.Layer is Input input && name is "shape" or "dtype") return TensorAttribute(input.Output, name, span);
        return name switch
        {
            "trainable" => PyBool.Of(layer.Layer.Trainable),
            "name" when layer.Layer.Name is { } n => new PyStr(n),
            _ => NotRun(span),
        };
    }

    // Attributes the reader keeps: trainable and name of layers and models; other assignments change nothing it reads.
    // A layer changes by a changed copy, so models and summaries returned by earlier cells keep what they showed.
    internal void SetAttribute(PyValue target, string name, PyValue value)
    {
        if (name is "trainable" or "name") WarnIfAlreadyCalled(target, name);
        switch (target)
        {
            case LayerValue layer when name == "trainable" && PyOps.Truthy(value) is { } trainable:
                layer.Change(settings => settings with { Trainable = trainable });
                return;
            case LayerValue layer when name == "name" && value is PyStr s:
                layer.Change(settings => settings with { Name = s.Value });
                return;
            case ModelValue { State.Functional: { } functional } model when name == "trainable" && PyOps.Truthy(value) is { } trainable:
                // The model is frozen as a whole (its row shows N); calls of it made from now on see it frozen.
                model.State.Functional = functional.WithTrainable(trainable);
                Session.Objects.AddOrUpdate(model.State.Functional.AsLayer, model);
                model.State.LastRun = RunId;
                return;
            case ModelValue model when name == "trainable" && PyOps.Truthy(value) is { } trainable:
                model.State.Trainable = trainable;
                foreach (var l in model.State.Layers) l.Change(settings => settings with { Trainable = trainable });
                model.State.LastRun = RunId;
                return;
            case ModelValue model when name == "name" && value is PyStr s:
                model.State.Name = s.Value;
                return;
        }
    }
}
