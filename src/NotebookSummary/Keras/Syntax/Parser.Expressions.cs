using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

// Expressions, by precedence from lowest (lambda, conditional) to highest (atoms and trailers).
internal sealed partial class Parser
{
    /// <summary>One or more expressions separated by commas (a tuple when there is a comma); <c>*x</c> allowed.</summary>
    private ExprNode ParseTestListStarExpr(bool allowYield = false)
    {
        if (allowYield && At(TokenKind.Yield)) return ParseYield();
        var start = Current.Span;
        var first = At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest();
        if (!At(TokenKind.Comma)) return first;
        var items = Rent(_expressionLists);
        items.Add(first);
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(_currentKind) && !At(TokenKind.Star)) break;
            items.Add(At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest());
        }
        return Checked(new CollectionExpr(SpanFrom(start), CollectionKind.Tuple, ToArray(_expressionLists, items)));
    }

    private OpaqueExpr ParseYield()
    {
        var start = Advance().Span;
        Accept(TokenKind.From);
        ExprNode? operand = AtEndOfStatement() || At(TokenKind.RightParen) ? null : ParseTestListStarExpr();
        return new OpaqueExpr(SpanFrom(start), "yield", operand);
    }

    private StarredExpr ParseStarred()
    {
        var start = Expect(TokenKind.Star, "*").Span;
        var value = ParseBitOr();
        return Checked(new StarredExpr(SpanFrom(start), value));
    }

    /// <summary><c>test</c> or <c>name := test</c>.</summary>
    private ExprNode ParseNamedExprTest()
    {
        if (At(TokenKind.Name) && PeekKind() == TokenKind.ColonEqual)
        {
            var nameToken = Advance();
            Skip();
            var value = ParseTest();
            return Checked(new NamedExpr(SpanFrom(nameToken.Span), new NameExpr(nameToken.Span, _tokens.NameOf(nameToken)), value));
        }
        return ParseTest();
    }

    private ExprNode ParseTest()
    {
        EnterNestingHere();
        try
        {
            if (At(TokenKind.Lambda)) return ParseLambda();
            // Most arguments are a lone name or literal before ',' or ')' (32, "same", x): such an expression is its
            // atom, so read it directly rather than through the eleven precedence levels above it.
            if (IsLoneAtom()) return ParseAtom();
            var start = Current.Span;
            ExprNode expr;
            if (StartsPrimary(_currentKind))
            {
                // Most other expressions are a primary (layers.Dense(8), x[0]) that nothing of the ten levels above
                // it follows: read it first, and go through the levels only when an operator comes after it.
                var primary = ParsePrimary();
                if (EndsOperand(_currentKind)) return primary;
                expr = ParseOrTest(primary);
            }
            else
            {
                expr = ParseOrTest();
            }
            if (At(TokenKind.If))
            {
                Skip();
                var condition = ParseOrTest();
                if (!Accept(TokenKind.Else))
                    throw Error("expected 'else' after 'if' expression", At(TokenKind.Newline) ? EndOfPrevious() : Current.Span);
                var otherwise = ParseTest();
                expr = Checked(new ConditionalExpr(SpanFrom(start), condition, expr, otherwise));
            }
            return expr;
        }
        finally
        {
            ExitNesting();
        }
    }

    private bool IsLoneAtom() =>
        _currentKind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.None or TokenKind.True
            or TokenKind.False
        && EndsOperand(PeekKind());

    // Tokens that no operator of an expression is: after an operand, the expression ends there.
    private static bool EndsOperand(TokenKind kind) =>
        kind is TokenKind.Comma or TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace
            or TokenKind.Colon or TokenKind.Equal or TokenKind.Semicolon or TokenKind.Newline or TokenKind.EndOfFile;

    // Tokens that begin an atom, so an expression starting with one starts with a primary (no prefix operator).
    private static bool StartsPrimary(TokenKind kind) =>
        kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.None or TokenKind.True
            or TokenKind.False or TokenKind.Ellipsis or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace;

    private LambdaExpr ParseLambda()
    {
        var start = Advance().Span;
        var parameters = ParseParameters(TokenKind.Colon, annotations: false);
        Expect(TokenKind.Colon, ":");
        var body = ParseTest();
        return Checked(new LambdaExpr(SpanFrom(start), parameters, body));
    }

    // From here down to ParsePower, 'primary' is the expression's first primary when the caller has read it already.
    private ExprNode ParseOrTest(ExprNode? primary = null)
    {
        var left = ParseAndTest(primary);
        while (At(TokenKind.Or))
        {
            Skip();
            var right = ParseAndTest();
            left = Checked(new BoolOpExpr(TextSpan.Cover(left.Span, right.Span), isAnd: false, left, right));
        }
        return left;
    }

    private ExprNode ParseAndTest(ExprNode? primary = null)
    {
        var left = ParseNotTest(primary);
        while (At(TokenKind.And))
        {
            Skip();
            var right = ParseNotTest();
            left = Checked(new BoolOpExpr(TextSpan.Cover(left.Span, right.Span), isAnd: true, left, right));
        }
        return left;
    }

    private ExprNode ParseNotTest(ExprNode? primary = null)
    {
        if (primary is not null || !At(TokenKind.Not)) return ParseComparison(primary);
        var start = Advance().Span;
        EnterNesting(start);
        var operand = ParseNotTest();
        ExitNesting();
        return Checked(new UnaryExpr(SpanFrom(start), UnaryOperator.Not, operand));
    }

    private ExprNode ParseComparison(ExprNode? primary = null)
    {
        var first = ParseBinary(1, primary);
        List<CompareOperator>? operators = null;
        List<ExprNode>? operands = null;
        while (true)
        {
            CompareOperator? op = _currentKind switch
            {
                TokenKind.EqualEqual => CompareOperator.Equal,
                TokenKind.NotEqual => CompareOperator.NotEqual,
                TokenKind.Less => CompareOperator.Less,
                TokenKind.LessEqual => CompareOperator.LessEqual,
                TokenKind.Greater => CompareOperator.Greater,
                TokenKind.GreaterEqual => CompareOperator.GreaterEqual,
                TokenKind.In => CompareOperator.In,
                TokenKind.Not when PeekKind() == TokenKind.In => CompareOperator.NotIn,
                TokenKind.Is when PeekKind() == TokenKind.Not => CompareOperator.IsNot,
                TokenKind.Is => CompareOperator.Is,
                _ => null,
            };
            if (op is null) break;
            Skip();
            if (op is CompareOperator.NotIn or CompareOperator.IsNot) Advance();
            (operators ??= []).Add(op.Value);
            (operands ??= []).Add(ParseBitOr());
        }
        if (operators is null) return first;
        return Checked(new CompareExpr(TextSpan.Cover(first.Span, operands![^1].Span), first, operators, operands));
    }

    private ExprNode ParseBitOr() => ParseBinary(1);

    // Binding power of the binary operators, from | (1) to * / // % @ (6); 0 for other tokens.
    private static readonly byte[] Precedence = BuildPrecedence();

    private static byte[] BuildPrecedence()
    {
        var table = new byte[Enum.GetValues<TokenKind>().Length];
        table[(int)TokenKind.Pipe] = 1;
        table[(int)TokenKind.Caret] = 2;
        table[(int)TokenKind.Ampersand] = 3;
        table[(int)TokenKind.LeftShift] = table[(int)TokenKind.RightShift] = 4;
        table[(int)TokenKind.Plus] = table[(int)TokenKind.Minus] = 5;
        table[(int)TokenKind.Star] = table[(int)TokenKind.Slash] = table[(int)TokenKind.DoubleSlash] = 6;
        table[(int)TokenKind.Percent] = table[(int)TokenKind.At] = 6;
        return table;
    }

    private static BinaryOperator BinaryOperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.Pipe => BinaryOperator.BitOr,
        TokenKind.Caret => BinaryOperator.BitXor,
        TokenKind.Ampersand => BinaryOperator.BitAnd,
        TokenKind.LeftShift => BinaryOperator.LeftShift,
        TokenKind.RightShift => BinaryOperator.RightShift,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.DoubleSlash => BinaryOperator.FloorDivide,
        TokenKind.Percent => BinaryOperator.Modulo,
        _ => BinaryOperator.MatrixMultiply,
    };

    // Precedence climbing over the left-associative binary operators whose binding power is at least 'minimum'.
    private ExprNode ParseBinary(int minimum, ExprNode? primary = null)
    {
        var left = primary is null ? ParseFactor() : ParsePower(primary);
        while (true)
        {
            int precedence = Precedence[(int)_currentKind];
            if (precedence < minimum || precedence == 0) return left;
            var op = BinaryOperatorOf(Advance().Kind);
            var right = ParseBinary(precedence + 1);
            left = Checked(new BinaryExpr(TextSpan.Cover(left.Span, right.Span), op, left, right));
        }
    }

    private ExprNode ParseFactor()
    {
        UnaryOperator? op = _currentKind switch
        {
            TokenKind.Plus => UnaryOperator.Plus,
            TokenKind.Minus => UnaryOperator.Minus,
            TokenKind.Tilde => UnaryOperator.Invert,
            _ => null,
        };
        if (op is null) return ParsePower();
        var start = Advance().Span;
        EnterNesting(start);
        var operand = ParseFactor();
        ExitNesting();
        return Checked(new UnaryExpr(SpanFrom(start), op.Value, operand));
    }

    private ExprNode ParsePower(ExprNode? first = null)
    {
        ExprNode primary;
        if (first is not null)
        {
            primary = first;
        }
        else if (At(TokenKind.Await))
        {
            var start = Advance().Span;
            var operand = ParsePrimary();
            primary = Checked(new OpaqueExpr(SpanFrom(start), "await", operand));
        }
        else
        {
            primary = ParsePrimary();
        }
        if (!At(TokenKind.DoubleStar)) return primary;
        var power = Advance().Span;
        EnterNesting(power);
        var exponent = ParseFactor();
        ExitNesting();
        return Checked(new BinaryExpr(TextSpan.Cover(primary.Span, exponent.Span), BinaryOperator.Power, primary, exponent));
    }

    private ExprNode ParsePrimary()
    {
        var expr = ParseAtom();
        while (true)
        {
            switch (_currentKind)
            {
                case TokenKind.LeftParen:
                {
                    var arguments = ParseCallArguments();
                    expr = Checked(new CallExpr(SpanFrom(expr.Span), expr, arguments));
                    break;
                }
                case TokenKind.LeftBracket:
                {
                    Skip();
                    var index = ParseSubscriptList();
                    Expect(TokenKind.RightBracket, "]");
                    expr = Checked(new SubscriptExpr(SpanFrom(expr.Span), expr, index));
                    break;
                }
                case TokenKind.Dot:
                {
                    Skip();
                    string name = ExpectName("an attribute name after '.'");
                    expr = Checked(new AttributeExpr(SpanFrom(expr.Span), expr, name));
                    break;
                }
                default:
                    return expr;
            }
        }
    }

    private Argument[] ParseCallArguments()
    {
        var open = Expect(TokenKind.LeftParen, "(").Span;
        int first = _argumentCount;
        bool sawKeyword = false;
        while (!At(TokenKind.RightParen))
        {
            var start = Current.Span;
            if (Accept(TokenKind.DoubleStar))
            {
                PushArgument(new Argument(ArgumentKind.DoubleStar, null, start, ParseTest()));
                sawKeyword = true;
            }
            else if (Accept(TokenKind.Star))
            {
                PushArgument(new Argument(ArgumentKind.Star, null, start, ParseTest()));
            }
            else if (At(TokenKind.Name) && PeekKind() == TokenKind.Equal)
            {
                var name = Advance();
                string keyword = _tokens.NameOf(name);
                Skip();
                for (int i = first; i < _argumentCount; i++)
                    if (_arguments[i].Kind == ArgumentKind.Keyword && _arguments[i].Name == keyword)
                        throw Error($"keyword argument repeated: {keyword}", name.Span);
                PushArgument(new Argument(ArgumentKind.Keyword, keyword, name.Span, ParseTest()));
                sawKeyword = true;
            }
            else
            {
                var value = ParseNamedExprTest();
                if (At(TokenKind.For)) value = ParseComprehension(value.Span, ComprehensionKind.Generator, value, null);
                if (At(TokenKind.Equal))
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", TextSpan.Cover(value.Span, Current.Span));
                if (sawKeyword)
                    throw Error(HasDoubleStarSince(first)
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument", value.Span,
                        "put positional arguments before keyword arguments");
                PushArgument(new Argument(ArgumentKind.Positional, null, value.Span, value));
            }
            if (!Accept(TokenKind.Comma))
            {
                if (!At(TokenKind.RightParen) && StartsExpression(_currentKind))
                    throw Error("invalid syntax. Perhaps you forgot a comma?", Current.Span);
                break;
            }
        }
        if (!At(TokenKind.RightParen))
            throw At(TokenKind.EndOfFile) ? Error("'(' was never closed", open, Lexer.NeverClosedHint('(')) : Unexpected();
        Skip();
        return PopArguments(first);
    }

    private bool HasDoubleStarSince(int first)
    {
        for (int i = first; i < _argumentCount; i++)
            if (_arguments[i].Kind == ArgumentKind.DoubleStar) return true;
        return false;
    }

    private ExprNode ParseSubscriptList()
    {
        var start = Current.Span;
        var first = ParseSubscript();
        if (!At(TokenKind.Comma)) return first;
        var items = Rent(_expressionLists);
        items.Add(first);
        while (Accept(TokenKind.Comma) && !At(TokenKind.RightBracket)) items.Add(ParseSubscript());
        return Checked(new CollectionExpr(SpanFrom(start), CollectionKind.Tuple, ToArray(_expressionLists, items)));
    }

    private ExprNode ParseSubscript()
    {
        var start = Current.Span;
        ExprNode? lower = null;
        if (!At(TokenKind.Colon)) lower = At(TokenKind.Star) ? ParseStarred() : ParseNamedExprTest();
        if (!At(TokenKind.Colon)) return lower!;
        Skip();
        ExprNode? upper = At(TokenKind.Colon) || At(TokenKind.RightBracket) || At(TokenKind.Comma) ? null : ParseTest();
        ExprNode? step = null;
        if (Accept(TokenKind.Colon) && !At(TokenKind.RightBracket) && !At(TokenKind.Comma)) step = ParseTest();
        return Checked(new SliceExpr(SpanFrom(start), lower, upper, step));
    }
}
