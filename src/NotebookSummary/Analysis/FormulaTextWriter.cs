using System.Text;

namespace NotebookSummary.Analysis;

/// <summary>
/// Writes an <see cref="Expr"/> as plain text: <c>(k_h·k_w·c_in + 1)·filters</c>, or with the model's numbers
/// <c>(3·3·1 + 1)·32</c> (numbers as Keras prints them: <c>25,088</c>, <c>None</c>). The text of
/// <see cref="Expr.Symbolic"/>, <see cref="Expr.Substituted"/>, the text walk-through and the JSON.
/// </summary>
internal sealed class FormulaTextWriter(StringBuilder sb, bool substituted) : IFormulaWriter
{
    public void Symbol(Symbol symbol, long? value)
    {
        if (substituted) Number(value);
        else sb.Append(symbol.Name);
    }

    public void Number(long? value)
    {
        if (value is { } v) sb.AppendCount(v);
        else sb.Append("None");
    }

    public void Operator(FormulaOperator op) => sb.Append(Text(op));

    public void Open(FormulaBracket bracket) => sb.Append(OpeningText(bracket));

    public void Separator() => sb.Append(", ");

    public void Close(FormulaBracket bracket) => sb.Append(ClosingText(bracket));

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
