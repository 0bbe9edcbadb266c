using System.Text;

namespace NotebookSummary.Analysis;

/// <summary>
/// Writes an <see cref="Expr"/> as plain text: <c>(k_h·k_w·c_in + 1)·filters</c>, or with the model's numbers
/// <c>(3·3·1 + 1)·32</c> (numbers as Keras prints them: <c>25,088</c>, <c>None</c>). The text of
/// <see cref="Expr.Symbolic"/>, <see cref="Expr.Substituted"/>, the text walk-through and the JSON.
/// </summary>
internal sealed class FormulaTextWriter : IFormulaWriter
{
    // One writer a thread, lent to each Write: the fingerprint of every row writes its formulas, and a writer a
    // formula would be an object per formula of a 100,000-layer model. Taken while in use, so a nested write makes its own.
    [ThreadStatic] private static FormulaTextWriter? _spare;

    private StringBuilder _sb = null!;
    private bool _substituted;

    private FormulaTextWriter() { }

    /// <summary>Appends <paramref name="expr"/>'s text to <paramref name="sb"/>, with numbers when <paramref name="substituted"/>.</summary>
    public static void Write(Expr expr, StringBuilder sb, bool substituted)
    {
        var writer = _spare ?? new FormulaTextWriter();
        _spare = null;
        (writer._sb, writer._substituted) = (sb, substituted);
        try
        {
            expr.WriteTo(writer);
        }
        finally
        {
            writer._sb = null!; // holds no caller's builder between writes
            _spare = writer;
        }
    }

    public void Symbol(Symbol symbol, long? value)
    {
        if (_substituted) Number(value);
        else _sb.Append(symbol.Name);
    }

    public void Number(long? value)
    {
        if (value is { } v) _sb.AppendCount(v);
        else _sb.Append("None");
    }

    public void Operator(FormulaOperator op) => _sb.Append(Text(op));

    public void Open(FormulaBracket bracket) => _sb.Append(OpeningText(bracket));

    public void Separator() => _sb.Append(", ");

    public void Close(FormulaBracket bracket) => _sb.Append(ClosingText(bracket));

    /// <summary>How an operator reads, spaces included: sums are spaced, products and quotients are not.</summary>
    public static string Text(FormulaOperator op) => op switch
    {
        FormulaOperator.Add => " + ",
        FormulaOperator.Subtract => " − ",
        FormulaOperator.Multiply => "·",
        _ => "/",
    };

    public static string OpeningText(FormulaBracket bracket) => bracket switch
    {
        FormulaBracket.Floor => "⌊",
        FormulaBracket.Ceiling => "⌈",
        FormulaBracket.Max => "max(",
        _ => "(",
    };

    public static string ClosingText(FormulaBracket bracket) => bracket switch
    {
        FormulaBracket.Floor => "⌋",
        FormulaBracket.Ceiling => "⌉",
        _ => ")",
    };
}
