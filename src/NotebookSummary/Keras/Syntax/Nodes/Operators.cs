using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax.Nodes;

internal enum BinaryOperator
{
    Add, Subtract, Multiply, Divide, FloorDivide, Modulo, Power, MatrixMultiply,
    BitOr, BitXor, BitAnd, LeftShift, RightShift,
}

internal enum UnaryOperator { Plus, Minus, Invert, Not }

internal enum CompareOperator { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, In, NotIn, Is, IsNot }

/// <summary><c>a + b</c> and the other arithmetic and bitwise operators.</summary>
internal sealed class BinaryExpr : ExprNode
{
    public BinaryExpr(TextSpan span, BinaryOperator op, ExprNode left, ExprNode right) : base(span)
    {
        Operator = op;
        Left = left;
        Right = right;
        Depth = DepthOf(left, right);
    }

    public BinaryOperator Operator { get; }
    public ExprNode Left { get; }
    public ExprNode Right { get; }
}

/// <summary><c>-x</c>, <c>+x</c>, <c>~x</c>, <c>not x</c>.</summary>
internal sealed class UnaryExpr : ExprNode
{
    public UnaryExpr(TextSpan span, UnaryOperator op, ExprNode operand) : base(span)
    {
        Operator = op;
        Operand = operand;
        Depth = DepthOf(operand);
    }

    public UnaryOperator Operator { get; }
    public ExprNode Operand { get; }
}

/// <summary><c>a and b</c>, <c>a or b</c> (short-circuit).</summary>
internal sealed class BoolOpExpr : ExprNode
{
    public BoolOpExpr(TextSpan span, bool isAnd, ExprNode left, ExprNode right) : base(span)
    {
        IsAnd = isAnd;
        Left = left;
        Right = right;
        Depth = DepthOf(left, right);
    }

    public bool IsAnd { get; }
    public ExprNode Left { get; }
    public ExprNode Right { get; }
}

/// <summary>A comparison chain: <c>a &lt; b &lt;= c</c>, <c>x is not None</c>.</summary>
internal sealed class CompareExpr : ExprNode
{
    public CompareExpr(TextSpan span, ExprNode first, IReadOnlyList<CompareOperator> operators, IReadOnlyList<ExprNode> operands)
        : base(span)
    {
        First = first;
        Operators = operators;
        Operands = operands;
        Depth = Math.Max(first.Depth + 1, DepthOf(operands));
    }

    public ExprNode First { get; }
    public IReadOnlyList<CompareOperator> Operators { get; }
    public IReadOnlyList<ExprNode> Operands { get; }
}

/// <summary><c>a if condition else b</c>.</summary>
internal sealed class ConditionalExpr : ExprNode
{
    public ConditionalExpr(TextSpan span, ExprNode condition, ExprNode then, ExprNode otherwise) : base(span)
    {
        Condition = condition;
        Then = then;
        Otherwise = otherwise;
        Depth = DepthOf(condition, then, otherwise);
    }

    public ExprNode Condition { get; }
    public ExprNode Then { get; }
    public ExprNode Otherwise { get; }
}

/// <summary><c>name := value</c>.</summary>
internal sealed class NamedExpr : ExprNode
{
    public NamedExpr(TextSpan span, NameExpr target, ExprNode value) : base(span)
    {
        Target = target;
        Value = value;
        Depth = DepthOf(value);
    }

    public NameExpr Target { get; }
    public ExprNode Value { get; }
}

/// <summary><c>await x</c>, <c>yield x</c>: parsed, never evaluated (their value is unknown).</summary>
internal sealed class OpaqueExpr : ExprNode
{
    public OpaqueExpr(TextSpan span, string what, ExprNode? operand) : base(span)
    {
        What = what;
        Operand = operand;
        Depth = DepthOf(operand);
    }

    public string What { get; }
    public ExprNode? Operand { get; }
}
