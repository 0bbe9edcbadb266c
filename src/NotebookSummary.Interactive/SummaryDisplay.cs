using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>The default display of a model or summary: the HTML table, with Keras 3's text table as its plain text.</summary>
internal static class SummaryDisplay
{
    public static string Html(ModelSummary summary) => SummaryRenderer.Render(summary, SummaryFormat.Html);

    public static string Text(ModelSummary summary) => SummaryRenderer.Render(summary, SummaryFormat.Text);
}
