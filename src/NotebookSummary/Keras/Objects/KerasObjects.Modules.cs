using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Objects;

// Keras's modules (keras, keras.layers, keras.applications, keras.ops, tf.keras, ...): what a path holds and what
// calling one of its functions does. Python's import binds a path; its attributes are answered here.
internal sealed partial class KerasObjects
{
    internal PyValue ModuleAttribute(PyModule module, string name)
    {
        // A deep model names the same few attributes line after line (layers.Conv2D, layers.BatchNormalization),
        // each name one string object from the lexer's name table: those are found by reference, before hashing.
        foreach (var recent in _recentAttributes)
            if (ReferenceEquals(recent.Name, name) && ReferenceEquals(recent.Module, module)) return recent.Value!;
        if (!module.Attributes.TryGetValue(name, out var value))
        {
            value = ResolveModuleAttribute(module, name);
            module.Attributes[name] = value;
        }
        _recentAttributes[_nextRecentAttribute] = (module, name, value);
        _nextRecentAttribute = (_nextRecentAttribute + 1) % _recentAttributes.Length;
        return value;
    }

    // Attributes are resolved once per module and never change, so a remembered one stays right.
    private readonly (PyModule? Module, string? Name, PyValue? Value)[] _recentAttributes = new (PyModule?, string?, PyValue?)[8];
    private int _nextRecentAttribute;

    private PyValue ResolveModuleAttribute(PyModule module, string name)
    {
        if (KerasPathOf(module) is { } keras)
        {
            if (name == "Sequential") return new ModelClassValue(ModelClassKind.Sequential);
            if (name == "Model")
                return new ModelClassValue(keras == KerasModules.ConvnetDrawer ? ModelClassKind.DrawerModel : ModelClassKind.Functional);
            if (Session.LayerClass(name) is { } layerClass) return layerClass;
            if (KerasModules.IsLayersModule(keras) && name.Length > 0 && char.IsUpper(name[0])) return new UnknownLayerClass(name);
        }
        return new PyModule(module.Path + "." + name);
    }

    /// <summary>Calls a function of a module: Keras backend settings are honoured, a few math helpers computed.</summary>
    internal PyValue CallModuleFunction(PyModule module, IReadOnlyList<Arg> args, CallExpr call)
    {
        var ctx = new CallContext(py, args, call, call.Span);
        string path = KerasPathOf(module) ?? module.Path;
        switch (path)
        {
            case "keras.backend.image_data_format":
            case "keras.config.image_data_format":
                return new PyStr(Session.ImageDataFormat);
            case "keras.backend.image_dim_ordering":
                return new PyStr(Session.ImageDataFormat == "channels_first" ? "th" : "tf");
            case "keras.backend.set_image_data_format":
            case "keras.config.set_image_data_format":
                if (ctx.Get(0, "data_format") is PyStr { Value: "channels_first" or "channels_last" } format)
                    Session.ImageDataFormat = format.Value;
                return PyNone.Instance;
            case "keras.backend.set_image_dim_ordering":
                if (ctx.Get(0, "dim_ordering") is PyStr { Value: "th" or "tf" } ordering)
                    Session.ImageDataFormat = ordering.Value == "th" ? "channels_first" : "channels_last";
                return PyNone.Instance;
            case "keras.backend.clear_session":
            case "keras.utils.clear_session":
                Session.DefaultModelNames = 0;
                return PyNone.Instance;
            case "keras.Input":
            case "keras.layers.Input":
                break;
        }
        if (KerasPathOf(module) is { } kerasPath && MergeFunction(kerasPath, args, call) is { } merged) return merged;
        // keras.applications.ResNet50(input_tensor=x) builds a model; its preprocess_input(x) is an operation.
        if (KerasPathOf(module) is { } app && app.StartsWith("keras.applications.", StringComparison.Ordinal)
            && module.LastName is not ("preprocess_input" or "decode_predictions")) return Application(app, args, call);
        if (OperationOnTensors(KerasPathOf(module) ?? module.Path, args, call) is { } operation) return operation;
        if (KerasPathOf(module) is null && MathFunctions.TryCall(module.Path, ctx, out var result)) return result;
        // ops.relu(z) where z already failed (and was reported): its value is that failure, not a second one.
        foreach (var arg in args)
            if (arg.Value is PyUnknown { Cause.Kind: UnknownKind.Reported } reported) return reported;
        return NotRun(call.Span);
    }
}
