using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

// Statements: simple statements separated by ';' and the compound statements with indented blocks.
internal sealed partial class Parser
{
    private void ParseStatement(List<StmtNode> into)
    {
        switch (_currentKind)
        {
            case TokenKind.If: into.Add(ParseIf()); return;
            case TokenKind.For: into.Add(ParseFor()); return;
            case TokenKind.While: into.Add(ParseWhile()); return;
            case TokenKind.Try: into.Add(ParseTry()); return;
            case TokenKind.With: into.Add(ParseWith()); return;
            case TokenKind.Def: into.Add(ParseDef()); return;
            case TokenKind.Class: into.Add(ParseClass()); return;
            case TokenKind.At: into.Add(ParseDecorated()); return;
            case TokenKind.Async:
                Skip();
                if (At(TokenKind.Def) || At(TokenKind.For) || At(TokenKind.With))
                {
                    ParseStatement(into);
                    return;
                }
                throw Unexpected();
            case TokenKind.Indent: throw Unexpected();
            case TokenKind.Dedent: throw Unexpected();
            case TokenKind.Magic:
                into.Add(new MagicStmt(Advance().Span));
                Expect(TokenKind.Newline, "end of line");
                return;
        }
        ParseSimpleStatements(into);
    }

    private void ParseSimpleStatements(List<StmtNode> into)
    {
        while (true)
        {
            into.Add(ParseSmallStatement());
            if (Accept(TokenKind.Semicolon))
            {
                if (At(TokenKind.Newline) || At(TokenKind.EndOfFile)) break;
                continue;
            }
            break;
        }
        if (At(TokenKind.EndOfFile)) return;
        if (!Accept(TokenKind.Newline)) throw Unexpected();
    }

    private StmtNode ParseSmallStatement()
    {
        var start = Current.Span;
        switch (_currentKind)
        {
            case TokenKind.Pass:
            case TokenKind.Break:
            case TokenKind.Continue:
                return new KeywordStmt(Advance().Span, Previous.Kind);
            case TokenKind.Return:
            {
                Skip();
                var value = AtEndOfStatement() ? null : ParseTestListStarExpr();
                return new ReturnStmt(SpanFrom(start), value);
            }
            case TokenKind.Raise:
            {
                Skip();
                var operands = new List<ExprNode>();
                if (!AtEndOfStatement())
                {
                    operands.Add(ParseTest());
                    if (Accept(TokenKind.From)) operands.Add(ParseTest());
                }
                return new SimpleStmt(SpanFrom(start), TokenKind.Raise, operands, []);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                var keyword = Advance().Kind;
                var names = new List<string> { ExpectName("a name") };
                while (Accept(TokenKind.Comma)) names.Add(ExpectName("a name"));
                return new SimpleStmt(SpanFrom(start), keyword, [], names);
            }
            case TokenKind.Del:
            {
                Skip();
                var targets = ParseTargetList(stopAtIn: false);
                return new SimpleStmt(SpanFrom(start), TokenKind.Del, targets, []);
            }
            case TokenKind.Assert:
            {
                Skip();
                var operands = new List<ExprNode> { ParseTest() };
                if (Accept(TokenKind.Comma)) operands.Add(ParseTest());
                return new SimpleStmt(SpanFrom(start), TokenKind.Assert, operands, []);
            }
            case TokenKind.Import: return ParseImport();
            case TokenKind.From: return ParseFromImport();
        }
        return ParseExpressionStatement();
    }

    private bool AtEndOfStatement() => _currentKind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndOfFile;

    private StmtNode ParseExpressionStatement()
    {
        var start = Current.Span;
        var first = ParseTestListStarExpr(allowYield: true);

        if (At(TokenKind.Equal))
        {
            var targets = new List<ExprNode> { first };
            ExprNode value = first;
            while (Accept(TokenKind.Equal))
            {
                value = ParseTestListStarExpr(allowYield: true);
                targets.Add(value);
            }
            targets.RemoveAt(targets.Count - 1);
            foreach (var target in targets) CheckAssignable(target, augmented: false);
            return new AssignStmt(SpanFrom(start), targets, value);
        }
        if (AugmentedOperator(_currentKind) is { } op)
        {
            CheckAssignable(first, augmented: true);
            Skip();
            var value = ParseTestListStarExpr(allowYield: true);
            return new AugAssignStmt(SpanFrom(start), first, op, value);
        }
        if (At(TokenKind.Colon) && first is NameExpr or AttributeExpr or SubscriptExpr)
        {
            Skip();
            ParseTest(); // the annotation
            ExprNode? value = Accept(TokenKind.Equal) ? ParseTestListStarExpr(allowYield: true) : null;
            return new AnnAssignStmt(SpanFrom(start), first, value);
        }
        if (first is NameExpr { Name: "print" or "exec" } name && StartsExpression(_currentKind) && _currentKind is not
                (TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde))
            throw Error($"Missing parentheses in call to '{name.Name}'. Did you mean {name.Name}(...)?",
                TextSpan.Cover(name.Span, Current.Span), "this is Python 2 syntax; Python 3 needs print(...)");
        if (!AtEndOfStatement() && StartsExpression(_currentKind))
            throw Error("invalid syntax", Current.Span);
        return new ExprStmt(SpanFrom(start), first);
    }

