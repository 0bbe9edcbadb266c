using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

// Numbers, strings and operators. Literals are only delimited here; LiteralDecoder computes their values.
internal sealed partial class Lexer
{
    private bool TryReadPrefixedString()
    {
        int p = _pos;
        int letters = 0;
        while (p < _end && letters < 3 && _text[p] is 'r' or 'R' or 'u' or 'U' or 'b' or 'B' or 'f' or 'F')
        {
            p++;
            letters++;
        }
        if (letters == 0 || letters > 2 || p >= _end || _text[p] is not ('"' or '\'')) return false;
        string prefix = _text.Substring(_pos, letters).ToLowerInvariant();
        if (prefix is not ("r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf")) return false;
        ReadString(_pos, p);
        return true;
    }

    // Reads a string literal whose prefix starts at 'start' and whose opening quote is at 'quoteAt'.
    private void ReadString(int start, int quoteAt)
    {
        char quote = _text[quoteAt];
        bool triple = quoteAt + 2 < _end && _text[quoteAt + 1] == quote && _text[quoteAt + 2] == quote;
        int p = quoteAt + (triple ? 3 : 1);
        while (true)
        {
            if (p >= _end)
            {
                var (line, _) = _source.LineColumn(_end);
                throw Error(triple
                    ? $"unterminated triple-quoted string literal (detected at line {line})"
                    : $"unterminated string literal (detected at line {line})", start, 1);
            }
            char c = _text[p];
            if (c == '\\')
            {
                p += 2;
                if (p <= _end && p - 1 < _end && _text[p - 1] == '\r' && p < _end && _text[p] == '\n') p++;
                continue;
            }
            if (!triple && c is '\n' or '\r')
            {
                var (line, _) = _source.LineColumn(p);
                throw Error($"unterminated string literal (detected at line {line})", start, 1,
                    "close the string on the same line, or use triple quotes for text over several lines");
            }
            if (c == quote)
            {
                if (!triple)
                {
                    p++;
                    break;
                }
                if (p + 2 < _end && _text[p + 1] == quote && _text[p + 2] == quote)
                {
                    p += 3;
                    break;
                }
            }
            p++;
        }
        _pos = p;
        Add(TokenKind.String, start, p);
    }

