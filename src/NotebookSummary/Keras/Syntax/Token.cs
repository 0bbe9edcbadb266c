using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

/// <summary>One token: its kind, where it is, and for names the identifier (shared between equal names).</summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, string? Text = null)
{
    public override string ToString() => Text ?? Kind.ToString();
}
