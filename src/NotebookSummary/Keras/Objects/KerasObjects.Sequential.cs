using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

// Sequential models and their methods, and the layers a layer class creates.
internal sealed partial class KerasObjects
{
    // ---- models ------------------------------------------------------------------------------------

    internal PyValue CreateModel(ModelClassKind kind, IReadOnlyList<Arg> args, CallExpr call)
    {
        if (kind == ModelClassKind.Functional) return CreateFunctionalModel(args, call);
        PyValue? layers = null, name = null, inputShape = null;
        int positional = 0;
        foreach (var arg in args)
        {
            string? keyword = arg.Name ?? (kind == ModelClassKind.Sequential
                ? positional++ switch { 0 => "layers", 1 => "name", _ => "?" }
                : positional++ switch { 0 => "input_shape", _ => "?" });
            switch (keyword)
            {
                case "layers" when kind == ModelClassKind.Sequential: layers = arg.Value; break;
                case "input_shape" when kind == ModelClassKind.DrawerModel: inputShape = arg.Value; break;
                case "name": name = arg.Value; break;
                case "trainable": break;
                case "?":
                    Diagnostics.Error(arg.Span, $"{(kind == ModelClassKind.Sequential ? "Sequential" : "Model")}() takes at most {(kind == ModelClassKind.Sequential ? 2 : 1)} positional arguments");
                    break;
                default:
                    var known = kind == ModelClassKind.Sequential ? new[] { "layers", "name", "trainable" } : ["input_shape", "name"];
                    Diagnostics.Error(arg.NameSpan,
                        $"unknown argument '{keyword}' for {(kind == ModelClassKind.Sequential ? "Sequential" : "Model")}{DidYouMean.Suffix(DidYouMean.Suggest(keyword, known))}");
                    break;
            }
        }

        string modelName;
        if (name is PyStr s) modelName = s.Value;
        else
        {
            if (name is not null and not PyNone)
                Diagnostics.Error(args.First(a => a.Value == name).Span, $"the model name must be a string, but it is {PyOps.Repr(name)}");
            modelName = Session.DefaultModelNames == 0 ? "sequential" : $"sequential_{Session.DefaultModelNames}";
            Session.DefaultModelNames++;
        }
        var state = new ModelState(modelName, Source.Location(call.Span), Session.Models.Count) { LastRun = RunId };
        Session.Models.Add(state);
        var model = new ModelValue(state);

        if (inputShape is not null)
        {
            var input = InputFactory.FromShape(this, inputShape, args.First(a => a.Value == inputShape).Span, call.Span);
            if (input is not null) AddLayer(state, new LayerValue(input), call.Span);
            else state.Broken = true;
        }
        if (layers is not null and not PyNone)
        {
            var span = args.First(a => a.Value == layers).Span;
            if (layers is PyUnknown unknown)
            {
                ReportUnknown(unknown, span, "the layers of Sequential()");
                state.Broken = true;
            }
            else if (Materialize(layers, span) is { } items)
            {
                // Each layer written in the list is reported at its own position.
                TextSpan[]? spans = null;
                foreach (var a in call.Arguments)
                    if (a.Kind == ArgumentKind.Positional || a.Name == "layers")
                    {
                        if (a.Value is CollectionExpr list) spans = list.Items.Select(i => i.Span).ToArray();
                        break;
                    }
                int index = 0;
                foreach (var item in items)
                {
                    AddLayer(state, item, spans is not null && index < spans.Length ? spans[index] : span);
                    index++;
                }
            }
            else
            {
                Diagnostics.Error(span, $"Sequential() takes a list of layers, but got {PyOps.Repr(layers)}");
                state.Broken = true;
            }
        }
        return model;
    }

