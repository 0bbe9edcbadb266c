using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax.Nodes;

internal enum CollectionKind { Tuple, List, Set }

/// <summary>A tuple, list or set display: <c>(1, 2)</c>, <c>[a, *b]</c>, <c>{1, 2}</c>.</summary>
internal sealed class CollectionExpr : ExprNode
{
    public CollectionExpr(TextSpan span, CollectionKind kind, IReadOnlyList<ExprNode> items) : base(span)
    {
        Kind = kind;
        Items = items;
        Depth = DepthOf(items);
    }

    public CollectionKind Kind { get; }
    public IReadOnlyList<ExprNode> Items { get; }
}

/// <summary>A dict display; a null key marks <c>**mapping</c>.</summary>
internal sealed class DictExpr : ExprNode
{
    public DictExpr(TextSpan span, IReadOnlyList<(ExprNode? Key, ExprNode Value)> entries) : base(span)
    {
        Entries = entries;
        Depth = DepthOf(entries.SelectMany(e => new[] { e.Key, e.Value }));
    }

    public IReadOnlyList<(ExprNode? Key, ExprNode Value)> Entries { get; }
}

/// <summary><c>*x</c> in a display, a call or an assignment target.</summary>
internal sealed class StarredExpr : ExprNode
{
    public StarredExpr(TextSpan span, ExprNode value) : base(span)
    {
        Value = value;
        Depth = DepthOf(value);
    }

    public ExprNode Value { get; }
}

/// <summary>One <c>for target in iterable</c> clause of a comprehension, with its <c>if</c> filters.</summary>
internal sealed record ComprehensionClause(ExprNode Target, ExprNode Iterable, IReadOnlyList<ExprNode> Conditions);

internal enum ComprehensionKind { List, Set, Dict, Generator }

/// <summary><c>[x for x in xs if x]</c>, set, dict and generator forms.</summary>
internal sealed class ComprehensionExpr : ExprNode
{
    public ComprehensionExpr(TextSpan span, ComprehensionKind kind, ExprNode element, ExprNode? value,
        IReadOnlyList<ComprehensionClause> clauses) : base(span)
    {
        Kind = kind;
        Element = element;
        Value = value;
        Clauses = clauses;
        Depth = DepthOf(clauses.SelectMany(c => c.Conditions.Append(c.Iterable).Append(c.Target)).Append(element).Append(value));
    }

    public ComprehensionKind Kind { get; }
    /// <summary>The element, or the key of a dict comprehension.</summary>
    public ExprNode Element { get; }
    /// <summary>The value of a dict comprehension.</summary>
    public ExprNode? Value { get; }
    public IReadOnlyList<ComprehensionClause> Clauses { get; }
}

/// <summary><c>lambda params: body</c>.</summary>
internal sealed class LambdaExpr : ExprNode
{
    public LambdaExpr(TextSpan span, IReadOnlyList<Parameter> parameters, ExprNode body) : base(span)
    {
        Parameters = parameters;
        Body = body;
        Depth = DepthOf(parameters.Select(p => p.Default).Append(body));
    }

    public IReadOnlyList<Parameter> Parameters { get; }
    public ExprNode Body { get; }
}

internal enum ParameterKind { Normal, KeywordOnly, VarPositional, VarKeyword }

/// <summary>A parameter of a <c>def</c> or <c>lambda</c>.</summary>
internal sealed record Parameter(string Name, TextSpan Span, ParameterKind Kind, ExprNode? Default);