    private void ReadNumber()
    {
        int start = _pos;
        char c = _text[_pos];
        if (c == '0' && _pos + 1 < _end && _text[_pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            char kind = char.ToLowerInvariant(_text[_pos + 1]);
            _pos += 2;
            int digits = _pos;
            while (_pos < _end && (IsDigitOf(kind, _text[_pos]) || _text[_pos] == '_')) _pos++;
            string name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            if (_pos == digits || _text[_pos - 1] == '_' || (_pos < _end && IsIdentifierPart(_text[_pos])))
                throw Error($"invalid {name} literal", start, Math.Max(1, _pos - start + 1));
            Add(TokenKind.Number, start, _pos);
            return;
        }

        bool isFloat = false;
        SkipDigits();
        if (_pos < _end && _text[_pos] == '.')
        {
            isFloat = true;
            _pos++;
            SkipDigits();
        }
        if (_pos < _end && _text[_pos] is 'e' or 'E')
        {
            int p = _pos + 1;
            if (p < _end && _text[p] is '+' or '-') p++;
            if (p < _end && char.IsAsciiDigit(_text[p]))
            {
                isFloat = true;
                _pos = p;
                SkipDigits();
            }
        }
        if (_pos < _end && _text[_pos] is 'j' or 'J') _pos++;
        if (_pos < _end && IsIdentifierPart(_text[_pos]))
            throw Error("invalid decimal literal", start, _pos - start + 1);
        // Checked in place: a substring per number literal would be garbage the moment the check passed.
        var text = _text.AsSpan(start, _pos - start);
        if (text.Contains("__", StringComparison.Ordinal) || text[^1] == '_' || text.Contains("_.", StringComparison.Ordinal)
            || text.Contains("._", StringComparison.Ordinal))
            throw Error("invalid decimal literal", start, text.Length);
        if (!isFloat && text.Length > 1 && text[0] == '0' && text.ContainsAnyInRange('1', '9') && text[^1] is not ('j' or 'J'))
            throw Error("leading zeros in decimal integer literals are not permitted", start, text.Length,
                "write the number without leading zeros, or 0o... for an octal number");
        Add(TokenKind.Number, start, _pos);
    }

    private void SkipDigits()
    {
        while (_pos < _end && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
    }

    private static bool IsDigitOf(char kind, char c) => kind switch
    {
        'x' => char.IsAsciiHexDigit(c),
        'o' => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    // Punctuation that is a token of one character whatever follows it (most of a call: ( ) , and brackets), by
    // its character (ASCII); EndOfFile (0) for the others. Data in the binary, as the identifier table is.
    private static ReadOnlySpan<byte> AloneKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.LeftParen, (byte)TokenKind.RightParen, 0, 0, (byte)TokenKind.Comma, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.Semicolon, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.LeftBracket, 0, (byte)TokenKind.RightBracket, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.LeftBrace, 0, (byte)TokenKind.RightBrace, (byte)TokenKind.Tilde, 0,
    ];

    private void ReadOperator(char c)
    {
        int start = _pos;
        TokenKind kind;
        int length = 1;
        if (c < 128 && AloneKinds[c] != 0)
        {
            kind = (TokenKind)AloneKinds[c];
        }
        else
        {
            char c1 = _pos + 1 < _end ? _text[_pos + 1] : '\0';
            if (c == '=' && c1 != '=') kind = TokenKind.Equal;
            else if (c == '.' && c1 != '.') kind = TokenKind.Dot;
            else (kind, length) = ReadOperatorOfSeveral(c, c1, _pos + 2 < _end ? _text[_pos + 2] : '\0');
            if (length == 0) throw InvalidCharacter(c);
        }
        if (kind is TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace)
        {
            if (_bracketCount >= ReaderLimits.MaxNesting) throw TooManyBrackets(start);
            if (_bracketCount == _brackets.Length) Array.Resize(ref _brackets, _bracketCount * 2);
            _brackets[_bracketCount++] = (c, start);
        }
        else if (kind is TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace)
        {
            if (_bracketCount == 0 || _brackets[_bracketCount - 1].Bracket != OpeningOf(c)) throw UnmatchedBracket(c, start);
            _bracketCount--;
        }
        _pos += length;
        Add(new Token(kind, new TextSpan(start, length)));
    }

    // The errors of brackets, apart from the method that reads every bracket (their messages need a large frame).
    private static SyntaxErrorException TooManyBrackets(int start) =>
        Error($"too many nested parentheses (the reader allows {ReaderLimits.MaxNesting})", start, 1);

    private SyntaxErrorException UnmatchedBracket(char c, int start)
    {
        if (_bracketCount == 0)
            return Error($"unmatched '{c}'", start, 1, $"remove it, or add the '{OpeningOf(c)}' it closes");
        var (open, openedAt) = _brackets[_bracketCount - 1];
        char expected = ClosingOf(open);
        // Python 3.10+'s wording: the opening bracket's line when it is on another line.
        var (line, column) = _source.LineColumn(openedAt);
        string where = line == _source.LineColumn(start).Line ? "" : $" on line {line}";
        return Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}'{where}", start, 1,
            $"close the '{open}' of line {line}, column {column} with '{expected}' first, or remove the extra '{c}'");
    }

