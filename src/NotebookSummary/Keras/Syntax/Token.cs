using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// One token: its kind, where it is, and for a name the number of its identifier in the lexer's name table
/// (<see cref="TokenStream.NameOf"/>). A token holds no reference, so storing and copying one needs no GC barrier.
/// </summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, int NameId = -1);
