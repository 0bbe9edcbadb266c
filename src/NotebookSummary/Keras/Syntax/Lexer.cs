using System.Globalization;
using System.Runtime.CompilerServices;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// Splits Python source into tokens, with Python's rules for lines: NEWLINE ends a logical line, brackets and a
/// trailing backslash join lines, indentation becomes INDENT/DEDENT. Blank and comment-only lines vanish.
/// The first code line's indentation is the base level, so code pasted with a uniform indent still reads.
/// IPython lines starting with <c>%</c> or <c>!</c> become a single <see cref="TokenKind.Magic"/> token.
/// A non-breaking space (common in code copied from web pages) counts as a space.
/// Errors throw <see cref="SyntaxErrorException"/> at the first offending character.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly int _end;
    private readonly bool _expressionMode;
    private Token[] _tokens;
    private int _count;
    // The open brackets, innermost last (at most ReaderLimits.MaxNesting): an array and a count rather than a
    // list, as every bracket of the source is pushed and popped here.
    private (char Bracket, int Position)[] _brackets = new (char, int)[8];
    private int _bracketCount;
    private readonly List<int> _indents = [];
    private readonly NameTable _names = new(Keywords);
    private readonly SourceText _source;
    private int _pos;
    private bool _atLineStart;
    private TokenKind _lastKind = TokenKind.EndOfFile;
    private bool _any;

    private Lexer(SourceText source, int start, int end, bool expressionMode)
    {
        _source = source;
        _text = source.Text;
        _pos = start;
        _end = end;
        _expressionMode = expressionMode;
        _tokens = new Token[Math.Min(2048, Math.Max(16, (end - start) / 2))];
        if (!_expressionMode && _pos < _end && _text[_pos] == '\uFEFF') _pos++; // byte order mark
        _atLineStart = !_expressionMode;
        _prompts = !_expressionMode && StartsWithPrompt();
    }

    // Code copied from an interactive session (">>> x = 1", "... y"): prompts are dropped, other lines are output.
    private readonly bool _prompts;

    private bool StartsWithPrompt()
    {
        int p = _pos;
        while (p < _end && char.IsWhiteSpace(_text[p])) p++;
        if (p > _pos && _text[p - 1] is not ('\n' or '\r')) return false; // the first line must start with the prompt
        return IsPromptAt(p, ">>>");
    }

    private bool IsPromptAt(int p, string prompt) =>
        p + 3 <= _end && string.CompareOrdinal(_text, p, prompt, 0, 3) == 0
        && (p + 3 == _end || _text[p + 3] is ' ' or '\n' or '\r');

    // At the start of a physical line in prompt mode: skips ">>> " or "... "; false for an output line.
    private bool SkipPrompt()
    {
        if (!_prompts || _pos >= _end) return true;
        if (!IsPromptAt(_pos, ">>>") && !IsPromptAt(_pos, "...")) return false;
        _pos += 3;
        if (_pos < _end && _text[_pos] == ' ') _pos++;
        return true;
    }

    /// <summary>A lexer that produces tokens on demand (see <see cref="TokenStream"/>).</summary>
    public static Lexer Streaming(SourceText source) => new(source, 0, source.Length, expressionMode: false);

    /// <summary>Tokens produced so far and not yet released (the first <see cref="Count"/>); the stream removes
    /// consumed ones from the front (<see cref="DropFront"/>).</summary>
    public Token[] Items => _tokens;

    /// <summary>How many of <see cref="Items"/> hold tokens.</summary>
    public int Count => _count;

    /// <summary>Forgets the first <paramref name="n"/> tokens (the parser has moved past them).</summary>
    public void DropFront(int n)
    {
        // The slots left behind are not cleared: a token holds no reference, and they are overwritten as read on.
        Array.Copy(_tokens, n, _tokens, 0, _count - n);
        _count -= n;
    }

    /// <summary>The identifier of a name token.</summary>
    public string NameOf(Token token) => _names.NameOf(token.NameId);

    /// <summary>True once the EndOfFile token was produced.</summary>
    public bool Finished { get; private set; }

    /// <summary>The tokens of an expression inside a larger text (an f-string field), ending with EndOfFile, all
    /// read at once (a lexical error is thrown here).</summary>
    public static Lexer TokenizeExpression(SourceText source, int start, int end)
    {
        var lexer = new Lexer(source, start, end, expressionMode: true);
        lexer.Run();
        return lexer;
    }

    private void Run()
    {
        while (!Finished) Step();
    }

    /// <summary>Reads on until at least one more token exists (or the text ends).</summary>
    /// <remarks>It reads on to the end of the logical line (or a few dozen tokens): the parser asks for the tokens
    /// of a line one after another, and a lexical error is reported in preference to the parser's anyway.</remarks>
    public void Step()
    {
        int before = _count;
        while (!Finished && (_count == before || (_lastKind != TokenKind.Newline && _count - before < 64))) Advance();
    }

    // One unit of work: a line start, a skipped comment or line break, or one token. The token is the common case
    // (a dozen or more a line): it is reached with one table read per character, the rest is out of its way.
    private void Advance()
    {
        if (_atLineStart && _bracketCount == 0 && !StartLogicalLine()) return;
        var text = _text;
        int p = _pos, end = _end;
        var classes = CharClasses;
        char c;
        while (true) // the spaces before the token
        {
            if (p >= end)
            {
                _pos = p;
                Finish();
                return;
            }
            c = text[p];
            if ((uint)c < (uint)classes.Length ? (classes[c] & SpaceClass) == 0 : c != '\u00A0') break;
            p++;
        }
        _pos = p;
        if ((uint)c < (uint)classes.Length)
        {
            int cls = classes[c];
            if ((cls & NameStartClass) != 0)
            {
                // Only r, u, b and f (either case) can begin a string prefix.
                if ((char)(c | 0x20) is 'r' or 'u' or 'b' or 'f' && TryReadPrefixedString()) return;
                ReadName();
                return;
            }
            if ((cls & LineClass) != 0)
            {
                AdvanceOverLineMatter(c);
                return;
            }
        }
        ReadToken(c);
    }

    // At the start of a physical line outside brackets: indentation, and an IPython magic line whole. False when
    // that was the unit of work (the text ended, or the magic line was read).
    private bool StartLogicalLine()
    {
        if (!StartLine())
        {
            Finish();
            return false;
        }
        _atLineStart = false;
        if (_pos < _end && IsMagicStart())
        {
            int start = _pos;
            SkipToEndOfLine();
            Add(TokenKind.Magic, start, _pos);
            Add(TokenKind.Newline, _pos, _pos);
            _atLineStart = true;
            SkipLineBreak();
            return false;
        }
        return true;
    }

    // A comment, a line break or a backslash at the current position.
    private void AdvanceOverLineMatter(char c)
    {
        if (c == '#')
        {
            if (_expressionMode) throw Error("an f-string expression cannot include '#'", _pos, 1);
            SkipToEndOfLine();
            return;
        }
        if (c is '\n' or '\r')
        {
            if (_expressionMode || _bracketCount > 0)
            {
                SkipLineBreak();
                if (!_expressionMode) SkipPrompt();
                return;
            }
            if (_any && _lastKind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent))
                Add(TokenKind.Newline, _pos, _pos + 1);
            SkipLineBreak();
            _atLineStart = true;
            return;
        }
        // A backslash.
        int next = _pos + 1;
        if (next < _end && _text[next] is '\n' or '\r')
        {
            _pos = next;
            SkipLineBreak();
            if (_pos >= _end) throw Error("unexpected end of file after a line continuation character", next - 1, 1);
            SkipPrompt();
            return;
        }
        throw Error("unexpected character after line continuation character", _pos, 1);
    }

    // Reads the indentation of a new line and emits INDENT/DEDENT. Returns false at the end of the text.
    private bool StartLine()
    {
        while (true)
        {
            if (!SkipPrompt())
            {
                SkipToEndOfLine();
                if (_pos >= _end) return false;
                SkipLineBreak();
                continue;
            }
            int column = 0;
            int p = _pos;
            while (p < _end)
            {
                char c = _text[p];
                if (c is ' ' or '\u00A0') column++;
                else if (c == '\t') column = (column / 8 + 1) * 8;
                else if (c == '\f') column = 0;
                else break;
                p++;
            }
            if (p >= _end)
            {
                _pos = p;
                return false;
            }
            char first = _text[p];
            if (first == '#')
            {
                _pos = p;
                SkipToEndOfLine();
                if (_pos >= _end) return false;
                SkipLineBreak();
                continue;
            }
            if (first is '\n' or '\r')
            {
                _pos = p;
                SkipLineBreak();
                continue;
            }
            _pos = p;
            if (_indents.Count == 0)
            {
                _indents.Add(column);
            }
            else if (column > _indents[^1])
            {
                if (_indents.Count > ReaderLimits.MaxNesting)
                    throw Error($"too many levels of indentation (the reader allows {ReaderLimits.MaxNesting})", p, 1);
                _indents.Add(column);
                Add(TokenKind.Indent, p, p);
            }
            else
            {
                while (column < _indents[^1])
                {
                    _indents.RemoveAt(_indents.Count - 1);
                    if (_indents.Count == 0 || column > _indents[^1])
                        throw Error(_indents.Count == 0
                                ? "unindent does not match the indentation of the first line"
                                : "unindent does not match any outer indentation level", p, 1,
                            "indent this line like the lines of the block it belongs to");
                    Add(TokenKind.Dedent, p, p);
                }
            }
            return true;
        }
    }

    private bool IsMagicStart()
    {
        char c = _text[_pos];
        if (c == '%') return true;
        return c == '!' && (_pos + 1 >= _end || _text[_pos + 1] != '=');
    }

    private void Finish()
    {
        if (_bracketCount > 0)
        {
            var (bracket, position) = _brackets[_bracketCount - 1];
            throw Error($"'{bracket}' was never closed", position, 1, NeverClosedHint(bracket));
        }
        if (!_expressionMode)
        {
            if (_any && _lastKind is not (TokenKind.Newline or TokenKind.Dedent))
                Add(TokenKind.Newline, _end, _end);
            for (int i = 1; i < _indents.Count; i++) Add(TokenKind.Dedent, _end, _end);
        }
        Add(TokenKind.EndOfFile, _end, _end);
        Finished = true;
    }

    private void SkipToEndOfLine()
    {
        while (_pos < _end && _text[_pos] is not ('\n' or '\r')) _pos++;
    }

    private void SkipLineBreak()
    {
        if (_pos < _end && _text[_pos] == '\r') _pos++;
        if (_pos < _end && _text[_pos] == '\n') _pos++;
    }

    // A token that is not an ASCII name (Advance reads those): a number, a string, an operator, a non-ASCII name.
    private void ReadToken(char c)
    {
        if (c < 128 ? (CharClasses[c] & NameStartClass) != 0 : IsIdentifierStart(c))
        {
            // Only r, u, b and f (either case) can begin a string prefix.
            if ((char)(c | 0x20) is 'r' or 'u' or 'b' or 'f' && TryReadPrefixedString()) return;
            ReadName();
            return;
        }
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _end && char.IsAsciiDigit(_text[_pos + 1])))
        {
            ReadNumber();
            return;
        }
        if (c is '"' or '\'')
        {
            ReadString(_pos, _pos);
            return;
        }
        ReadOperator(c);
    }

    private void ReadName()
    {
        // The name's hash is taken while it is scanned, so the name table does not read it again.
        var text = _text;
        var classes = CharClasses;
        int start = _pos, p = start + 1, end = _end;
        uint hash = (NameTable.HashSeed ^ text[start]) * NameTable.HashPrime;
        // ASCII in a loop that calls nothing, so that the hash and position stay in registers.
        while (p < end)
        {
            char c = text[p];
            if ((uint)c >= (uint)classes.Length || (classes[c] & NamePartClass) == 0) break;
            hash = (hash ^ c) * NameTable.HashPrime;
            p++;
        }
        if (p < end && text[p] >= 128) (p, hash) = ScanNonAsciiName(p, hash);
        _pos = p;
        var (id, kind) = _names.Find(text, start, p - start, (int)(hash & 0x7FFFFFFF));
        Add(kind == TokenKind.Name
            ? new Token(TokenKind.Name, new TextSpan(start, p - start), id)
            : new Token(kind, new TextSpan(start, p - start)));
    }

    // The rest of a name from a non-ASCII character on: where it ends, and the name's hash taken on to there.
    private (int End, uint Hash) ScanNonAsciiName(int p, uint hash)
    {
        while (p < _end && IsIdentifierPart(_text[p]))
        {
            hash = (hash ^ _text[p]) * NameTable.HashPrime;
            p++;
        }
        return (p, hash);
    }

    // What an ASCII character is to the lexer, as bits: it may start a name (letters and '_'), it may continue
    // one (letters, '_' and digits), it is a space between tokens (space, tab, form feed), or it is a comment, line
    // break or backslash. Data in the binary, read without a static constructor check or an array: the lexer asks
    // it for every character of every name and once per token.
    private const byte NameStartClass = 1, NamePartClass = 2, SpaceClass = 4, LineClass = 8;

    private static ReadOnlySpan<byte> CharClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 0, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        4, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 8, 0, 0, 3,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    ];

    internal static bool IsIdentifierStart(char c) =>
        c < 128 ? (CharClasses[c] & NameStartClass) != 0 : char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    internal static bool IsIdentifierPart(char c)
    {
        if (c < 128) return (CharClasses[c] & NamePartClass) != 0;
        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    private void Add(TokenKind kind, int start, int end) => Add(new Token(kind, TextSpan.FromBounds(start, end)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per token
    private void Add(Token token)
    {
        var tokens = _tokens;
        int count = _count;
        if ((uint)count >= (uint)tokens.Length) tokens = Grow();
        tokens[count] = token;
        _count = count + 1;
        _lastKind = token.Kind;
        _any = true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Token[] Grow()
    {
        Array.Resize(ref _tokens, _tokens.Length * 2);
        return _tokens;
    }

    /// <summary>The fix for an opening bracket left open at the end of the text.</summary>
    internal static string NeverClosedHint(char bracket) => $"add the closing '{ClosingOf(bracket)}' where it ends";

    private static SyntaxErrorException Error(string message, int position, int length, string? hint = null) =>
        new(message, new TextSpan(position, length), hint);

    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True,
        ["and"] = TokenKind.And, ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert, ["async"] = TokenKind.Async,
        ["await"] = TokenKind.Await, ["break"] = TokenKind.Break, ["class"] = TokenKind.Class,
        ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def, ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif,
        ["else"] = TokenKind.Else, ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally,
        ["for"] = TokenKind.For, ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is, ["lambda"] = TokenKind.Lambda,
        ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not, ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass,
        ["raise"] = TokenKind.Raise, ["return"] = TokenKind.Return, ["try"] = TokenKind.Try,
        ["while"] = TokenKind.While, ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };
}
