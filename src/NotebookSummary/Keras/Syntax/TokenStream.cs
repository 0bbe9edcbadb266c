namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// The parser's view of the tokens: indexable by position, produced by the lexer on demand, and released once the
/// parser has moved past them, so a large source never holds all its tokens in memory at once.
/// </summary>
internal sealed class TokenStream
{
    private const int ReleaseThreshold = 1024;
    private readonly Lexer? _lexer;
    private readonly List<Token> _buffer;
    private int _base;

    /// <summary>Tokens read from the lexer as the parser asks for them.</summary>
    public TokenStream(Lexer lexer)
    {
        _lexer = lexer;
        _buffer = lexer.Buffer;
    }

    /// <summary>A complete list of tokens ending with EndOfFile.</summary>
    public TokenStream(List<Token> tokens) => _buffer = tokens;

    /// <summary>The token at an absolute position; past the end, the EndOfFile token.</summary>
    public Token this[int index]
    {
        get
        {
            int i = index - _base;
            while (i >= _buffer.Count && _lexer is { Finished: false }) _lexer.Step();
            if (i >= _buffer.Count) return _buffer[^1];
            return _buffer[Math.Max(0, i)];
        }
    }

    /// <summary>
    /// Reads the rest of the text, dropping the tokens, so that a lexical error further on (an unclosed bracket)
    /// surfaces as an exception: CPython reports such an error rather than the parser's, which it caused.
    /// </summary>
    public void CheckRest()
    {
        if (_lexer is null) return;
        while (!_lexer.Finished)
        {
            _lexer.Step();
            if (_buffer.Count > ReleaseThreshold)
            {
                _base += _buffer.Count - 1;
                _buffer.RemoveRange(0, _buffer.Count - 1);
            }
        }
    }

    /// <summary>Lets go of the tokens before <paramref name="index"/> (the parser never looks back further).</summary>
    public void Release(int index)
    {
        int n = index - _base;
        if (n < ReleaseThreshold || n > _buffer.Count) return;
        _buffer.RemoveRange(0, n);
        _base += n;
    }
}
