using NotebookSummary.Analysis;

namespace NotebookSummary.Interactive;

/// <summary>A walk-through as HTML (the display of a <see cref="SummaryRow"/> or a <see cref="WalkThrough"/>).</summary>
internal static class WalkThroughHtml
{
    // TEMPORARY: the text form in a <pre> until the HTML renderer's walk-through markup is on main.
    public static string Render(SummaryRow row) => HtmlText.Preformatted(WalkThroughText.Render(row));

    public static string Render(WalkThrough walkThrough) => HtmlText.Preformatted(WalkThroughText.Render(walkThrough));
}
