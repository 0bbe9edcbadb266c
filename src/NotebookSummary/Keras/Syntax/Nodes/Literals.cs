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
/// A number literal. <see cref="Int"/> is set for integers that fit 64 bits, <see cref="Float"/> for floats;
/// neither for an integer too large or an imaginary number (<see cref="Problem"/> says which).
/// </summary>
internal sealed class NumberExpr(TextSpan span, long? integer, double? floating, string? problem) : ExprNode(span)
{
    public long? Int { get; } = integer;
    public double? Float { get; } = floating;
    public string? Problem { get; } = problem;
}

/// <summary>A string literal, adjacent literals already joined (<c>'a' "b"</c> is <c>'ab'</c>).</summary>
internal sealed class StringExpr(TextSpan span, string value) : ExprNode(span)
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
