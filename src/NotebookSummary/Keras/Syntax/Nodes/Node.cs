using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax.Nodes;

/// <summary>A node of the syntax tree, with the span of source it was read from.</summary>
internal abstract class Node(TextSpan span)
{
    public TextSpan Span { get; } = span;
}

/// <summary>An expression. <see cref="Depth"/> is the height of its tree, bounded by the parser.</summary>
internal abstract class ExprNode(TextSpan span) : Node(span)
{
    public int Depth { get; protected init; } = 1;

    protected static int DepthOf(ExprNode? a, ExprNode? b = null, ExprNode? c = null) =>
        1 + Math.Max(a?.Depth ?? 0, Math.Max(b?.Depth ?? 0, c?.Depth ?? 0));

    protected static int DepthOf(IReadOnlyList<ExprNode> children)
    {
        int max = 0;
        for (int i = 0; i < children.Count; i++) max = Math.Max(max, children[i].Depth);
        return max + 1;
    }

    protected static int DepthOf(IEnumerable<ExprNode?> children)
    {
        int max = 0;
        foreach (var child in children) max = Math.Max(max, child?.Depth ?? 0);
        return max + 1;
    }
}

/// <summary>A statement.</summary>
internal abstract class StmtNode(TextSpan span) : Node(span);
