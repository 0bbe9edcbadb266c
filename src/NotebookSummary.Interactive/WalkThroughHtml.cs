using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.PlainText;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>A walk-through as HTML (the display of a <see cref="SummaryRow"/> or a <see cref="WalkThrough"/>).</summary>
internal static class WalkThroughHtml
{
    /// <summary>The HTML table's own walk-through of the layer.</summary>
    public static string Render(SummaryRow row) => HtmlRenderer.RenderWalkThrough(row);

    /// <summary>
    /// A walk-through without its row (so without the layer's shapes and trainable flag, which the table's markup
    /// needs): its plain text, preformatted.
    /// </summary>
    public static string Render(WalkThrough walkThrough) => HtmlText.Preformatted(WalkThroughText.Render(walkThrough));
}
