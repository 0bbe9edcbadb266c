using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax.Nodes;

/// <summary><c>target.name</c>.</summary>
internal sealed class AttributeExpr : ExprNode
{
    public AttributeExpr(TextSpan span, ExprNode target, string name) : base(span)
    {
        Target = target;
        Name = name;
        Depth = DepthOf(target);
    }

    public ExprNode Target { get; }
    public string Name { get; }

    /// <summary>Where the name is written: it ends the expression, and it is written as it reads (names are not normalized).</summary>
    public TextSpan NameSpan => new(Span.End - Name.Length, Name.Length);
}

/// <summary><c>target[index]</c>; a slice index is a <see cref="SliceExpr"/>, several indices a tuple.</summary>
internal sealed class SubscriptExpr : ExprNode
{
    public SubscriptExpr(TextSpan span, ExprNode target, ExprNode index) : base(span)
    {
        Target = target;
        Index = index;
        Depth = DepthOf(target, index);
    }

    public ExprNode Target { get; }
    public ExprNode Index { get; }
}

/// <summary><c>lower:upper:step</c> inside a subscript.</summary>
internal sealed class SliceExpr : ExprNode
{
    public SliceExpr(TextSpan span, ExprNode? lower, ExprNode? upper, ExprNode? step) : base(span)
    {
        Lower = lower;
        Upper = upper;
        Step = step;
        Depth = DepthOf(lower, upper, step);
    }

    public ExprNode? Lower { get; }
    public ExprNode? Upper { get; }
    public ExprNode? Step { get; }
}

internal enum ArgumentKind { Positional, Keyword, Star, DoubleStar }

/// <summary>One argument of a call: <c>x</c>, <c>name=x</c>, <c>*x</c> or <c>**x</c>.</summary>
internal readonly struct Argument
{
    // Where the keyword, '*' or '**' starts; its length follows from the kind and the name (names are written as
    // they read), so an argument holds one offset rather than a span (calls are made per line of a model).
    private readonly int _nameStart;

    /// <param name="nameSpan">The keyword, the '*' or '**', or (positional) the value.</param>
    public Argument(ArgumentKind kind, string? name, TextSpan nameSpan, ExprNode value)
    {
        Kind = kind;
        Name = name;
        _nameStart = nameSpan.Start;
        Value = value;
    }

    public ArgumentKind Kind { get; }
    public string? Name { get; }
    public ExprNode Value { get; }

    /// <summary>Where the keyword is written (the '*' or '**' for unpacking, the value for a positional argument).</summary>
    public TextSpan NameSpan => Kind switch
    {
        ArgumentKind.Keyword => new TextSpan(_nameStart, Name!.Length),
        ArgumentKind.Star => new TextSpan(_nameStart, 1),
        ArgumentKind.DoubleStar => new TextSpan(_nameStart, 2),
        _ => Value.Span,
    };

    /// <summary>The whole argument, keyword included.</summary>
    public TextSpan Span => Kind == ArgumentKind.Keyword ? TextSpan.Cover(NameSpan, Value.Span) : Value.Span;
}

/// <summary><c>callee(arguments)</c>.</summary>
internal sealed class CallExpr : ExprNode
{
    // An array, not a list: its depth is read here per argument, directly rather than through the interface.
    public CallExpr(TextSpan span, ExprNode callee, Argument[] arguments) : base(span)
    {
        Callee = callee;
        Arguments = arguments;
        int max = callee.Depth;
        foreach (var argument in arguments) max = Math.Max(max, argument.Value.Depth);
        Depth = max + 1;
    }

    public ExprNode Callee { get; }
    public IReadOnlyList<Argument> Arguments { get; }
}
