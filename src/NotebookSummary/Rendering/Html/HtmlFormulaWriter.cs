using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Typesets an <see cref="Expr"/> as HTML, node by node (<see cref="IFormulaWriter"/>): symbols by the math
/// convention — a single letter in italic (<c>&lt;var&gt;h&lt;/var&gt;</c>), a word upright (<c>params</c>,
/// <c>filters</c>), the part after the first underscore as a subscript (<c>k_h</c> → k<sub>h</sub>) — numbers as Keras
/// prints them, and the operators <c>· − / ⌊ ⌋ ⌈ ⌉</c>. With numbers, each value carries its symbol's name as its
/// tooltip, so a reader (and a test) can pair them; a tooltip is the one attribute that may hold user text (a symbol
/// name can come from a layer's name).
/// </summary>
internal sealed class HtmlFormulaWriter(StringBuilder sb, bool substituted) : IFormulaWriter
{
    public void Symbol(Symbol symbol, long? value)
    {
        if (!substituted)
        {
            AppendName(sb, symbol.Name);
            return;
        }
        sb.Append("<span class=\"nbs-val\" title=\"").AppendEscaped(symbol.Name).Append("\">");
        Number(value);
        sb.Append("</span>");
    }

    public void Number(long? value) => sb.Append(KerasNumbers.CountOrNone(value));

    public void Operator(FormulaOperator op) => sb.Append(FormulaTextWriter.Text(op));

    public void Open(FormulaBracket bracket) => sb.Append(FormulaTextWriter.OpeningText(bracket));

    public void Separator() => sb.Append(", ");

    public void Close(FormulaBracket bracket) => sb.Append(FormulaTextWriter.ClosingText(bracket));

    /// <summary>
    /// Appends a name by the math convention: <c>k_h</c> → italic k, subscript italic h; <c>c_in</c> → italic c,
    /// subscript upright "in"; <c>params</c>, <c>out_h</c>'s "out", "depthwise kernels" upright. Further underscores
    /// in the subscript read as commas (<c>pad_top</c> → pad<sub>top</sub>, <c>d_1</c> → d<sub>1</sub>).
    /// </summary>
    public static void AppendName(StringBuilder sb, string name)
    {
        int u = name.IndexOf('_');
        if (u <= 0 || u == name.Length - 1)
        {
            AppendPart(sb, name);
            return;
        }
        AppendPart(sb, name[..u]);
        sb.Append("<sub>");
        AppendPart(sb, name[(u + 1)..].Replace('_', ','));
        sb.Append("</sub>");
    }

    // One letter is a variable (italic); anything longer, or a number, is a word or a label and stands upright.
    private static void AppendPart(StringBuilder sb, string part)
    {
        if (part.Length == 1 && char.IsLetter(part[0])) sb.Append("<var>").AppendEscaped(part).Append("</var>");
        else sb.Append("<span class=\"nbs-w\">").AppendEscaped(part).Append("</span>");
    }

    /// <summary>Appends the rule with names (<paramref name="substituted"/> false) or with the model's numbers.</summary>
    public static void AppendRule(StringBuilder sb, Expr rule, bool substituted) =>
        rule.WriteTo(new HtmlFormulaWriter(sb, substituted));
}
