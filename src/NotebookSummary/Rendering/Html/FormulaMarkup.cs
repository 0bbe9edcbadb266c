using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Typesets walk-through formulas: symbols as math variables with subscripts (<c>k_h</c> → <c>k<sub>h</sub></c>),
/// numbers and the operators <c>· − ⌊ ⌋ ⌈ ⌉</c> as written by <see cref="Expr"/>.
/// </summary>
/// <remarks>
/// The symbolic and the substituted texts come from the same expression tree, so their tokens correspond one to
/// one: where the symbolic text has a symbol, the substituted text has its value. That is how the legend learns
/// each symbol's value without a second source of truth.
/// </remarks>
internal static class FormulaMarkup
{
    /// <summary>Appends a symbol name as a math variable: the part after the first underscore becomes a subscript.</summary>
    public static void AppendSymbol(StringBuilder sb, string name)
    {
        sb.Append("<var>");
        int u = name.IndexOf('_');
        if (u <= 0 || u == name.Length - 1)
            sb.AppendEscaped(name);
        else
            sb.AppendEscaped(name[..u]).Append("<sub>").AppendEscaped(name[(u + 1)..].Replace('_', ',')).Append("</sub>");
        sb.Append("</var>");
    }

    /// <summary>Appends the symbolic rule, e.g. <c>(k_h·k_w·c_in + 1)·filters</c>, with its symbols typeset.</summary>
    public static void AppendSymbolic(StringBuilder sb, Formula formula)
    {
        var symbols = formula.Rule.Symbols();
        foreach (var token in Tokens(formula.Symbolic))
        {
            if (token.Kind == TokenKind.Name && IsSymbol(symbols, token.Text))
                AppendSymbol(sb, token.Text);
            else
                sb.AppendEscaped(token.Text);
        }
    }

    /// <summary>Appends the rule with the model's numbers, e.g. <c>(3·3·1 + 1)·32</c>.</summary>
    public static void AppendSubstituted(StringBuilder sb, Formula formula) => sb.AppendEscaped(formula.Substituted);

    /// <summary>Records the value of each symbol of <paramref name="formula"/> (as printed, e.g. <c>25,088</c>) not yet in <paramref name="into"/>.</summary>
    public static void CollectValues(Formula formula, Dictionary<string, string> into)
    {
        var symbols = formula.Rule.Symbols();
        var symbolic = Tokens(formula.Symbolic);
        var substituted = Tokens(formula.Substituted);
        if (symbolic.Count != substituted.Count) return; // cannot happen for Expr's own texts; then no values
        for (int i = 0; i < symbolic.Count; i++)
        {
            var t = symbolic[i];
            if (t.Kind == TokenKind.Name && IsSymbol(symbols, t.Text) && !into.ContainsKey(t.Text))
                into[t.Text] = substituted[i].Text;
        }
    }

    private static bool IsSymbol(IReadOnlyList<Symbol> symbols, string name)
    {
        foreach (var s in symbols)
            if (s.Name == name) return true;
        return false;
    }

    internal enum TokenKind { Name, Number, Other }

    internal readonly record struct Token(TokenKind Kind, string Text);

    /// <summary>
    /// Splits formula text into names (<c>k_h</c>, <c>max</c>, <c>None</c>), numbers with their thousands separators
    /// (<c>25,088</c>; a comma followed by a space, as in <c>max(3, 5)</c>, is punctuation) and single other characters.
    /// </summary>
    internal static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Name, text[start..i]));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || (text[i] == ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
                tokens.Add(new Token(TokenKind.Number, text[start..i]));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Other, text[start..i]));
            }
        }
        return tokens;
    }
}
