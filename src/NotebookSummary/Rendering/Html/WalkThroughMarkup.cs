using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The body of a layer's <c>&lt;details&gt;</c>: how its parameter count and its output shape follow from its
/// arguments. One grid per layer — section label | target | symbolic | with numbers | result — so the "=" signs of
/// all its equations line up:
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
                Prose(sb).Append("Frozen (trainable=False): all ").Append(ShareBar.Count(row.Params))
                    .Append(" parameters are non-trainable.</div>");
            else if (row.NonTrainableParams > 0)
                Prose(sb).Append(ShareBar.Count(row.TrainableParams)).Append(" trainable, ")
                    .Append(ShareBar.Count(row.NonTrainableParams)).Append(" non-trainable.</div>");
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

        var symbols = w.Symbols;
        if (symbols.Count > 0)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in w.AllFormulas) FormulaMarkup.CollectValues(f, values);
            Label(sb, "Symbols");
            Prose(sb).Append("<dl class=\"nbs-legend\">");
            foreach (var s in symbols)
            {
                sb.Append("<div><dt>");
                FormulaMarkup.AppendSymbol(sb, s.Name);
                if (values.TryGetValue(s.Name, out var v)) sb.Append(" = ").AppendEscaped(v);
                sb.Append("</dt><dd>").AppendEscaped(s.Meaning).Append("</dd></div>");
            }
            sb.Append("</dl></div>");
        }

        if (w.Notes.Count > 0)
        {
            Label(sb, w.Notes.Count == 1 ? "Note" : "Notes");
            Prose(sb).Append("<ul class=\"nbs-notes\">");
            foreach (var n in w.Notes) sb.Append("<li>").AppendEscaped(n).Append("</li>");
            sb.Append("</ul></div>");
        }
        sb.Append("</div>");
    }

    private static void Label(StringBuilder sb, string text) =>
        sb.Append("<span class=\"nbs-sec\">").Append(text).Append("</span>");

    /// <summary>Opens a cell spanning the equation columns; the caller closes it.</summary>
    private static StringBuilder Prose(StringBuilder sb) => sb.Append("<div class=\"nbs-prose\">");

    /// <summary><c>target = symbolic = substituted = result</c>, leaving out a step that would repeat the one before.</summary>
    private static void Equation(StringBuilder sb, Formula f)
    {
        sb.Append("<span class=\"nbs-lhs\">");
        FormulaMarkup.AppendSymbol(sb, f.Target);
        sb.Append("</span><span class=\"nbs-sym\">= ");
        FormulaMarkup.AppendSymbolic(sb, f);
        sb.Append("</span><span class=\"nbs-num\">");
        string last = f.Symbolic;
        if (f.Substituted != f.Symbolic)
        {
            sb.Append("= ");
            FormulaMarkup.AppendSubstituted(sb, f);
            last = f.Substituted;
        }
        sb.Append("</span><span class=\"nbs-res\">");
        if (f.ResultText != last) sb.Append("= ").AppendEscaped(f.ResultText);
        sb.Append("</span>");
    }
}
