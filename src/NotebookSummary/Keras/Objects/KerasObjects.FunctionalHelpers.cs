using NotebookSummary.Analysis;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

// What surrounds the functional API: the merge functions (layers.add([a, b]) is Add()([a, b])), Keras Applications
// (not read yet), and a functional model's attributes and methods.
internal sealed partial class KerasObjects
{
    // Keras's function forms of the merge layers: layers.concatenate(inputs, axis=-1, **kwargs) is
    // Concatenate(axis=axis, **kwargs)(inputs), and so on.
    private static readonly Dictionary<string, string> MergeLayers = new(StringComparer.Ordinal)
    {
        ["add"] = "Add", ["subtract"] = "Subtract", ["multiply"] = "Multiply", ["average"] = "Average",
        ["maximum"] = "Maximum", ["minimum"] = "Minimum", ["concatenate"] = "Concatenate", ["dot"] = "Dot",
    };

    /// <summary><c>layers.add([a, b])</c> and the other merge functions: the layer, called on the list; else null.</summary>
    private PyValue? MergeFunction(string kerasPath, IReadOnlyList<Arg> args, CallExpr call)
    {
        int dot = kerasPath.LastIndexOf('.');
        if (dot < 0 || !KerasModules.IsLayersModule(kerasPath[..dot]) && kerasPath[..dot] != "keras.layers.merge") return null;
        string function = kerasPath[(dot + 1)..];
        if (!MergeLayers.TryGetValue(function, out var className) || Session.LayerClass(className) is not { } layerClass) return null;

        Arg? inputs = null;
        var layerArgs = new List<Arg>(args.Count);
        foreach (var arg in args)
        {
            if (inputs is null && arg.Name is null or "inputs") inputs = arg;
            else layerArgs.Add(arg);
        }
        if (inputs is not { } given)
            return Invalid($"layers.{function}() needs the list of tensors to merge", call.Span, $"layers.{function}([a, b])");
        // dot(inputs, axes, normalize=False): the second positional argument is the layer's first.
        var layer = CreateLayer(layerClass, layerArgs, call, call.Callee.Span, className);
        if (layer is not LayerValue) return layer;
        return CallOnTensors(layer, [given with { Name = null }], call);
    }

    // ---- a functional model's attributes and methods ------------------------------------------------

    private PyValue FunctionalModelAttribute(ModelValue model, string name, TextSpan span)
    {
        var functional = model.State.Functional!;
        return name switch
        {
            "layers" => new PyList(FunctionalLayers(functional).Select(p => p.Value).ToList()),
            "name" => new PyStr(model.State.Name),
            "trainable" => PyBool.Of(functional.Trainable),
            "inputs" => new PyList(functional.Inputs.Select(t => (PyValue)new TensorValue(t, span)).ToList()),
            "outputs" => new PyList(functional.Outputs.Select(t => (PyValue)new TensorValue(t, span)).ToList()),
            "input" when functional.Inputs.Count == 1 => new TensorValue(functional.Inputs[0], span),
            "output" when functional.Outputs.Count == 1 => new TensorValue(functional.Outputs[0], span),
            _ => ModelMethods.Contains(name) ? new PyMethod(model, name) : NotRun(span),
        };
    }

    // Keras's model.layers of a functional model: its layers in summary order, the InputLayers included, each the
    // code's own object (so model.layers[1].trainable = False reaches the variable's layer). Operations (x + y,
    // ops.relu) are rows of the summary but not layers, as in Keras.
    private List<(Layer Layer, PyValue Value)> FunctionalLayers(Model model)
    {
        var layers = new List<(Layer, PyValue)>();
        foreach (var layer in GraphMap.Build(model.Inputs, model.Outputs).Operations)
            if (layer is not Operation)
                layers.Add((layer, Session.Objects.TryGetValue(layer, out var value) ? value : NotRun(default)));
        return layers;
    }

    private PyValue CallFunctionalModelMethod(ModelValue model, string name, IReadOnlyList<Arg> args, CallExpr call)
    {
        var state = model.State;
        var ctx = new CallContext(py, args, call, call.Span);
        switch (name)
        {
            case "summary":
                state.SummaryOrder = ++Session.SummaryCounter;
                state.LastRun = RunId;
                state.ShowTrainable = ctx.Get(4, "show_trainable") is { } show && PyOps.Truthy(show) == true;
                return PyNone.Instance;
            case "add" or "pop":
                Diagnostics.Error(call.Span, $"a functional model has no {name}(): its layers are the calls from its inputs to its outputs",
                    "call the new layer on the model's output and make a new keras.Model");
                return PyNone.Instance;
            case "get_layer":
                return GetFunctionalLayer(state.Functional!, ctx);
        }
        return NotRun(call.Span);
    }

    // Keras's Model.get_layer(name=None, index=None) on a functional model, whose layers include its inputs.
    private PyValue GetFunctionalLayer(Model model, CallContext ctx)
    {
        var layers = FunctionalLayers(model);
        var name = ctx.Get(0, "name");
        var index = ctx.Get(1, "index");
        if (name is PyUnknown) return name;
        if (index is PyUnknown) return index;
        if (index is not null and not PyNone)
        {
            if (PyOps.AsLong(index) is not { } i) return ctx.Invalid($"get_layer() index must be an integer, but it is {PyOps.Repr(index)}");
            if (i >= layers.Count || i < -layers.Count)
                return ctx.Invalid($"Was asked to retrieve layer at index {i} but model only has {layers.Count} layers.");
            return layers[(int)(i < 0 ? i + layers.Count : i)].Value;
        }
        if (name is not PyStr wanted) return ctx.Invalid("Provide either a layer name or layer index at `get_layer`.");
        // Named with the operations too: they take names from the same counters.
        var names = GraphNaming.Assign(model, GraphMap.Build(model.Inputs, model.Outputs).Operations).Scope.Names;
        foreach (var (layer, value) in layers)
            if (names.TryGetValue(layer, out var n) && n == wanted.Value) return value;
        string existing = string.Join(", ", layers.Select(l => PyOps.Repr(new PyStr(names.GetValueOrDefault(l.Layer, "?")))));
        return ctx.Invalid($"No such layer: {wanted.Value}. Existing layers are: [{existing}].");
    }
}
