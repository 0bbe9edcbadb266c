using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The body of a layer's <c>&lt;details&gt;</c>: how its parameter count and its output shape follow from its
/// arguments. One grid per layer — section label | target | equation — so the targets and their first "=" line up;
/// each equation's steps follow one another and wrap as whole steps in a narrow cell:
/// <code>
/// PARAMETERS    params = (k_h·k_w·c_in + 1)·filters = (3·3·1 + 1)·32 = 320
/// OUTPUT SHAPE  (None, 28, 28, 1) → (None, 26, 26, 32)
///               out_h  = ⌊(h − k_h)/s_h⌋ + 1        = ⌊(28 − 3)/1⌋ + 1 = 26
/// SYMBOLS       k_h = 3 kernel height · c_in = 1 input channels · …
/// </code>
/// </summary>
internal static class WalkThroughMarkup
{
    /// <param name="withConnections">List the row's "Connected to" entries: for a walk-through shown on its own; a
    /// table row shows them as links under the row.</param>
    public static void Append(StringBuilder sb, SummaryRow row, bool withConnections = true)
    {
        var w = row.WalkThrough;
        sb.Append("<div class=\"nbs-walk\">");

        Label(sb, "Parameters");
        if (w.Parameters is { } p)
        {
            Equation(sb, p);
            if (!row.Trainable)
                Prose(sb).Append("Frozen (trainable=False): all ").Append(KerasNumbers.Count(row.Params))
                    .Append(" parameters are non-trainable.</div>");
            else if (row.NonTrainableParams > 0)
                Prose(sb).Append(KerasNumbers.Count(row.TrainableParams)).Append(" trainable, ")
                    .Append(KerasNumbers.Count(row.NonTrainableParams)).Append(" non-trainable.</div>");
        }
        else
        {
            Prose(sb).Append("0 — ").AppendEscaped(w.NoParametersReason).Append(".</div>");
        }

        Label(sb, "Output shape");
        Prose(sb).Append("<span class=\"nbs-io\">").AppendEscaped(row.InputShape.ToString()).Append(" → ")
            .AppendEscaped(row.OutputShape.ToString()).Append("</span>");
        if (row.InputShape.Equals(row.OutputShape)) sb.Append(" (unchanged)");
        sb.Append("</div>");
        foreach (var f in w.Shape) Equation(sb, f);

        if (withConnections && row.ConnectedTo.Count > 0)
        {
            Label(sb, "Connected to");
            Prose(sb).AppendEscaped(string.Join(", ", row.ConnectedTo)).Append("</div>");
        }

        var symbols = SymbolValues(w);
        if (symbols.Count > 0)
        {
            Label(sb, "Symbols");
            Prose(sb).Append("<dl class=\"nbs-legend\">");
            foreach (var group in SymbolPairs.Group(symbols, s => s.Symbol.Name))
            {
                sb.Append(group.Count > 1 ? "<div class=\"nbs-pair\">" : "<div>");
                foreach (var (symbol, value) in group)
                {
                    sb.Append("<div><dt>");
                    HtmlFormulaWriter.AppendName(sb, symbol.Name);
                    sb.Append(" = <span class=\"nbs-val\" title=\"").AppendEscaped(symbol.Name).Append("\">")
                        .Append(KerasNumbers.CountOrNone(value)).Append("</span></dt><dd>").AppendEscaped(symbol.Meaning).Append("</dd></div>");
                }
                sb.Append("</div>");
            }
            sb.Append("</dl></div>");
        }

        if (w.StructuredNotes.Count > 0)
        {
            Label(sb, w.StructuredNotes.Count == 1 ? "Note" : "Notes");
            Prose(sb).Append("<ul class=\"nbs-notes\">");
            foreach (var n in w.StructuredNotes)
            {
                sb.Append("<li>");
                if (n.Formula is { } f)
                {
                    sb.Append("<span class=\"nbs-math\">");
                    HtmlFormulaWriter.AppendName(sb, f.Target);
                    sb.Append(' ');
                    AppendSteps(sb, f);
                    sb.Append("</span>");
                    if (n.Text.Length > 0) sb.Append(": ");
                }
                sb.AppendEscaped(n.Text).Append("</li>");
            }
            sb.Append("</ul></div>");
        }
        sb.Append("</div>");
    }

    /// <summary>Every symbol of the walk-through's formulas, once, with its value in this model.</summary>
    private static List<(Symbol Symbol, long? Value)> SymbolValues(WalkThrough w)
    {
        var all = new List<(Symbol Symbol, long? Value)>();
        foreach (var f in w.AllFormulas)
            foreach (var pair in f.Rule.SymbolValues())
                if (!all.Exists(p => p.Symbol.Name == pair.Symbol.Name)) all.Add(pair);
        return all;
    }

    private static void Label(StringBuilder sb, string text) =>
        sb.Append("<span class=\"nbs-sec\">").Append(text).Append("</span>");

    /// <summary>Opens a cell spanning the equation columns; the caller closes it.</summary>
    private static StringBuilder Prose(StringBuilder sb) => sb.Append("<div class=\"nbs-prose\">");

    /// <summary>One grid row: the target in its column, then the steps in one cell that wraps as a whole.</summary>
    private static void Equation(StringBuilder sb, Formula f)
    {
        sb.Append("<span class=\"nbs-lhs\">");
        HtmlFormulaWriter.AppendName(sb, f.Target);
        sb.Append("</span><span class=\"nbs-eq\">");
        AppendSteps(sb, f);
        sb.Append("</span>");
    }

    /// <summary>
    /// <c>= symbolic = substituted = result</c>, each step unbreakable, leaving out a step that would repeat the one
    /// before (<see cref="Formula.ShowsNumbers"/>, <see cref="Formula.ShowsResult"/>). Steps follow each other within
    /// the formula, so its numbers sit right after its rule, not in a column shared with longer formulas.
    /// </summary>
    private static void AppendSteps(StringBuilder sb, Formula f)
    {
        sb.Append("<span class=\"nbs-sym\">= ");
        HtmlFormulaWriter.AppendRule(sb, f.Rule, substituted: false);
        sb.Append("</span>");
        if (f.ShowsNumbers)
        {
            sb.Append(" <span class=\"nbs-num\">= ");
            HtmlFormulaWriter.AppendRule(sb, f.Rule, substituted: true);
            sb.Append("</span>");
        }
        if (f.ShowsResult) sb.Append(" <span class=\"nbs-res\">= ").Append(f.ResultText).Append("</span>");
    }
}
