using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

/// <summary>A Python syntax error at a position; reading stops at the first one, as Python does.</summary>
internal sealed class SyntaxErrorException(string message, TextSpan span, string? hint = null) : Exception(message)
{
    public TextSpan Span { get; } = span;
    public string? Hint { get; } = hint;
}
