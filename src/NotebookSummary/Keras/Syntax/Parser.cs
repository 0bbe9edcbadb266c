using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// A recursive-descent parser for Python 3 statements and expressions (the grammar of the language reference,
/// without <c>match</c> and type-parameter syntax). It builds the syntax tree the interpreter runs and throws a
/// <see cref="SyntaxErrorException"/> at the first token that cannot continue the program, as Python reports it.
/// Nesting is bounded by <see cref="ReaderLimits.MaxNesting"/> and expression trees by
/// <see cref="ReaderLimits.MaxExpressionDepth"/>, so no input can exhaust the stack.
/// </summary>
internal sealed partial class Parser
{
    private readonly TokenStream _tokens;
    private readonly SourceText _source;
    private int _index;
    private int _nesting;
    private readonly NameTable _strings = new([]);

    // Scratch lists reused while collecting items and statements; nodes keep exact-size arrays.
    private readonly Stack<List<ExprNode>> _expressionLists = new();
    private readonly Stack<List<StmtNode>> _statementLists = new();

    private static List<T> Rent<T>(Stack<List<T>> pool) => pool.Count > 0 ? pool.Pop() : new List<T>(8);

    // The arguments of the calls being read, innermost last: a call's arguments are the top of this stack until
    // it closes and they move into an exact-size array (a call per line of a model: a list per call would cost a
    // rental and a copy through the list).
    private Argument[] _arguments = new Argument[16];
    private int _argumentCount;

    private void PushArgument(Argument argument)
    {
        if (_argumentCount == _arguments.Length) Array.Resize(ref _arguments, _argumentCount * 2);
        _arguments[_argumentCount++] = argument;
    }

    // The arguments pushed since 'first', taken off the stack.
    private Argument[] PopArguments(int first)
    {
        int count = _argumentCount - first;
        if (count == 0) return [];
        var array = new Argument[count];
        var pushed = _arguments.AsSpan(first, count);
        pushed.CopyTo(array);
        pushed.Clear(); // the stack keeps no node alive
        _argumentCount = first;
        return array;
    }

    private static T[] ToArray<T>(Stack<List<T>> pool, List<T> list)
    {
        var array = list.Count == 0 ? [] : list.ToArray();
        list.Clear();
        pool.Push(list);
        return array;
    }

    private Parser(TokenStream tokens, SourceText source, int nesting)
    {
        _tokens = tokens;
        _source = source;
        _nesting = nesting;
        _currentKind = tokens.KindAt(0);
    }

    /// <summary>Parses a whole source text into its statements.</summary>
    public static IReadOnlyList<StmtNode> ParseModule(SourceText source) => ParseStatements(source).SelectMany(s => s).ToList();

    /// <summary>
    /// The top-level statements one at a time, parsed as they are enumerated (a line of several statements
    /// separated by ';' comes as one group). Lets the reader check a whole text and then run it without holding
    /// every syntax tree at once. The group is valid until the next one is asked for (its list is reused: a
    /// statement is run, or checked, before the next is parsed); the statements in it may be kept.
    /// </summary>
    public static IEnumerable<IReadOnlyList<StmtNode>> ParseStatements(SourceText source)
    {
        var parser = new Parser(new TokenStream(Lexer.Streaming(source)), source, 0);
        while (true)
        {
            var group = parser.NextStatement();
            if (group is null) yield break;
            yield return group;
        }
    }

    // The current top-level group (see ParseStatements).
    private readonly List<StmtNode> _group = new(4);

    private List<StmtNode>? NextStatement()
    {
        try
        {
            _group.Clear();
            while (Accept(TokenKind.Newline)) { }
            if (At(TokenKind.EndOfFile)) return null;
            ParseStatement(_group);
            return _group;
        }
        catch (SyntaxErrorException)
        {
            _tokens.CheckRest(); // throws the lexical error instead, if there is one further on
            throw;
        }
    }

    // ---- token access --------------------------------------------------------------------------

    // The current token's kind, kept beside its index: the parser asks it at every level of an expression, and a
    // kind is a plain value (a whole Token held in a field would cost a GC write barrier per token).
    private TokenKind _currentKind;

