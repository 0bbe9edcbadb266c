using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax.Nodes;

/// <summary>An expression used as a statement: <c>model.add(Dense(10))</c>.</summary>
internal sealed class ExprStmt(TextSpan span, ExprNode expression) : StmtNode(span)
{
    public ExprNode Expression { get; } = expression;
}

/// <summary><c>a = b = value</c> (targets may be tuples, attributes, subscripts).</summary>
internal sealed class AssignStmt(TextSpan span, IReadOnlyList<ExprNode> targets, ExprNode value) : StmtNode(span)
{
    public IReadOnlyList<ExprNode> Targets { get; } = targets;
    public ExprNode Value { get; } = value;
}

/// <summary><c>x += value</c>.</summary>
internal sealed class AugAssignStmt(TextSpan span, ExprNode target, BinaryOperator op, ExprNode value) : StmtNode(span)
{
    public ExprNode Target { get; } = target;
    public BinaryOperator Operator { get; } = op;
    public ExprNode Value { get; } = value;
}

/// <summary><c>x: int = value</c> (the annotation is ignored).</summary>
internal sealed class AnnAssignStmt(TextSpan span, ExprNode target, ExprNode? value) : StmtNode(span)
{
    public ExprNode Target { get; } = target;
    public ExprNode? Value { get; } = value;
}

/// <summary><c>pass</c>, <c>break</c>, <c>continue</c>.</summary>
internal sealed class KeywordStmt(TextSpan span, TokenKind keyword) : StmtNode(span)
{
    public TokenKind Keyword { get; } = keyword;
}

/// <summary><c>return value</c>.</summary>
internal sealed class ReturnStmt(TextSpan span, ExprNode? value) : StmtNode(span)
{
    public ExprNode? Value { get; } = value;
}

/// <summary><c>raise</c>, <c>del</c>, <c>global</c>, <c>nonlocal</c>, <c>assert</c> (Keyword says which).</summary>
internal sealed class SimpleStmt(TextSpan span, TokenKind keyword, IReadOnlyList<ExprNode> operands, IReadOnlyList<string> names)
    : StmtNode(span)
{
    public TokenKind Keyword { get; } = keyword;
    public IReadOnlyList<ExprNode> Operands { get; } = operands;
    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>An IPython line such as <c>%matplotlib inline</c>.</summary>
internal sealed class MagicStmt(TextSpan span) : StmtNode(span);

/// <summary>One imported name: the dotted module or name, what it is bound to, and where it was written.</summary>
internal sealed record ImportedName(string Name, string? AsName, TextSpan Span);

/// <summary><c>import a.b as c, d</c>.</summary>
internal sealed class ImportStmt(TextSpan span, IReadOnlyList<ImportedName> modules) : StmtNode(span)
{
    public IReadOnlyList<ImportedName> Modules { get; } = modules;
}

/// <summary><c>from module import a as b, c</c> or <c>from module import *</c> (Names empty).</summary>
internal sealed class FromImportStmt(TextSpan span, string module, int level, IReadOnlyList<ImportedName> names, bool star)
    : StmtNode(span)
{
    public string Module { get; } = module;
    /// <summary>Leading dots of a relative import.</summary>
    public int Level { get; } = level;
    public IReadOnlyList<ImportedName> Names { get; } = names;
    public bool Star { get; } = star;
}

/// <summary><c>if</c> / <c>elif</c> branches and the <c>else</c> block.</summary>
internal sealed class IfStmt(TextSpan span, IReadOnlyList<(ExprNode Condition, IReadOnlyList<StmtNode> Body)> branches,
    IReadOnlyList<StmtNode>? otherwise) : StmtNode(span)
{
    public IReadOnlyList<(ExprNode Condition, IReadOnlyList<StmtNode> Body)> Branches { get; } = branches;
    public IReadOnlyList<StmtNode>? Else { get; } = otherwise;
}

/// <summary><c>for target in iterable: ... else: ...</c>.</summary>
internal sealed class ForStmt(TextSpan span, ExprNode target, ExprNode iterable, IReadOnlyList<StmtNode> body,
    IReadOnlyList<StmtNode>? otherwise) : StmtNode(span)
{
    public ExprNode Target { get; } = target;
    public ExprNode Iterable { get; } = iterable;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<StmtNode>? Else { get; } = otherwise;
}

/// <summary><c>while condition: ... else: ...</c>.</summary>
internal sealed class WhileStmt(TextSpan span, ExprNode condition, IReadOnlyList<StmtNode> body,
    IReadOnlyList<StmtNode>? otherwise) : StmtNode(span)
{
    public ExprNode Condition { get; } = condition;
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<StmtNode>? Else { get; } = otherwise;
}

/// <summary><c>with a as b, c: ...</c>.</summary>
internal sealed class WithStmt(TextSpan span, IReadOnlyList<(ExprNode Context, ExprNode? Target)> items,
    IReadOnlyList<StmtNode> body) : StmtNode(span)
{
    public IReadOnlyList<(ExprNode Context, ExprNode? Target)> Items { get; } = items;
    public IReadOnlyList<StmtNode> Body { get; } = body;
}

/// <summary><c>try</c> with its handlers, <c>else</c> and <c>finally</c> blocks.</summary>
internal sealed class TryStmt(TextSpan span, IReadOnlyList<StmtNode> body, IReadOnlyList<IReadOnlyList<StmtNode>> handlers,
    IReadOnlyList<StmtNode>? otherwise, IReadOnlyList<StmtNode>? final) : StmtNode(span)
{
    public IReadOnlyList<StmtNode> Body { get; } = body;
    public IReadOnlyList<IReadOnlyList<StmtNode>> Handlers { get; } = handlers;
    public IReadOnlyList<StmtNode>? Else { get; } = otherwise;
    public IReadOnlyList<StmtNode>? Finally { get; } = final;
}

/// <summary><c>def name(params): body</c>.</summary>
internal sealed class FunctionDefStmt(TextSpan span, string name, TextSpan nameSpan, IReadOnlyList<Parameter> parameters,
    IReadOnlyList<StmtNode> body) : StmtNode(span)
{
    public string Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;
    public IReadOnlyList<Parameter> Parameters { get; } = parameters;
    public IReadOnlyList<StmtNode> Body { get; } = body;
}

/// <summary><c>class Name(bases): body</c>: the reader binds the name but does not run the body.</summary>
internal sealed class ClassDefStmt(TextSpan span, string name, TextSpan nameSpan, IReadOnlyList<Argument> bases) : StmtNode(span)
{
    public string Name { get; } = name;
    public TextSpan NameSpan { get; } = nameSpan;

    /// <summary>What is written between the parentheses: the base classes (and keywords such as <c>metaclass=</c>).</summary>
    public IReadOnlyList<Argument> Bases { get; } = bases;
}