    // Every operator and delimiter, by its first three characters; length 0 for a character that begins none.
    private static (TokenKind Kind, int Length) ReadOperatorOfSeveral(char c, char c1, char c2) =>
        (c, c1, c2) switch
        {
            ('*', '*', '=') => (TokenKind.DoubleStarEqual, 3),
            ('/', '/', '=') => (TokenKind.DoubleSlashEqual, 3),
            ('>', '>', '=') => (TokenKind.RightShiftEqual, 3),
            ('<', '<', '=') => (TokenKind.LeftShiftEqual, 3),
            ('.', '.', '.') => (TokenKind.Ellipsis, 3),
            ('*', '*', _) => (TokenKind.DoubleStar, 2),
            ('/', '/', _) => (TokenKind.DoubleSlash, 2),
            ('>', '>', _) => (TokenKind.RightShift, 2),
            ('<', '<', _) => (TokenKind.LeftShift, 2),
            ('<', '=', _) => (TokenKind.LessEqual, 2),
            ('>', '=', _) => (TokenKind.GreaterEqual, 2),
            ('=', '=', _) => (TokenKind.EqualEqual, 2),
            ('!', '=', _) => (TokenKind.NotEqual, 2),
            ('-', '>', _) => (TokenKind.Arrow, 2),
            (':', '=', _) => (TokenKind.ColonEqual, 2),
            ('+', '=', _) => (TokenKind.PlusEqual, 2),
            ('-', '=', _) => (TokenKind.MinusEqual, 2),
            ('*', '=', _) => (TokenKind.StarEqual, 2),
            ('/', '=', _) => (TokenKind.SlashEqual, 2),
            ('%', '=', _) => (TokenKind.PercentEqual, 2),
            ('&', '=', _) => (TokenKind.AmpersandEqual, 2),
            ('|', '=', _) => (TokenKind.PipeEqual, 2),
            ('^', '=', _) => (TokenKind.CaretEqual, 2),
            ('@', '=', _) => (TokenKind.AtEqual, 2),
            ('+', _, _) => (TokenKind.Plus, 1),
            ('-', _, _) => (TokenKind.Minus, 1),
            ('*', _, _) => (TokenKind.Star, 1),
            ('/', _, _) => (TokenKind.Slash, 1),
            ('%', _, _) => (TokenKind.Percent, 1),
            ('@', _, _) => (TokenKind.At, 1),
            ('|', _, _) => (TokenKind.Pipe, 1),
            ('^', _, _) => (TokenKind.Caret, 1),
            ('&', _, _) => (TokenKind.Ampersand, 1),
            ('~', _, _) => (TokenKind.Tilde, 1),
            ('<', _, _) => (TokenKind.Less, 1),
            ('>', _, _) => (TokenKind.Greater, 1),
            ('=', _, _) => (TokenKind.Equal, 1),
            (',', _, _) => (TokenKind.Comma, 1),
            (':', _, _) => (TokenKind.Colon, 1),
            (';', _, _) => (TokenKind.Semicolon, 1),
            ('.', _, _) => (TokenKind.Dot, 1),
            ('(', _, _) => (TokenKind.LeftParen, 1),
            (')', _, _) => (TokenKind.RightParen, 1),
            ('[', _, _) => (TokenKind.LeftBracket, 1),
            (']', _, _) => (TokenKind.RightBracket, 1),
            ('{', _, _) => (TokenKind.LeftBrace, 1),
            ('}', _, _) => (TokenKind.RightBrace, 1),
            _ => (TokenKind.EndOfFile, 0),
        };

    private static char ClosingOf(char open) => open switch { '(' => ')', '[' => ']', _ => '}' };

    private static char OpeningOf(char close) => close switch { ')' => '(', ']' => '[', _ => '{' };

    private SyntaxErrorException InvalidCharacter(char c)
    {
        string code = $"U+{(int)c:X4}";
        if (c == '\0') return Error("source code cannot contain null bytes", _pos, 1);
        if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD')
            return Error($"invalid non-printable character {code}", _pos, 1);
        string hint = c switch
        {
            '\u201C' or '\u201D' or '\u2018' or '\u2019' => "replace typographic quotes with ' or \"",
            '\u2013' or '\u2014' or '\u2212' => "replace the dash with -",
            _ => null!,
        };
        return Error($"invalid character '{c}' ({code})", _pos, 1, hint);
    }
}
