using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax.Nodes;

/// <summary>A name: <c>model</c>, <c>Dense</c>.</summary>
internal sealed class NameExpr(TextSpan span, string name) : ExprNode(span)
{
    public string Name { get; } = name;
}

internal enum ConstantKind { None, True, False, Ellipsis }

/// <summary><c>None</c>, <c>True</c>, <c>False</c>, <c>...</c>.</summary>
internal sealed class ConstantExpr(TextSpan span, ConstantKind kind) : ExprNode(span)
{
    public ConstantKind Kind { get; } = kind;
}

/// <summary>
/// A literal whose value is the same every time it is evaluated: a number or a string. The tree is immutable except
/// for <see cref="Evaluated"/>, where the interpreter keeps the value the first time (a loop body makes it once; a
/// number too large to read is warned about once). Kept on the node rather than in a table beside it, so the value
/// lives exactly as long as the statement holding it (a function defined in one cell can be called in the next)
/// and costs a field rather than a table entry and a weak handle per literal.
/// </summary>
internal abstract class LiteralExpr(TextSpan span) : ExprNode(span)
{
    /// <summary>The interpreter's value of the literal once evaluated (a Python value; the syntax does not know the type).</summary>
    public object? Evaluated { get; set; }
}

/// <summary>
/// A number literal. <see cref="Int"/> is set for integers that fit 64 bits, <see cref="Float"/> for floats;
/// neither for an integer too large or an imaginary number (<see cref="Problem"/> says which).
/// </summary>
internal sealed class NumberExpr : LiteralExpr
{
    // One 64-bit field holds either value (a literal is one or the other): nodes are made per literal in the source.
    private readonly long _bits;
    private readonly NumberKind _kind;

    private enum NumberKind : byte { Problem, Int, Float }

    public NumberExpr(TextSpan span, long? integer, double? floating, string? problem) : base(span)
    {
        if (integer is { } i) (_kind, _bits) = (NumberKind.Int, i);
        else if (floating is { } d) (_kind, _bits) = (NumberKind.Float, BitConverter.DoubleToInt64Bits(d));
        Problem = problem;
    }

    public long? Int => _kind == NumberKind.Int ? _bits : null;
    public double? Float => _kind == NumberKind.Float ? BitConverter.Int64BitsToDouble(_bits) : null;
    public string? Problem { get; }
}

/// <summary>A string literal, adjacent literals already joined (<c>'a' "b"</c> is <c>'ab'</c>).</summary>
internal sealed class StringExpr(TextSpan span, string value) : LiteralExpr(span)
{
    public string Value { get; } = value;
}

/// <summary>
/// An f-string (possibly joined with plain literals): text parts and replacement fields. A field whose format
/// spec the reader does not handle makes the string's value unknown (harmless unless it names a layer).
/// </summary>
internal sealed class FStringExpr : ExprNode
{
    public FStringExpr(TextSpan span, IReadOnlyList<FStringPart> parts) : base(span)
    {
        Parts = parts;
        Depth = DepthOf(parts.Select(p => p.Field));
    }

    public IReadOnlyList<FStringPart> Parts { get; }
}

/// <summary>Literal text (<see cref="Field"/> null) or a replacement field <c>{expr!conv:spec}</c>.</summary>
internal sealed record FStringPart(string? Text, ExprNode? Field, char Conversion, string? FormatSpec);
