using System.Text;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

// Atoms: names, literals, bracketed displays and comprehensions, strings and f-strings.
internal sealed partial class Parser
{
    private ExprNode ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Skip();
                return new NameExpr(token.Span, _tokens.NameOf(token));
            case TokenKind.Number:
                Skip();
                return LiteralDecoder.Number(_source.Text, token.Span);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None:
                Skip();
                return new ConstantExpr(token.Span, ConstantKind.None);
            case TokenKind.True:
                Skip();
                return new ConstantExpr(token.Span, ConstantKind.True);
            case TokenKind.False:
                Skip();
                return new ConstantExpr(token.Span, ConstantKind.False);
            case TokenKind.Ellipsis:
                Skip();
                return new ConstantExpr(token.Span, ConstantKind.Ellipsis);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseBraceDisplay();
        }
        if (token.Kind is >= TokenKind.False && token.Kind != TokenKind.Lambda)
            throw Error("invalid syntax", token.Span,
                $"'{_source[token.Span]}' is a Python keyword and cannot be used here");
        throw Unexpected();
    }

    private ExprNode ParseParenthesized()
    {
        var start = Advance().Span;
        EnterNesting(start);
        try
        {
            if (Accept(TokenKind.RightParen))
                return new CollectionExpr(SpanFrom(start), CollectionKind.Tuple, []);
            if (At(TokenKind.Yield))
            {
                var y = ParseYield();
                Expect(TokenKind.RightParen, ")");
                return y;
            }
            var first = At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest();
            if (At(TokenKind.For))
            {
                var generator = ParseComprehension(start, ComprehensionKind.Generator, first, null);
                Expect(TokenKind.RightParen, ")");
                return Checked(new ComprehensionExpr(SpanFrom(start), ComprehensionKind.Generator,
                    ((ComprehensionExpr)generator).Element, null, ((ComprehensionExpr)generator).Clauses));
            }
            if (Accept(TokenKind.RightParen))
            {
                if (first is StarredExpr) throw Error("cannot use starred expression here", first.Span);
                return first;
            }
            var items = ParseItemsAfterFirst(first, TokenKind.RightParen);
            Expect(TokenKind.RightParen, ")");
            return Checked(new CollectionExpr(SpanFrom(start), CollectionKind.Tuple, items));
        }
        finally
        {
            ExitNesting();
        }
    }

    private ExprNode ParseListDisplay()
    {
        var start = Advance().Span;
        EnterNesting(start);
        try
        {
            if (Accept(TokenKind.RightBracket))
                return new CollectionExpr(SpanFrom(start), CollectionKind.List, []);
            var first = At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest();
            if (At(TokenKind.For))
            {
                var c = (ComprehensionExpr)ParseComprehension(start, ComprehensionKind.List, first, null);
                Expect(TokenKind.RightBracket, "]");
                return Checked(new ComprehensionExpr(SpanFrom(start), ComprehensionKind.List, c.Element, null, c.Clauses));
            }
            var items = ParseItemsAfterFirst(first, TokenKind.RightBracket);
            Expect(TokenKind.RightBracket, "]");
            return Checked(new CollectionExpr(SpanFrom(start), CollectionKind.List, items));
        }
        finally
        {
            ExitNesting();
        }
    }

    // The rest of a comma-separated display after its first item; spots a missing comma.
    private ExprNode[] ParseItemsAfterFirst(ExprNode first, TokenKind close)
    {
        var items = Rent(_expressionLists);
        items.Add(first);
        while (true)
        {
            if (!Accept(TokenKind.Comma))
            {
                if (!At(close) && StartsExpression(_currentKind))
                    throw Error("invalid syntax. Perhaps you forgot a comma?", Current.Span);
                if (!At(close)) throw Unexpected();
                return ToArray(_expressionLists, items);
            }
            if (At(close)) return ToArray(_expressionLists, items);
            items.Add(At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest());
        }
    }

    private ExprNode ParseBraceDisplay()
    {
        var start = Advance().Span;
        EnterNesting(start);
        try
        {
            if (Accept(TokenKind.RightBrace)) return new DictExpr(SpanFrom(start), []);
            if (At(TokenKind.DoubleStar) || !IsSetItemStart())
                return ParseDictDisplay(start);
            var first = At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest();
            if (At(TokenKind.Colon)) return ParseDictDisplay(start, first);
            if (At(TokenKind.For))
            {
                var c = (ComprehensionExpr)ParseComprehension(start, ComprehensionKind.Set, first, null);
                Expect(TokenKind.RightBrace, "}");
                return Checked(new ComprehensionExpr(SpanFrom(start), ComprehensionKind.Set, c.Element, null, c.Clauses));
            }
            var items = ParseItemsAfterFirst(first, TokenKind.RightBrace);
            Expect(TokenKind.RightBrace, "}");
            return Checked(new CollectionExpr(SpanFrom(start), CollectionKind.Set, items));
        }
        finally
        {
            ExitNesting();
        }
    }

    private bool IsSetItemStart() => StartsExpression(_currentKind) || At(TokenKind.Star);

    private ExprNode ParseDictDisplay(TextSpan start, ExprNode? firstKey = null)
    {
        var entries = new List<(ExprNode?, ExprNode)>();
        bool first = true;
        while (!At(TokenKind.RightBrace))
        {
            if (!first || firstKey is null)
            {
                if (Accept(TokenKind.DoubleStar))
                {
                    entries.Add((null, ParseBitOr()));
                    if (!Accept(TokenKind.Comma)) break;
                    first = false;
                    continue;
                }
            }
            var key = first && firstKey is not null ? firstKey : ParseTest();
            Expect(TokenKind.Colon, ":");
            var value = ParseTest();
            if (first && At(TokenKind.For))
            {
                var c = (ComprehensionExpr)ParseComprehension(start, ComprehensionKind.Dict, key, value);
                Expect(TokenKind.RightBrace, "}");
                return Checked(new ComprehensionExpr(SpanFrom(start), ComprehensionKind.Dict, key, value, c.Clauses));
            }
            entries.Add((key, value));
            first = false;
            if (!Accept(TokenKind.Comma))
            {
                if (!At(TokenKind.RightBrace) && StartsExpression(_currentKind))
                    throw Error("invalid syntax. Perhaps you forgot a comma?", Current.Span);
                break;
            }
        }
        Expect(TokenKind.RightBrace, "}");
        return Checked(new DictExpr(SpanFrom(start), entries));
    }

    /// <summary>The <c>for ... in ... if ...</c> clauses after a comprehension's element.</summary>
    private ComprehensionExpr ParseComprehension(TextSpan start, ComprehensionKind kind, ExprNode element, ExprNode? value)
    {
        var clauses = new List<ComprehensionClause>();
        while (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
        {
            Accept(TokenKind.Async);
            var forSpan = Advance().Span;
            var target = TargetOf(ParseTargetList(stopAtIn: true), forSpan);
            Expect(TokenKind.In, "in");
            var iterable = ParseOrTest();
            var conditions = new List<ExprNode>();
            while (Accept(TokenKind.If)) conditions.Add(ParseOrTest());
            clauses.Add(new ComprehensionClause(target, iterable, conditions));
        }
        return Checked(new ComprehensionExpr(SpanFrom(start), kind, element, value, clauses));
    }

    // ---- strings -------------------------------------------------------------------------------

    private ExprNode ParseStrings()
    {
        var start = Current.Span;
        string text = _source.Text;
        // The common case, one plain literal: its value is shared between all its occurrences.
        if (PeekKind() != TokenKind.String)
        {
            var single = LiteralDecoder.Split(text, start);
            if (!single.IsFormatted)
            {
                Skip();
                bool plain = single.IsRaw || text.IndexOf('\\', single.ContentStart, single.ContentEnd - single.ContentStart) < 0;
                string value = plain
                    ? _strings.Get(text, single.ContentStart, single.ContentEnd - single.ContentStart).Name
                    : LiteralDecoder.Unescape(text, single.ContentStart, single.ContentEnd, single.IsRaw);
                return new StringExpr(start, value);
            }
        }
        List<FStringPart>? parts = null;
        var literal = new StringBuilder();
        while (At(TokenKind.String))
        {
            var token = Advance();
            var s = LiteralDecoder.Split(text, token.Span);
            if (!s.IsFormatted)
            {
                literal.Append(LiteralDecoder.Unescape(text, s.ContentStart, s.ContentEnd, s.IsRaw));
                continue;
            }
            parts ??= [];
            ParseFString(s, literal, parts);
        }
        var span = SpanFrom(start);
        if (parts is null) return new StringExpr(span, literal.ToString());
        if (literal.Length > 0) parts.Add(new FStringPart(literal.ToString(), null, '\0', null));
        return Checked(new FStringExpr(span, parts));
    }

    private void ParseFString(LiteralDecoder.StringToken s, StringBuilder literal, List<FStringPart> parts)
    {
        string text = _source.Text;
        int i = s.ContentStart, stretch = i, end = s.ContentEnd;
        void Flush(int upTo)
        {
            if (upTo > stretch) literal.Append(LiteralDecoder.Unescape(text, stretch, upTo, s.IsRaw));
        }
        while (i < end)
        {
            char c = text[i];
            if (c == '}')
            {
                if (i + 1 < end && text[i + 1] == '}')
                {
                    Flush(i + 1);
                    i += 2;
                    stretch = i;
                    continue;
                }
                throw Error("f-string: single '}' is not allowed", new TextSpan(i, 1));
            }
            if (c != '{')
            {
                i++;
                continue;
            }
            if (i + 1 < end && text[i + 1] == '{')
            {
                Flush(i + 1);
                i += 2;
                stretch = i;
                continue;
            }
            Flush(i);
            if (literal.Length > 0)
            {
                parts.Add(new FStringPart(literal.ToString(), null, '\0', null));
                literal.Clear();
            }
            i = ParseFStringField(i, end, parts);
            stretch = i;
        }
        Flush(end);
    }

    // Parses the field starting at the '{' at 'open'; returns the index after its '}'.
    private int ParseFStringField(int open, int end, List<FStringPart> parts)
    {
        string text = _source.Text;
        int j = open + 1, depth = 0;
        char quote = '\0';
        for (; j < end; j++)
        {
            char ch = text[j];
            if (quote != '\0')
            {
                if (ch == quote) quote = '\0';
                continue;
            }
            if (ch is '\'' or '"') quote = ch;
            else if (ch is '(' or '[' or '{') depth++;
            else if (ch is ')' or ']' or '}')
            {
                if (depth == 0) break;
                depth--;
            }
            else if (depth == 0 && ch == '!' && j + 1 < end && text[j + 1] != '=') break;
            else if (depth == 0 && ch == ':') break;
        }
        if (j >= end) throw Error("f-string: expecting '}'", new TextSpan(open, 1));
        int exprEnd = j;
        // Self-documenting `{x=}`: the text up to and including '=' is printed before the value.
        string? echo = null;
        int trimmed = exprEnd;
        while (trimmed > open + 1 && char.IsWhiteSpace(text[trimmed - 1])) trimmed--;
        if (trimmed > open + 1 && text[trimmed - 1] == '=' && (trimmed < open + 3 || text[trimmed - 2] is not ('=' or '!' or '<' or '>')))
        {
            echo = text[(open + 1)..exprEnd];
            exprEnd = trimmed - 1;
        }
        char conversion = '\0';
        if (text[j] == '!')
        {
            conversion = j + 1 < end ? text[j + 1] : '\0';
            j += 2;
        }
        string? spec = null;
        if (j < end && text[j] == ':')
        {
            int specStart = j + 1, specDepth = 0;
            for (j = specStart; j < end; j++)
            {
                if (text[j] == '{') specDepth++;
                else if (text[j] == '}')
                {
                    if (specDepth == 0) break;
                    specDepth--;
                }
            }
            spec = text[specStart..Math.Min(j, end)];
        }
        if (j >= end || text[j] != '}') throw Error("f-string: expecting '}'", new TextSpan(open, 1));

        var tokens = Lexer.TokenizeExpression(_source, open + 1, exprEnd);
        if (tokens.Count == 1) throw Error("f-string: empty expression not allowed", new TextSpan(open, 1));
        var sub = new Parser(new TokenStream(tokens), _source, _nesting + 1);
        sub.EnterNesting(new TextSpan(open, 1));
        var expr = sub.ParseTestListStarExpr();
        if (!sub.At(TokenKind.EndOfFile)) throw sub.Unexpected();
        if (echo is not null) parts.Add(new FStringPart(echo, null, '\0', null));
        parts.Add(new FStringPart(null, expr, echo is not null && conversion == '\0' && spec is null ? 'r' : conversion, spec));
        return j + 1;
    }
}
