using System.Globalization;
using System.Text;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// The horizontal bar of a row's share of all parameters: a trainable segment, then a hatched non-trainable one,
/// each exactly as wide as its share of the model's total (no minimum width, so a bar never looks larger than a
/// larger share), followed by the percentage. Every bar starts with a short thin tick (its own colour when all its
/// parameters are non-trainable) that a segment of a pixel or more covers: a share too small to draw shows as that
/// tick alone, "less than a pixel", never as a bar. The tooltip gives the exact share and the trainable split.
/// </summary>
internal static class ShareBar
{
    /// <summary>
    /// Appends the share cell's content for <c>params</c> parameters of which <c>nonTrainable</c> do not train, out
    /// of <c>total</c>, with a tooltip giving the exact share and the split; empty for a row without parameters.
    /// </summary>
    public static void Append(StringBuilder sb, long @params, long nonTrainable, long total)
    {
        if (@params <= 0 || total <= 0) return;
        long trainable = @params - nonTrainable;
        sb.Append(trainable > 0 ? "<span class=\"nbs-bar\"" : "<span class=\"nbs-bar nbs-fz\"");
        sb.Append(" title=\"").Append(Percent(@params, total, decimals: 2)).Append(" of all parameters");
        if (nonTrainable > 0)
            sb.Append(": ").Append(KerasNumbers.Count(trainable)).Append(" trainable, ").Append(KerasNumbers.Count(nonTrainable)).Append(" non-trainable");
        sb.Append('"');
        sb.Append('>');
        if (trainable > 0) AppendSegment(sb, "nbs-bt", trainable, total);
        if (nonTrainable > 0) AppendSegment(sb, "nbs-bn", nonTrainable, total);
        sb.Append("</span><span class=\"nbs-pct\">").Append(Label(@params, total)).Append("</span>");
    }

    private static void AppendSegment(StringBuilder sb, string cssClass, long part, long total) =>
        sb.Append("<i class=\"").Append(cssClass).Append("\" style=\"width:").Append(Width(part, total)).Append("%\"></i>");

    /// <summary>The CSS width of a segment in percent, to 4 decimals.</summary>
    internal static string Width(long part, long total) =>
        Math.Round(100.0 * part / total, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// The percentage label to one decimal: <c>74.3%</c>; <c>&lt;0.1%</c> for a share that would round to 0.0,
    /// <c>&gt;99.9%</c> for one that would round to 100.0 without being all, <c>100%</c> for all of it.
    /// </summary>
    internal static string Label(long part, long total)
    {
        if (part >= total) return "100%";
        double pct = 100.0 * part / total;
        if (pct < 0.05) return "&lt;0.1%";
        if (pct >= 99.95) return "&gt;99.9%";
        return pct.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static string Percent(long part, long total, int decimals) =>
        (100.0 * part / total).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

}