    private static BinaryOperator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => BinaryOperator.Add,
        TokenKind.MinusEqual => BinaryOperator.Subtract,
        TokenKind.StarEqual => BinaryOperator.Multiply,
        TokenKind.SlashEqual => BinaryOperator.Divide,
        TokenKind.DoubleSlashEqual => BinaryOperator.FloorDivide,
        TokenKind.PercentEqual => BinaryOperator.Modulo,
        TokenKind.DoubleStarEqual => BinaryOperator.Power,
        TokenKind.AtEqual => BinaryOperator.MatrixMultiply,
        TokenKind.AmpersandEqual => BinaryOperator.BitAnd,
        TokenKind.PipeEqual => BinaryOperator.BitOr,
        TokenKind.CaretEqual => BinaryOperator.BitXor,
        TokenKind.LeftShiftEqual => BinaryOperator.LeftShift,
        TokenKind.RightShiftEqual => BinaryOperator.RightShift,
        _ => null,
    };

    private static void CheckAssignable(ExprNode target, bool augmented)
    {
        switch (target)
        {
            case NameExpr or AttributeExpr or SubscriptExpr:
                return;
            case CollectionExpr { Kind: CollectionKind.Tuple or CollectionKind.List } c when !augmented:
                foreach (var item in c.Items) CheckAssignable(item is StarredExpr s ? s.Value : item, false);
                return;
            case StarredExpr s when !augmented:
                CheckAssignable(s.Value, false);
                return;
        }
        string what = target switch
        {
            CallExpr => "function call",
            NumberExpr or StringExpr or FStringExpr or ConstantExpr => "literal",
            CompareExpr => "comparison",
            BinaryExpr or UnaryExpr or BoolOpExpr => "expression",
            _ => "expression",
        };
        throw Error(augmented
                ? $"'{what}' is an illegal expression for augmented assignment"
                : $"cannot assign to {what} here. Maybe you meant '==' instead of '='?", target.Span);
    }

    // ---- imports -------------------------------------------------------------------------------

    private ImportStmt ParseImport()
    {
        var start = Advance().Span;
        var modules = new List<ImportedName>();
        do
        {
            var nameStart = Current.Span;
            string name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? ExpectName("a name after 'as'") : null;
            modules.Add(new ImportedName(name, asName, SpanFrom(nameStart)));
        } while (Accept(TokenKind.Comma));
        return new ImportStmt(SpanFrom(start), modules);
    }

    private FromImportStmt ParseFromImport()
    {
        var start = Advance().Span;
        int level = 0;
        while (At(TokenKind.Dot) || At(TokenKind.Ellipsis)) level += Advance().Kind == TokenKind.Dot ? 1 : 3;
        string module = level > 0 && At(TokenKind.Import) ? "" : ParseDottedName();
        Expect(TokenKind.Import, "import");
        if (At(TokenKind.Star))
        {
            Skip();
            return new FromImportStmt(SpanFrom(start), module, level, [], star: true);
        }
        bool parenthesized = Accept(TokenKind.LeftParen);
        var names = new List<ImportedName>();
        do
        {
            if (parenthesized && At(TokenKind.RightParen)) break;
            var nameSpan = Current.Span;
            string name = ExpectName("a name to import");
            string? asName = Accept(TokenKind.As) ? ExpectName("a name after 'as'") : null;
            names.Add(new ImportedName(name, asName, SpanFrom(nameSpan)));
        } while (Accept(TokenKind.Comma));
        if (parenthesized) Expect(TokenKind.RightParen, ")");
        else if (names.Count > 0 && Previous.Kind == TokenKind.Comma)
            throw Error("trailing comma not allowed without surrounding parentheses", Previous.Span);
        return new FromImportStmt(SpanFrom(start), module, level, names, star: false);
    }

    private string ParseDottedName()
    {
        string name = ExpectName("a module name");
        while (Accept(TokenKind.Dot)) name += "." + ExpectName("a module name");
        return name;
    }

    // ---- compound statements -------------------------------------------------------------------

    /// <summary>':' then an indented block, or simple statements on the same line.</summary>
    private List<StmtNode> ParseBlock(string header, TextSpan headerStart)
    {
        Expect(TokenKind.Colon, ":");
        var body = new List<StmtNode>();
        if (!At(TokenKind.Newline))
        {
            ParseSimpleStatements(body);
            return body;
        }
        Skip();
        if (!Accept(TokenKind.Indent))
        {
            var (line, _) = _source.LineColumn(headerStart.Start);
            throw Error($"expected an indented block after {header} on line {line}",
                At(TokenKind.EndOfFile) || At(TokenKind.Dedent) ? new TextSpan(Current.Span.Start, 1) : Current.Span,
                "indent the statements that belong to it");
        }
        EnterNesting(headerStart);
        while (!At(TokenKind.Dedent) && !At(TokenKind.EndOfFile))
        {
            if (Accept(TokenKind.Newline)) continue;
            ParseStatement(body);
        }
        Accept(TokenKind.Dedent);
        ExitNesting();
        return body;
    }

    private IfStmt ParseIf()
    {
        var start = Advance().Span;
        var branches = new List<(ExprNode, IReadOnlyList<StmtNode>)>();
        var condition = ParseNamedExprTest();
        CheckConditionColon();
        branches.Add((condition, ParseBlock("'if' statement", start)));
        IReadOnlyList<StmtNode>? otherwise = null;
        while (true)
        {
            if (At(TokenKind.Elif))
            {
                var elif = Advance().Span;
                var c = ParseNamedExprTest();
                CheckConditionColon();
                branches.Add((c, ParseBlock("'elif' statement", elif)));
                continue;
            }
            if (At(TokenKind.Else))
            {
                var e = Advance().Span;
                otherwise = ParseBlock("'else' statement", e);
            }
            break;
        }
        return new IfStmt(SpanFrom(start), branches, otherwise);
    }

    // `if x = 1:` is a classic slip; Python names it.
    private void CheckConditionColon()
    {
        if (At(TokenKind.Equal))
            throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Current.Span);
    }

    private WhileStmt ParseWhile()
    {
        var start = Advance().Span;
        var condition = ParseNamedExprTest();
        CheckConditionColon();
        var body = ParseBlock("'while' statement", start);
        IReadOnlyList<StmtNode>? otherwise = null;
        if (At(TokenKind.Else))
        {
            var e = Advance().Span;
            otherwise = ParseBlock("'else' statement", e);
        }
        return new WhileStmt(SpanFrom(start), condition, body, otherwise);
    }

    private ForStmt ParseFor()
    {
        var start = Advance().Span;
        var target = TargetOf(ParseTargetList(stopAtIn: true), start);
        Expect(TokenKind.In, "in");
        var iterable = ParseTestListStarExpr();
        var body = ParseBlock("'for' statement", start);
        IReadOnlyList<StmtNode>? otherwise = null;
        if (At(TokenKind.Else))
        {
            var e = Advance().Span;
            otherwise = ParseBlock("'else' statement", e);
        }
        return new ForStmt(SpanFrom(start), target, iterable, body, otherwise);
    }

    private ExprNode TargetOf(List<ExprNode> targets, TextSpan start)
    {
        foreach (var t in targets) CheckAssignable(t, augmented: false);
        return targets.Count == 1 && Previous.Kind != TokenKind.Comma
            ? targets[0]
            : Checked(new CollectionExpr(TextSpan.Cover(targets[0].Span, targets[^1].Span), CollectionKind.Tuple, targets));
    }

    /// <summary>Targets of <c>for</c>, comprehensions and <c>del</c>: expressions separated by commas.</summary>
    private List<ExprNode> ParseTargetList(bool stopAtIn)
    {
        var targets = new List<ExprNode>();
        do
        {
            if (targets.Count > 0 && (At(TokenKind.In) || AtEndOfStatement())) break;
            targets.Add(At(TokenKind.Star) ? ParseStarred() : ParseBitOr());
        } while (Accept(TokenKind.Comma));
        if (stopAtIn && !At(TokenKind.In) && StartsExpression(_currentKind))
            throw Error("invalid syntax", Current.Span);
        return targets;
    }

    private TryStmt ParseTry()
    {
        var start = Advance().Span;
        var body = ParseBlock("'try' statement", start);
        var handlers = new List<IReadOnlyList<StmtNode>>();
        IReadOnlyList<StmtNode>? otherwise = null, final = null;
        while (At(TokenKind.Except))
        {
            var e = Advance().Span;
            Accept(TokenKind.Star);
            if (!At(TokenKind.Colon))
            {
                ParseTest();
                if (Accept(TokenKind.Comma)) ParseTest(); // Python 2 `except E, e` reads as a tuple here
                if (Accept(TokenKind.As)) ExpectName("a name after 'as'");
            }
            handlers.Add(ParseBlock("'except' statement", e));
        }
        if (At(TokenKind.Else) && handlers.Count > 0)
        {
            var e = Advance().Span;
            otherwise = ParseBlock("'else' statement", e);
        }
        if (At(TokenKind.Finally))
        {
            var f = Advance().Span;
            final = ParseBlock("'finally' statement", f);
        }
        if (handlers.Count == 0 && final is null)
            throw Error("expected 'except' or 'finally' block", Current.Span);
        return new TryStmt(SpanFrom(start), body, handlers, otherwise, final);
    }

    private WithStmt ParseWith()
    {
        var start = Advance().Span;
        var items = new List<(ExprNode, ExprNode?)>();
        do
        {
            var context = ParseTest();
            ExprNode? target = null;
            if (Accept(TokenKind.As))
            {
                target = ParseBitOr();
                CheckAssignable(target, augmented: false);
            }
            items.Add((context, target));
        } while (Accept(TokenKind.Comma));
        var body = ParseBlock("'with' statement", start);
        return new WithStmt(SpanFrom(start), items, body);
    }

    private StmtNode ParseDecorated()
    {
        while (Accept(TokenKind.At))
        {
            ParseNamedExprTest();
            Expect(TokenKind.Newline, "end of line");
        }
        Accept(TokenKind.Async);
        if (At(TokenKind.Def)) return ParseDef();
        if (At(TokenKind.Class)) return ParseClass();
        throw Error("expected 'def' or 'class' after a decorator", Current.Span);
    }

    private FunctionDefStmt ParseDef()
    {
        var start = Advance().Span;
        var nameSpan = Current.Span;
        string name = ExpectName("a function name");
        Expect(TokenKind.LeftParen, "(");
        var parameters = ParseParameters(TokenKind.RightParen, annotations: true);
        Expect(TokenKind.RightParen, ")");
        if (Accept(TokenKind.Arrow)) ParseTest();
        var body = ParseBlock($"function definition", start);
        return new FunctionDefStmt(SpanFrom(start), name, nameSpan, parameters, body);
    }

    private ClassDefStmt ParseClass()
    {
        var start = Advance().Span;
        var nameSpan = Current.Span;
        string name = ExpectName("a class name");
        var bases = At(TokenKind.LeftParen) ? ParseCallArguments() : [];
        ParseBlock("class definition", start);
        return new ClassDefStmt(SpanFrom(start), name, nameSpan, bases);
    }

    /// <summary>Parameters of a def (with annotations) or a lambda, up to <paramref name="end"/>.</summary>
    private List<Parameter> ParseParameters(TokenKind end, bool annotations)
    {
        var parameters = new List<Parameter>();
        bool keywordOnly = false;
        while (!At(end))
        {
            var span = Current.Span;
            if (Accept(TokenKind.Slash))
            {
                // positional-only marker: nothing to record
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                parameters.Add(new Parameter(ExpectName("a parameter name"), span, ParameterKind.VarKeyword, null));
                if (annotations && Accept(TokenKind.Colon)) ParseTest();
            }
            else if (Accept(TokenKind.Star))
            {
                keywordOnly = true;
                if (At(TokenKind.Name))
                {
                    parameters.Add(new Parameter(_tokens.NameOf(Advance()), span, ParameterKind.VarPositional, null));
                    if (annotations && Accept(TokenKind.Colon)) ParseTest();
                }
            }
            else
            {
                string name = ExpectName("a parameter name");
                if (annotations && Accept(TokenKind.Colon)) ParseTest();
                ExprNode? value = Accept(TokenKind.Equal) ? ParseTest() : null;
                if (parameters.Any(p => p.Name == name))
                    throw Error($"duplicate argument '{name}' in function definition", span);
                parameters.Add(new Parameter(name, span, keywordOnly ? ParameterKind.KeywordOnly : ParameterKind.Normal, value));
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        return parameters;
    }
}
