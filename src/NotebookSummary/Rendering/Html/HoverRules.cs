using System.Text;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Highlighting a "Connected to" link's source row while the pointer is on the link, in CSS alone (notebook
/// frontends may strip scripts, and VS Code scrolls to a link's target without making it <c>:target</c>): one
/// selector per row that links point at, <c>.nbs-root:has(a[href="#p-5"]:hover) #p-5&gt;summary</c>. Only rows shown
/// in full get one (a folded remainder's lines are reached by following the link), so the rules stay a few
/// kilobytes; ids hold no user text.
/// </summary>
internal static class HoverRules
{
    public static void Append(StringBuilder sb, TablePlan plan, TableContext ctx)
    {
        var full = new HashSet<int>();
        foreach (var row in TableMarkup.FullRows(plan)) full.Add(row.Index);
        var targets = new SortedSet<int>(TableMarkup.LinkTargets(plan, ctx).Where(full.Contains));
        if (targets.Count == 0) return;

        bool first = true;
        foreach (int target in targets)
        {
            string id = ctx.Id(target);
            sb.Append(first ? "" : ",").Append(".nbs-root:has(a[href=\"#").Append(id).Append("\"]:hover) #").Append(id).Append(">summary");
            first = false;
        }
        sb.Append("{background:color-mix(in srgb,var(--nbs-accent) 22%,transparent);box-shadow:inset 3px 0 var(--nbs-accent)}");
    }
}