    internal PyValue CallModelMethod(ModelValue model, string name, IReadOnlyList<Arg> args, CallExpr call)
    {
        var state = model.State;
        if (state.Functional is not null) return CallFunctionalModelMethod(model, name, args, call);
        switch (name)
        {
            case "add":
            {
                for (int i = 0; i < args.Count; i++)
                {
                    var arg = args[i];
                    if (arg.Name is null or "layer")
                    {
                        AddLayer(state, arg.Value, arg.Span);
                        return PyNone.Instance;
                    }
                }
                Diagnostics.Error(call.Span, "model.add() is missing its 'layer' argument");
                return PyNone.Instance;
            }
            case "pop":
                return PopLayer(state, call);
            case "get_layer":
                return GetLayer(state, new CallContext(py, args, call, call.Span));
            case "summary":
                state.SummaryOrder = ++Session.SummaryCounter;
                state.LastRun = RunId;
                // Keras's summary(line_length, positions, print_fn, expand_nested, show_trainable, layer_range).
                state.ShowTrainable = new CallContext(py, args, call, call.Span).Get(4, "show_trainable") is { } show
                                      && PyOps.Truthy(show) == true;
                return PyNone.Instance;
            case "build":
                BuildModel(state, new CallContext(py, args, call, call.Span).Get(0, "input_shape"), call);
                return PyNone.Instance;
        }
        return NotRun(call.Span);
    }

    // model.build(input_shape): gives the first layer its input when the code did not.
    private void BuildModel(ModelState state, PyValue? shape, CallExpr call)
    {
        if (shape is null or PyNone) return;
        if (state.Layers.Count == 0 || state.Layers[0].Layer is Input || state.Layers[0].Layer.DeclaredInputShape() is not null) return;
        var input = InputFactory.FromBatchShape(this, shape, call.Span);
        if (input is null) return;
        state.Layers.Insert(0, new LayerValue(input));
        state.LastRun = RunId;
    }

    /// <summary>Adds a value to a model as a layer, or reports why it is not one.</summary>
    private void AddLayer(ModelState state, PyValue value, TextSpan span)
    {
        state.LastRun = RunId;
        switch (value)
        {
            case LayerValue layer:
                if (!state.Broken) state.Layers.Add(layer);
                return;
            case PyUnknown unknown:
                ReportUnknown(unknown, span, "the layer");
                break;
            case LayerClassValue c:
                Diagnostics.Error(span, $"a layer class was given where a layer is expected: write {c.KerasName}(...) with its arguments");
                break;
            case ModelValue { State: { Functional: null, Layers.Count: 0 } }:
                Diagnostics.Error(span, "an empty Sequential cannot be a layer: it has no layers yet", "add its layers first");
                break;
            case ModelValue inner when !ReferenceEquals(inner.State, state):
                // Sequential([base_model, Dense(...)]): the model as one layer, as it is now (a later
                // base_model.trainable = False does not reach it; WarnIfAlreadyCalled cannot see this use).
                if (!state.Broken) state.Layers.Add(new LayerValue(inner.State.Functional?.AsLayer ?? inner.State.AsLayer()));
                return;
            case ModelValue:
                Diagnostics.Error(span, "a model cannot be added to itself");
                break;
            default:
                Diagnostics.Error(span, $"expected a layer, but got {PyOps.Repr(value)}");
                break;
        }
        state.Broken = true;
    }

    internal PyValue CreateLayer(LayerClassValue layerClass, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan, string? written = null)
    {
        if (++_layersCreated > ReaderLimits.MaxLayers)
            throw new ReaderStopException($"stopped: the code creates more than {KerasNumbers.Count(ReaderLimits.MaxLayers)} layers", call.Span);
        written ??= call.Callee switch
        {
            NameExpr n => n.Name,
            AttributeExpr a => a.Name,
            _ => layerClass.KerasName,
        };
        var layer = LayerFactory.Create(this, layerClass.Binding, written, args, call, calleeSpan);
        if (layer is null) return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
        var value = new LayerValue(layer);
        if (layer is Wrapper wrapper)
            for (int i = 0; i < args.Count; i++)
                if (args[i].Value is LayerValue part && wrapper.Shares(part.Layer)) part.SharedBy(value);
        return value;
    }
}