    private Token Current => _tokens[_index];

    private TokenKind PeekKind(int ahead = 1) => _tokens.KindAt(_index + ahead);

    private Token Previous => _tokens[Math.Max(0, _index - 1)];

    // Where Previous ends, read without copying the token (spans of nodes are made from it).
    private int PreviousEnd => _tokens[Math.Max(0, _index - 1)].Span.End;

    private bool At(TokenKind kind) => _currentKind == kind;

    private Token Advance()
    {
        var token = _tokens[_index];
        Skip();
        return token;
    }

    /// <summary>Moves past the current token (<see cref="Advance"/> without handing it back).</summary>
    private void Skip()
    {
        if (_currentKind == TokenKind.EndOfFile) return;
        int index = ++_index;
        if (_tokens.IsRead(index)) _currentKind = _tokens.KindOfRead(index);
        else SkipToUnread(index);
    }

    // Apart from Skip, so that the step to a token already read calls nothing (and needs no stack frame).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void SkipToUnread(int index) => _currentKind = _tokens.KindAtCurrent(index);

    private bool Accept(TokenKind kind)
    {
        if (_currentKind != kind) return false;
        Skip();
        return true;
    }

    private Token Expect(TokenKind kind, string text)
    {
        if (At(kind)) return Advance();
        throw _currentKind switch
        {
            TokenKind.EndOfFile => Error($"expected '{text}', but the code ends here", Current.Span),
            TokenKind.Newline => Error($"expected '{text}'", EndOfPrevious()),
            _ => Error($"expected '{text}'", Current.Span),
        };
    }

    private string ExpectName(string what)
    {
        if (At(TokenKind.Name)) return _tokens.NameOf(Advance());
        throw Error($"expected {what}", At(TokenKind.Newline) ? EndOfPrevious() : Current.Span);
    }

    private TextSpan EndOfPrevious() => new(PreviousEnd, 1);

    private TextSpan SpanFrom(TextSpan start) => TextSpan.FromBounds(start.Start, Math.Max(start.End, PreviousEnd));

    private static SyntaxErrorException Error(string message, TextSpan span, string? hint = null) => new(message, span, hint);

    /// <summary>"invalid syntax" at the current token, with Python's more specific wording where it has one.</summary>
    private SyntaxErrorException Unexpected()
    {
        var token = Current;
        return token.Kind switch
        {
            TokenKind.EndOfFile => Error("invalid syntax: the code ends in the middle of a statement", token.Span),
            TokenKind.Indent => Error("unexpected indent", token.Span, "remove the extra spaces at the start of the line"),
            TokenKind.Newline => Error("invalid syntax", EndOfPrevious()),
            _ => Error("invalid syntax", token.Span),
        };
    }

    private void EnterNesting(TextSpan at)
    {
        if (!Nest()) throw TooDeep(at);
    }

    // EnterNesting at the current token, whose span is read only for the error.
    private void EnterNestingHere()
    {
        if (!Nest()) throw TooDeep(Current.Span);
    }

    // One level deeper; false when that is too deep. The stack check reads thread-local state, so it runs every
    // eighth level (a level is a few frames).
    private bool Nest() => ++_nesting <= ReaderLimits.MaxNesting
        && (_nesting % 8 != 0 || System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack());

    private static SyntaxErrorException TooDeep(TextSpan at) =>
        Error($"the code is nested too deeply (the reader allows {ReaderLimits.MaxNesting} levels)", at);

    private void ExitNesting() => _nesting--;

    private static T Checked<T>(T node) where T : ExprNode
    {
        if (node.Depth > ReaderLimits.MaxExpressionDepth)
            throw Error($"the expression is too long or nested too deeply (the reader allows {ReaderLimits.MaxExpressionDepth} levels)",
                new TextSpan(node.Span.Start, 1));
        return node;
    }

    /// <summary>True for tokens that can begin an expression (used to spot a missing comma).</summary>
    private static bool StartsExpression(TokenKind kind) => kind is TokenKind.Name or TokenKind.Number
        or TokenKind.String or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace
        or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Ellipsis or TokenKind.Lambda
        or TokenKind.Not or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Await;
}
