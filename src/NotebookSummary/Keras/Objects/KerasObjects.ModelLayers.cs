using NotebookSummary.Analysis;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Objects;

// The model methods that reach one layer: model.pop() and model.get_layer(). Both see Keras's model.layers, which
// leaves the Input out, so an explicit keras.Input(...) never shifts an index or becomes the layer popped.
internal sealed partial class KerasObjects
{
    private PyValue PopLayer(ModelState state, CallExpr call)
    {
        state.LastRun = RunId;
        if (state.KerasLayers.Count == 0)
        {
            // A statement's value is dropped, so the problem is said here rather than carried in the result.
            Diagnostics.Warning(call.Span, "model.pop(): there are no layers in the model",
                "Python would stop here with an error (Keras 2: TypeError, Keras 3: IndexError)");
            return new PyUnknown(new UnknownCause(UnknownKind.Reported, "", call.Span));
        }
        var layer = state.Layers[^1];
        state.Layers.RemoveAt(state.Layers.Count - 1);
        return layer;
    }

    // Keras's Model.get_layer(name=None, index=None), with its messages.
    private static PyValue GetLayer(ModelState state, CallContext ctx)
    {
        var layers = state.KerasLayers;
        var name = ctx.Get(0, "name");
        var index = ctx.Get(1, "index");
        if (name is PyUnknown) return name;
        if (index is PyUnknown) return index;
        if (name is PyNone) name = null;
        if (index is PyNone) index = null;
        if (name is not null && index is not null)
            return ctx.Invalid($"Provide only a layer name or a layer index. Received: index={PyOps.Str(index)}, name={PyOps.Str(name)}.");
        if (index is not null)
        {
            if (PyOps.AsLong(index) is not { } i) return ctx.Invalid($"get_layer() index must be an integer, but it is {PyOps.Repr(index)}");
            if (layers.Count <= i)
                return ctx.Invalid($"Was asked to retrieve layer at index {i} but model only has {layers.Count} layers.");
            // A negative index counts from the end, as the list's own indexing does in Keras.
            if (i < -layers.Count) return ctx.Invalid("list index out of range");
            return layers[(int)(i < 0 ? i + layers.Count : i)];
        }
        if (name is PyStr wanted)
        {
            var names = LayerNaming.Assign(state.Layers.Select(v => v.Layer).ToList());
            foreach (var value in layers)
                if (names[value.Layer] == wanted.Value) return value;
            string existing = string.Join(", ", layers.Select(v => PyOps.Repr(new PyStr(names[v.Layer]))));
            return ctx.Invalid($"No such layer: {wanted.Value}. Existing layers are: [{existing}].");
        }
        if (name is not null) return ctx.Invalid($"get_layer() name must be a string, but it is {PyOps.Repr(name)}");
        return ctx.Invalid("Provide either a layer name or layer index at `get_layer`.");
    }
}
