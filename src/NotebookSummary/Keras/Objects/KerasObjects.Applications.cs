using System.Reflection;
using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

// keras.applications.ResNet50(...) and the other architectures: the arguments are bound to the C# API's method
// (Applications.ResNet50) and the model it builds is the code's functional model, called and frozen like any other.
internal sealed partial class KerasObjects
{
    /// <summary>A Keras Application called with <paramref name="args"/>: its model, or the reported reason why not.</summary>
    private PyValue Application(string kerasPath, IReadOnlyList<Arg> args, CallExpr call)
    {
        var signature = ApplicationSignature.Find(kerasPath, out var problem);
        if (signature is null)
            return Reported(call.Callee.Span, problem ?? $"'{Excerpt(call.Callee.Span)}' is not a Keras Application the reader knows",
                "the architectures are keras.applications.ResNet50, MobileNetV2, EfficientNetB0, ... (Keras's names)");
        if (Session.ImageDataFormat == "channels_first")
            return Reported(call.Callee.Span, $"{signature.Name}() is read with the channels_last data format only",
                "summarize it with keras.config.set_image_data_format(\"channels_last\")");

        var values = new object?[signature.Slots.Length];
        var set = new bool[values.Length];
        int position = 0;
        foreach (var arg in args)
        {
            ParameterSlot? slot;
            if (arg.Name is null)
            {
                if (position >= values.Length)
                    return Reported(arg.Span, $"{signature.Name}() takes at most {values.Length} positional arguments",
                        $"Keras's signature is {signature.Describe()}");
                slot = signature.Slots[position++];
            }
            else
            {
                slot = Array.Find(signature.Slots, s => s.KerasName == arg.Name);
                if (slot is null)
                    return Reported(arg.NameSpan, $"unknown argument '{arg.Name}' for {signature.Name}"
                        + DidYouMean.Suffix(DidYouMean.Suggest(arg.Name, signature.Slots.Select(s => s.KerasName))),
                        $"Keras's signature is {signature.Describe()}");
            }
            if (set[slot.Index])
                return Reported(arg.NameSpan, $"{signature.Name}() got multiple values for argument '{slot.KerasName}'");
            set[slot.Index] = true;
            if (!ApplicationArgument(signature, slot, arg, out values[slot.Index])) return Reported(call.Span);
        }
        for (int i = 0; i < values.Length; i++)
            if (!set[i]) values[i] = signature.Slots[i].Fallback;

        long before = CreationSequence.Next();
        Model model;
        try
        {
            model = (Model)signature.Method.Invoke(null, values)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is ApplicationArgumentException refused)
        {
            return Reported(call.Span, $"{signature.Name}(): {refused.Message}", refused.Hint);
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException shape)
        {
            // A size the architecture cannot take (its input too small for a later layer).
            return Reported(call.Span, $"{signature.Name}() cannot be built for this input: {shape.Message}",
                "give a larger input_shape");
        }
        // Each layer and each call takes a number: what the architecture built, charged as the code's own layers are.
        Budget.Charge(CreationSequence.Next() - before, call.Span);
        // The architecture's layers are objects of the code too (base.layers[i], get_layer): setting one's trainable
        // is then what it is for the code's own layers already called, a warning that the calls keep it as it was.
        foreach (var layer in Analysis.GraphMap.Build(model.Inputs, model.Outputs).Operations)
            Session.Objects.AddOrUpdate(layer, new LayerValue(layer));
        return FunctionalModelValue(model, model.Name!, call);
    }

    // One argument converted to its parameter's type: a tensor for input_tensor, else as layer arguments are.
    private bool ApplicationArgument(ApplicationSignature signature, ParameterSlot slot, Arg arg, out object? value)
    {
        value = null;
        string what = $"{signature.Name} argument '{slot.KerasName}'";
        if (ValueConverter.FindUnknown(arg.Value) is { } unknown)
        {
            ReportUnknown(unknown, arg.Span, what);
            return false;
        }
        if (slot.CoreType == typeof(KerasTensor))
        {
            if (arg.Value is PyNone) return true;
            value = Tensor(arg.Value);
            if (value is null) Diagnostics.Error(arg.Span, $"{what} must be a tensor (keras.Input(...)), but it is {PyOps.Repr(arg.Value)}");
            return value is not null;
        }
        bool isShape = slot.CoreType == typeof(Size);
        string expected = "";
        if ((isShape && arg.Value is not (PyTuple or PyList or PyNone))
            || !ValueConverter.TryConvert(arg.Value, slot.Type, slot.AcceptsNone, slot.KerasName == "classifier_activation",
                out value, out expected))
        {
            string wanted = expected is { Length: > 0 } ? expected : isShape ? "a tuple of integers" : ValueConverter.Describe(slot.Type);
            Diagnostics.Error(arg.Span, $"{what} must be {wanted}, but it is {PyOps.Repr(arg.Value)}",
                isShape && arg.Value is PyInt ? "write input_shape=(height, width, channels)" : null);
            return false;
        }
        return true;
    }

    private PyUnknown Reported(TextSpan span, string message, string? hint = null)
    {
        Diagnostics.Error(span, message, hint);
        return Reported(span);
    }

    private static PyUnknown Reported(TextSpan span) => new(new UnknownCause(UnknownKind.Reported, "", span));
}
