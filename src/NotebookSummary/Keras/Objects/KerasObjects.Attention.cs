using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Objects;

// MultiHeadAttention is called on separate tensors, not on one tensor or a list: mha(query, value, key=None), each by
// position or by keyword. Other keywords (attention_mask aside) change neither shapes nor weights.
internal sealed partial class KerasObjects
{
    private static readonly string[] AttentionTensors = ["query", "value", "key"];

    private PyValue CallAttention(MultiHeadAttention layer, PyValue callee, IReadOnlyList<Arg> args, CallExpr call)
    {
        var given = new KerasTensor?[3];
        int position = 0;
        foreach (var arg in args)
        {
            int slot = arg.Name is null ? position++ : Array.IndexOf(AttentionTensors, arg.Name);
            if (arg.Name is null && slot >= 3)
                return Invalid("MultiHeadAttention takes at most 3 positional tensors (query, value, key)", arg.Span,
                    "pass the others by keyword, e.g. attention_mask=...");
            if (slot < 0)
            {
                if (arg.Name == "attention_mask" && HoldsTensor(arg.Value))
                    return Invalid("the tensor given as 'attention_mask=' is not read yet", arg.NameSpan,
                        "a mask changes neither shapes nor weights: leave it out to read the model");
                if (arg.Name == "return_attention_scores" && PyOps.Truthy(arg.Value) != false)
                    return Invalid("return_attention_scores=True (a second output) is not read yet", arg.NameSpan);
                continue; // training=, use_causal_mask=, return_attention_scores=False ...
            }
            if (given[slot] is not null)
                return Invalid($"MultiHeadAttention got '{AttentionTensors[slot]}' twice", arg.Span);
            if (Tensor(arg.Value) is not { } tensor) return Problem(arg.Value, arg.Span);
            given[slot] = tensor;
        }
        if (given[0] is not { } query || given[1] is not { } value)
            return Invalid("MultiHeadAttention is called on a query and a value", call.Span,
                "write mha(query, value), or mha(x, x) for self-attention");
        var output = layer.Call(query, value, given[2]);
        Session.Objects.AddOrUpdate(layer, callee);
        return Outputs(layer, output, call.Span);
    }
}
