using System.Runtime.CompilerServices;

namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// The parser's view of the tokens: indexable by position, produced by the lexer on demand, and released once the
/// parser has moved past them, so a large source never holds all its tokens in memory at once.
/// </summary>
/// <remarks>The tokens live in the lexer's array and are read from it in place: the parser reads a token several
/// times (its kind to decide, its span for the node), so a read is an array access and nothing more.</remarks>
internal sealed class TokenStream
{
    private const int ReleaseThreshold = 1024;
    private readonly Lexer _lexer;
    private int _base;

    /// <summary>Tokens read from the lexer as the parser asks for them (or all of them, from a finished lexer).</summary>
    public TokenStream(Lexer lexer) => _lexer = lexer;

    /// <summary>The token at an absolute position; past the end, the EndOfFile token.</summary>
    public Token this[int index]
    {
        // Inlined: the parser reads tokens at every step; the call would cost more than the read.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int i = index - _base;
            return (uint)i < (uint)_lexer.Count ? _lexer.Items[i] : Fill(i);
        }
    }

    /// <summary>The kind of the token at an absolute position (as <see cref="this[int]"/>, without copying it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenKind KindAt(int index)
    {
        int i = index - _base;
        return (uint)i < (uint)_lexer.Count ? _lexer.Items[i].Kind : Fill(i).Kind;
    }

    /// <summary>True when the token at <paramref name="index"/> is read and held (<see cref="KindOfRead"/> gives its kind).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsRead(int index) => (uint)(index - _base) < (uint)_lexer.Count;

    /// <summary>The kind of a token for which <see cref="IsRead"/> is true.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenKind KindOfRead(int index) => _lexer.Items[index - _base].Kind;

    /// <summary>The kind of the token at <paramref name="index"/>, which the parser has just moved to: as
    /// <see cref="KindAt"/>, and when the lexer must read on for it, the tokens before the one the parser has just
    /// left are let go first (the parser never looks back further than that one).</summary>
    /// <remarks>Releasing only when the lexer reads on (about once a logical line) rather than at every step keeps
    /// the step to an array read, and still bounds the tokens held to a line and <see cref="ReleaseThreshold"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenKind KindAtCurrent(int index)
    {
        int i = index - _base;
        return (uint)i < (uint)_lexer.Count ? _lexer.Items[i].Kind : ReleaseAndFill(index).Kind;
    }

    private Token ReleaseAndFill(int index)
    {
        if (index - 1 - _base >= ReleaseThreshold) ReleaseFront(index - 1 - _base);
        return Fill(index - _base);
    }

    /// <summary>The identifier of a name token.</summary>
    public string NameOf(Token token) => _lexer.NameOf(token);

    private Token Fill(int i)
    {
        while (i >= _lexer.Count && !_lexer.Finished) _lexer.Step();
        if (i >= _lexer.Count) return _lexer.Items[_lexer.Count - 1];
        return _lexer.Items[Math.Max(0, i)];
    }

    /// <summary>
    /// Reads the rest of the text, dropping the tokens, so that a lexical error further on (an unclosed bracket)
    /// surfaces as an exception: CPython reports such an error rather than the parser's, which it caused.
    /// </summary>
    public void CheckRest()
    {
        while (!_lexer.Finished)
        {
            _lexer.Step();
            if (_lexer.Count > ReleaseThreshold)
            {
                _base += _lexer.Count - 1;
                _lexer.DropFront(_lexer.Count - 1);
            }
        }
    }

    private void ReleaseFront(int n)
    {
        if (n > _lexer.Count) return;
        _lexer.DropFront(n);
        _base += n;
    }
}
