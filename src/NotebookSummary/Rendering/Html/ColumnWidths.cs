using System.Globalization;
using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The widths of the table's columns, measured from the texts they will hold. Every row is its own grid (so that a
/// row can be a <c>&lt;summary&gt;</c>), so the rows share one fixed column template instead of sizing together
/// like table cells. Widths are in <c>ch</c> (the width of "0"): digits are exactly that wide with tabular numbers
/// and letters average about as wide (wider in broad fonts such as DejaVu Sans, and in bold), so letter texts get
/// a margin: <see cref="Letters"/>. Very long names wrap at a cap.
/// A row itself keeps the normal font weight (only its cells are bold), because <c>ch</c> follows the row's font
/// and bold digits are wider: a bold header row would otherwise get wider columns than the body.
/// </summary>
internal sealed record ColumnWidths(int Index, int Name, int Type, int Shape, int Params)
{
    private const int NameCap = 40, TypeCap = 36, ShapeCap = 40;

    /// <summary>Room for the disclosure triangle before a name.</summary>
    private const int Chevron = 2;

    /// <summary>Room for the "frozen" badge after a name.</summary>
    private const int FrozenBadge = 8;

    public static ColumnWidths Measure(ModelSummary summary, TablePlan plan, HtmlOptions options)
    {
        int index = 1, name = Chevron + Letters("Layer", Bold), type = Letters("Type", Bold);
        int shape = Letters("Output shape", Bold);
        int @params = Math.Max(Letters("Param #", Bold), KerasNumbers.Count(summary.Totals.Params).Length);
        MeasureEntries(plan.All);

        // A row's cells, and a nested model's rows inside it (shown in the same columns when the row opens).
        void MeasureRow(SummaryRow r)
        {
            name = Math.Max(name, NameLength(r));
            type = Math.Max(type, TypeLength(r));
            shape = Math.Max(shape, TextLengths.Shape(r.OutputShape));
            if (r.Nested is { } inner) MeasureEntries(CollapseRule.Plan(inner.Rows, options).All);
        }

        void MeasureEntries(IEnumerable<TableEntry> entries)
        {
            foreach (var e in entries)
            {
                index = Math.Max(index, IndexLength(e));
                @params = Math.Max(@params, TextLengths.Count(e.Params));
                switch (e)
                {
                    case LayerEntry { Row: var r }:
                        MeasureRow(r);
                        break;
                    case GroupEntry g:
                        name = Math.Max(name, Chevron + Letters(GroupName(g), Bold));
                        // The block's types ("Conv2D → BatchNormalization → …") wrap in the column its layers need.
                        shape = Math.Max(shape, g.Last.OutputShape.ToString().Length);
                        // the layers of the first repeat are shown as rows too
                        foreach (var r in g.Block) MeasureRow(r);
                        break;
                }
            }
        }

        if (plan.Folded.Count > 0)
            index = Math.Max(index, RangeText(plan.Folded[0].FirstIndex, plan.Folded[^1].LastIndex).Length);
        if (summary.Error is { } err)
        {
            index = Math.Max(index, err.LayerIndex.ToString(CultureInfo.InvariantCulture).Length);
            name = Math.Max(name, Chevron + Letters(err.LayerName, Bold));
            type = Math.Max(type, Letters(err.ClassName, Regular));
        }
        // +1: "None" is a little wider than four digits in broad fonts.
        return new ColumnWidths(index, Math.Min(name, NameCap), Math.Min(type, TypeCap), Math.Min(shape + 1, ShapeCap), @params);
    }

    private const double Regular = 1.1, Bold = 1.2;

    /// <summary>The ch a text of letters needs: its length times a margin for letters wider than "0".</summary>
    internal static int Letters(string text, double factor) => (int)Math.Ceiling(text.Length * factor);

    /// <summary>A layer's name (bold), after the disclosure triangle and before its "frozen" badge.</summary>
    private static int NameLength(SummaryRow r) => Chevron + Letters(r.Name, Bold) + (r.Trainable ? 0 : FrozenBadge)
        + (r.Nested is { } inner ? Letters(KerasNumbers.Count(inner.Rows.Count) + " layers", Regular * 0.85) + 2 : 0);

    /// <summary>The type and its activation badge (set in a smaller font, with padding).</summary>
    private static int TypeLength(SummaryRow r) =>
        Letters(r.DisplayType, Regular) + (r.Activation is { } a ? Letters(a, Regular * 0.85) + 2 : 0);

    private static int IndexLength(TableEntry e) =>
        TextLengths.Plain(e.FirstIndex) + (e.LayerCount == 1 ? 0 : 1 + TextLengths.Plain(e.LastIndex));

    public static string IndexText(TableEntry e) =>
        e.LayerCount == 1 ? e.FirstIndex.ToString(CultureInfo.InvariantCulture) : RangeText(e.FirstIndex, e.LastIndex);

    public static string RangeText(int first, int last) =>
        first.ToString(CultureInfo.InvariantCulture) + "–" + last.ToString(CultureInfo.InvariantCulture);

    /// <summary>A group's name cell as text: <c>× 12 dense_3 … dropout_14</c>.</summary>
    public static string GroupName(GroupEntry g) =>
        "× " + KerasNumbers.Count(g.Repeats) + " " + g.First.Name + " … " + g.Last.Name;

    /// <summary>
    /// A class naming the template, e.g. <c>nbs-w-2-18-16-20-11</c>: equal widths give equal rules, so several
    /// outputs in one page (a JupyterLab notebook is one DOM) never restyle each other's tables.
    /// </summary>
    public string ClassName => $"nbs-w-{Index}-{Name}-{Type}-{Shape}-{Params}";

    /// <summary>
    /// The CSS rules giving rows of this table their columns: #, layer, type, shape, params, share — and, in a cell
    /// narrower than those columns need (a container query on the output's own width, in the same units), the
    /// stacked layout: #, layer, params and bar on the first line, type and shape under the name, so the count and
    /// its bar stay visible without sideways scrolling down to a phone-sized cell.
    /// </summary>
    public void AppendRule(StringBuilder sb)
    {
        sb.Append(".nbs-root.").Append(ClassName).Append(" .nbs-tr{grid-template-columns:")
            .Append(Index).Append("ch ").Append(Name).Append("ch ").Append(Type).Append("ch ")
            .Append(Shape).Append("ch ").Append(Params).Append("ch 16em}");
        // The row's width: the columns, 16em of share, five 1.1em gaps, .9em padding on each side, the 1px frame.
        sb.Append("@container (max-width: calc(").Append(Index + Name + Type + Shape + Params)
            .Append("ch + 23.3em + 2px)){");
        foreach (var rule in HtmlStylesheet.StackedRules) sb.Append(".nbs-root.").Append(ClassName).Append(' ').Append(rule);
        sb.Append('}');
    }
}
