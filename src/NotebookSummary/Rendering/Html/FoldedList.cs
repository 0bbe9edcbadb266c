using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;

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
            index = Math.Max(index, TextLengths.Plain(r.Index));
            // Cleaning replaces a character by one: a name's length is its cleaned length.
            name = Math.Max(name, Math.Min(NameCap, r.Name.Length));
            type = Math.Max(type, Math.Min(TypeCap, TypeLength(r)));
            shape = Math.Max(shape, Math.Min(ShapeCap, TextLengths.Shape(r.OutputShape)));
            @params = Math.Max(@params, TextLengths.Count(r.Params));
        }

        sb.Append("<pre class=\"nbs-list\">");
        foreach (var r in rows)
        {
            bool target = linkTargets.Contains(r.Index);
            if (target) ctx.AppendId(sb.Append("<span"), r.Index).Append('>');
            sb.Append(' ', index - TextLengths.Plain(r.Index)).AppendPlain(r.Index).Append("  ");
            sb.AppendEscaped(r.Name).Append(' ', Math.Max(0, name - r.Name.Length) + 2);
            // The type and the activation: "Dense relu".
            sb.AppendEscaped(r.DisplayType);
            if (r.Activation is { } a) sb.Append(' ').AppendEscaped(a);
            sb.Append(' ', Math.Max(0, type - TypeLength(r)) + 2);
            // A shape's text has nothing to escape.
            sb.AppendShape(r.OutputShape, pythonTuple: true).Append(' ', Math.Max(0, shape - TextLengths.Shape(r.OutputShape)) + 2);
            sb.Append(' ', @params - TextLengths.Count(r.Params)).AppendCount(r.Params);
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

    private static int TypeLength(SummaryRow r) => r.DisplayType.Length + (r.Activation is { } a ? 1 + a.Length : 0);
}
