namespace NotebookSummary.Keras.Syntax;

/// <summary>The kinds of Python tokens the reader distinguishes.</summary>
internal enum TokenKind
{
    EndOfFile,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,
    /// <summary>An IPython line (<c>%matplotlib inline</c>, <c>!pip install keras</c>): skipped.</summary>
    Magic,

    // Brackets and punctuation.
    LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    Comma, Colon, Semicolon, Dot, Ellipsis, Arrow, ColonEqual,

    // Operators.
    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, At, Pipe, Caret, Ampersand, Tilde,
    LeftShift, RightShift, Less, Greater, LessEqual, GreaterEqual, EqualEqual, NotEqual, Equal,

    // Augmented assignment.
    PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    AmpersandEqual, PipeEqual, CaretEqual, LeftShiftEqual, RightShiftEqual, AtEqual,

    // Keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except,
    Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try, While,
    With, Yield,
}
