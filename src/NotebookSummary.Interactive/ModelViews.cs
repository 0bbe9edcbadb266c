using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// <c>model.View(SummaryFormat.Svg)</c>: a model or summary in another format than the default display, as a value
/// the notebook shows (a <see cref="SummaryOutput"/>).
/// </summary>
public static class ModelViews
{
    /// <summary>The model's summary in <paramref name="format"/> (HTML by default); <paramref name="expandFormulas"/>
    /// opens every walk-through of the HTML table.</summary>
    public static SummaryOutput View(this Sequential model, SummaryFormat format = SummaryFormat.Html, bool expandFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        return SummaryOutput.Render(model.Summarize(), format, expandFormulas);
    }

    /// <summary>The functional model's summary in <paramref name="format"/> (HTML by default).</summary>
    public static SummaryOutput View(this Model model, SummaryFormat format = SummaryFormat.Html, bool expandFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        return SummaryOutput.Render(model.Summarize(), format, expandFormulas);
    }

    /// <summary>The summary in <paramref name="format"/> (HTML by default); <paramref name="expandFormulas"/> opens
    /// every walk-through of the HTML table.</summary>
    public static SummaryOutput View(this ModelSummary summary, SummaryFormat format = SummaryFormat.Html, bool expandFormulas = false) =>
        SummaryOutput.Render(summary, format, expandFormulas);
}
