using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>The default displays of a summary: the HTML table, and Keras 3's text table as its plain-text form.</summary>
internal static class SummaryHtml
{
    public static string Render(ModelSummary summary) => SummaryRenderer.Render(summary, SummaryFormat.Html);

    public static string RenderText(ModelSummary summary) => SummaryRenderer.Render(summary, SummaryFormat.Text);
}
