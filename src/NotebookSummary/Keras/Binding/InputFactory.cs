using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// The model input in its Keras spellings: <c>keras.Input(shape=(28, 28, 1))</c>, <c>Input((28, 28, 1))</c>,
/// <c>InputLayer(input_shape=...)</c>, <c>Input(batch_shape=(32, 10))</c>; also convnet_drawer's
/// <c>Model(input_shape=...)</c> and <c>model.build((None, 28, 28, 1))</c>.
/// </summary>
internal static class InputFactory
{
    private static readonly string[] Accepted =
        ["shape", "input_shape", "batch_size", "batch_shape", "batch_input_shape", "name", "dtype", "sparse", "tensor",
         "input_tensor", "ragged", "type_spec", "optional"];

    public static Layer? Create(IBindingContext it, Type type, string written, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan)
    {
        Arg? shape = null, batchShape = null, batchSize = null, name = null;
        bool failed = false;
        int positional = 0;
        foreach (var arg in args)
        {
            string keyword = arg.Name ?? (positional++ switch { 0 => "shape", 1 => "batch_size", _ => "" });
            switch (keyword)
            {
                case "":
                    it.Diagnostics.Error(arg.Span, $"{written}() takes at most 2 positional arguments (shape, batch_size)",
                        "pass the others by keyword");
                    failed = true;
                    break;
                case "shape" or "input_shape":
                    shape = arg;
                    break;
                case "batch_shape" or "batch_input_shape":
                    batchShape = arg;
                    break;
                case "batch_size":
                    batchSize = arg;
                    break;
                case "name":
                    name = arg;
                    break;
                case "**":
                    if (arg.Value is PyUnknown u) it.ReportUnknown(u, arg.Span, $"{written} arguments");
                    failed = true;
                    break;
                default:
                    if (Array.IndexOf(Accepted, keyword) >= 0 || KerasArguments.DisplayOnly.Contains(keyword)) break;
                    it.Diagnostics.Error(arg.NameSpan, $"unknown argument '{keyword}' for {written}{DidYouMean.Suffix(DidYouMean.Suggest(keyword, Accepted))}");
                    failed = true;
                    break;
            }
        }

        Size? sampleShape = null;
        int? batch = null;
        if (batchShape is { } bs)
        {
            if (ShapeOf(it, written, bs) is { } dims)
            {
                if (dims.Values.Count < 2)
                {
                    it.Diagnostics.Error(bs.Span, $"{written} argument '{bs.Name}' must hold the batch size first, e.g. (None, 28, 28, 1)");
                    failed = true;
                }
                else
                {
                    batch = dims.Values[0];
                    sampleShape = Size.Tuple(dims.Values.Skip(1));
                }
            }
            else failed = true;
        }
        if (shape is { } s)
        {
            if (ShapeOf(it, written, s) is { } dims) sampleShape = dims;
            else failed = true;
        }
        if (batchSize is { } b)
        {
            if (b.Value is PyUnknown u)
            {
                it.ReportUnknown(u, b.Span, $"{written} argument 'batch_size'");
                failed = true;
            }
            else if (b.Value is not PyNone)
            {
                if (ValueConverter.TryConvert(b.Value, typeof(int), false, false, out var n, out var expected)) batch = (int)n!;
                else
                {
                    it.Diagnostics.Error(b.Span, $"{written} argument 'batch_size' must be {(expected.Length > 0 ? expected : "an integer")}, but it is {PyOps.Repr(b.Value)}",
                        ValueConverter.HintFor(expected));
                    failed = true;
                }
            }
        }
        string? layerName = null;
        if (name is { } nm && nm.Value is not PyNone)
        {
            if (nm.Value is PyStr str) layerName = str.Value;
            else if (nm.Value is PyUnknown u)
            {
                it.ReportUnknown(u, nm.Span, $"{written} argument 'name'");
                failed = true;
            }
            else
            {
                it.Diagnostics.Error(nm.Span, $"{written} argument 'name' must be a string, but it is {PyOps.Repr(nm.Value)}");
                failed = true;
            }
        }
        if (failed) return null;
        if (sampleShape is null)
        {
            it.Diagnostics.Error(calleeSpan, $"{written}() is missing its 'shape' argument", $"write {written}(shape=(28, 28, 1)) with the shape of one sample");
            return null;
        }
        Layer input = type == typeof(InputLayer) ? new InputLayer(sampleShape.Value.Values.ToArray()) : Input.FromShape(sampleShape.Value);
        // Layers are immutable: the settings the constructor does not take make a copy, before anything sees the input.
        return input.With(input.Settings with
        {
            BatchSize = batch ?? input.BatchSize, Name = layerName ?? input.Name, Source = it.Locate(call.Span),
        });
    }

    private static Size? ShapeOf(IBindingContext it, string written, Arg arg)
    {
        if (ValueConverter.FindUnknown(arg.Value) is { } unknown)
        {
            it.ReportUnknown(unknown, arg.Span, $"{written} argument '{arg.Name ?? "shape"}'");
            return null;
        }
        string expected = "";
        if (arg.Value is (PyTuple or PyList) && ValueConverter.TryConvert(arg.Value, typeof(Size), false, false, out var size, out expected))
            return (Size)size!;
        string? hint = arg.Value is PyInt n ? $"write {arg.Name ?? "shape"}=({n.Value},) — the comma makes it a tuple" : ValueConverter.HintFor(expected);
        string wanted = expected.Length > 0 ? expected : "a tuple of integers";
        it.Diagnostics.Error(arg.Span, $"{written} argument '{arg.Name ?? "shape"}' must be {wanted}, but it is {PyOps.Repr(arg.Value)}", hint);
        return null;
    }

    /// <summary>The Input of convnet_drawer's <c>Model(input_shape=...)</c>.</summary>
    public static Layer? FromShape(IBindingContext it, PyValue value, TextSpan valueSpan, TextSpan callSpan)
    {
        var size = ShapeOf(it, "Model", new Arg("input_shape", value, valueSpan, valueSpan));
        if (size is null) return null;
        var input = Input.FromShape(size.Value);
        return input.With(input.Settings with { Source = it.Locate(callSpan) });
    }

    /// <summary>The Input that <c>model.build((None, 28, 28, 1))</c> gives a model: batch first.</summary>
    public static Layer? FromBatchShape(IBindingContext it, PyValue value, TextSpan callSpan)
    {
        if (ValueConverter.FindUnknown(value) is { } unknown)
        {
            it.ReportUnknown(unknown, callSpan, "model.build() argument 'input_shape'");
            return null;
        }
        if (value is not (PyTuple or PyList) || !ValueConverter.TryConvert(value, typeof(Size), false, false, out var size, out _)
            || ((Size)size!).Values.Count < 2)
        {
            it.Diagnostics.Error(callSpan, $"model.build() needs a shape with the batch first, e.g. (None, 28, 28, 1), but got {PyOps.Repr(value)}");
            return null;
        }
        var dims = ((Size)size!).Values;
        var input = Input.FromShape(Size.Tuple(dims.Skip(1)));
        return input.With(input.Settings with { BatchSize = dims[0], Source = it.Locate(callSpan) });
    }
}
