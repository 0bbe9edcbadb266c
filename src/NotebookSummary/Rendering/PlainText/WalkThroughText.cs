using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// A walk-through as plain text: the notebook's <c>text/plain</c> display of a row or a walk-through, and the text
/// formats' <c>--formulas</c> section after the table:
/// <code>
/// conv2d (Conv2D): (None, 8, 8, 1) → (None, 6, 7, 32)
///   params = (k_h·k_w·c_in + 1)·filters = (3·2·1 + 1)·32 = 224
///   out_h  = h − k_h + 1 = 8 − 3 + 1 = 6
///   k_h      kernel height
///   ...
/// </code>
/// Every equation is written from its expression tree by <see cref="Formula.AppendText"/> (as <see cref="Formula.ToString"/>), so the text says exactly what the summary computed.
/// </summary>
internal static class WalkThroughText
{
    /// <summary>The heading of the section <see cref="RenderAll"/> writes.</summary>
    public const string Heading = "Walk-throughs";

    /// <summary>
    /// Every computed row's walk-through, one block per row separated by blank lines, under <see cref="Heading"/>;
    /// user text (names) is cleaned of control characters as every text format is.
    /// </summary>
    public static string RenderAll(ModelSummary summary)
    {
        var output = OutputSink.ForString(0);
        WriteAll(output, summary);
        return output.ToText();
    }

    /// <summary>What <see cref="RenderAll"/> returns, appended to <paramref name="output"/> a row at a time.</summary>
    internal static void WriteAll(OutputSink output, ModelSummary summary)
    {
        output.CleansText = true;
        var sb = output.Buffer.Append(Heading).Append('\n');
        foreach (var row in summary.Rows)
        {
            AppendRow(sb.Append('\n'), row);
            output.AtBoundary();
        }
    }

    public static string Render(SummaryRow row) => AppendRow(new StringBuilder(), row).ToString();

    private static StringBuilder AppendRow(StringBuilder sb, SummaryRow row)
    {
        sb.Append(row.Name).Append(" (").Append(row.DisplayType).Append("): ")
          .AppendShape(row.InputShape, pythonTuple: true).Append(" → ").AppendShape(row.OutputShape, pythonTuple: true).Append('\n');
        AppendBody(sb, row.WalkThrough);
        if (!row.Trainable && row.Params > 0)
            sb.Append("  frozen (trainable=False): all ").AppendCount(row.Params).Append(" parameters are non-trainable\n");
        else if (row.NonTrainableParams > 0)
            sb.Append("  ").AppendCount(row.TrainableParams).Append(" trainable, ")
              .AppendCount(row.NonTrainableParams).Append(" non-trainable\n");
        return sb;
    }

    public static string Render(WalkThrough walkThrough)
    {
        var sb = new StringBuilder();
        AppendBody(sb, walkThrough);
        return sb.ToString();
    }

    // Written without a list, a query or a padded string per row: the section of a 100,000-layer model has 100,000.
    private static void AppendBody(StringBuilder sb, WalkThrough w)
    {
        const string ParamsTarget = "params";
        var shape = w.Shape;
        int targetWidth = Math.Max(ParamsTarget.Length, w.Parameters?.Target.Length ?? 0);
        for (int i = 0; i < shape.Count; i++) targetWidth = Math.Max(targetWidth, shape[i].Target.Length);
        if (w.Parameters is { } parameters) AppendFormula(sb, parameters, targetWidth);
        else
        {
            sb.Append("  ").Append(ParamsTarget).Append(' ', targetWidth - ParamsTarget.Length).Append(" = 0");
            if (w.NoParametersReason is { } why) sb.Append(" (").Append(why).Append(')');
            sb.Append('\n');
        }
        for (int i = 0; i < shape.Count; i++) AppendFormula(sb, shape[i], targetWidth);
        var symbols = w.Symbols;
        if (symbols.Count > 0)
        {
            int nameWidth = 0;
            for (int i = 0; i < symbols.Count; i++) nameWidth = Math.Max(nameWidth, symbols[i].Name.Length);
            sb.Append("  where\n");
            for (int i = 0; i < symbols.Count; i++)
            {
                var s = symbols[i];
                sb.Append("    ").Append(s.Name).Append(' ', nameWidth - s.Name.Length).Append("  ").Append(s.Meaning).Append('\n');
            }
        }
        var notes = w.Notes;
        for (int i = 0; i < notes.Count; i++)
            sb.Append("  note: ").Append(notes[i]).Append('\n');
    }

    // The targets padded to one width, so the equals signs line up.
    private static void AppendFormula(StringBuilder sb, Formula formula, int targetWidth)
    {
        formula.AppendText(sb.Append("  "), targetWidth);
        sb.Append('\n');
    }
}
