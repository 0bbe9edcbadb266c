using System.Globalization;
using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The layers of a big model's folded remainder as lines of aligned text (#, name, type, output shape, parameters,
/// then "← " and a graph row's "Connected to" entries) in one <c>&lt;pre&gt;</c>: about 60–80 bytes a layer where a
/// row of cells takes 400, so a 10,000-layer model's page stays under a megabyte with every layer in it. A line that
/// a link of a row shown in full points at is wrapped in an element with that row's id.
/// </summary>
internal static class FoldedList
{
    private const int NameCap = 40, TypeCap = 32, ShapeCap = 32;

    public static void Append(OutputSink output, IReadOnlyList<SummaryRow> rows, TableContext ctx, IReadOnlySet<int> linkTargets)
    {
        var sb = output.Buffer;
        int index = 0, name = 0, type = 0, shape = 0, @params = 0;
        foreach (var r in rows)
        {
            index = Math.Max(index, Digits(r.Index));
            name = Math.Max(name, Math.Min(NameCap, DisplayText.Clean(r.Name).Length));
            type = Math.Max(type, Math.Min(TypeCap, TypeText(r).Length));
            shape = Math.Max(shape, Math.Min(ShapeCap, r.OutputShape.ToString().Length));
            @params = Math.Max(@params, KerasNumbers.Count(r.Params).Length);
        }

        sb.Append("<pre class=\"nbs-list\">");
        foreach (var r in rows)
        {
            bool target = linkTargets.Contains(r.Index);
            if (target) ctx.AppendId(sb.Append("<span"), r.Index).Append('>');
            sb.Append(' ', index - Digits(r.Index)).Append(r.Index).Append("  ");
            Padded(sb, DisplayText.Clean(r.Name), name);
            Padded(sb, TypeText(r), type);
            Padded(sb, r.OutputShape.ToString(), shape);
            string count = KerasNumbers.Count(r.Params);
            sb.Append(' ', @params - count.Length).Append(count);
            if (!r.Trainable) sb.Append("  frozen");
            if (r.ConnectedTo.Count > 0)
            {
                sb.Append("  ← ");
                for (int i = 0; i < r.ConnectedTo.Count; i++) sb.Append(i > 0 ? ", " : "").AppendEscaped(r.ConnectedTo[i]);
            }
            if (target) sb.Append("</span>");
            sb.Append('\n');
            output.AtBoundary();
        }
        sb.Append("</pre>");
    }

    private static string TypeText(SummaryRow r) => r.Activation is { } a ? r.DisplayType + " " + a : r.DisplayType;

    /// <summary>Appends <paramref name="text"/> escaped and padded to <paramref name="width"/> columns, then two spaces.</summary>
    private static void Padded(StringBuilder sb, string text, int width) =>
        sb.AppendEscaped(text).Append(' ', Math.Max(0, width - text.Length) + 2);

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
}
