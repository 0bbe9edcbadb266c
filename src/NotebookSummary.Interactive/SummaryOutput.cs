using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// A summary rendered in one format, as a value a notebook displays: <c>model.View(SummaryFormat.Svg)</c> as the
/// last expression of a cell draws the model. HTML and SVG display as HTML; the text formats display as
/// monospaced text. <see cref="ToString"/> is the rendered text itself, so the value also works as a string
/// (<c>File.WriteAllText("model.svg", model.View(SummaryFormat.Svg).Content)</c>).
/// </summary>
public sealed class SummaryOutput
{
    public SummaryOutput(ModelSummary summary, SummaryFormat format, string content)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(content);
        Summary = summary;
        Format = format;
        Content = content;
    }

    /// <summary>The summary that was rendered.</summary>
    public ModelSummary Summary { get; }

    public SummaryFormat Format { get; }

    /// <summary>The rendered HTML, SVG or text.</summary>
    public string Content { get; }

    /// <summary>The mime type to display <see cref="Content"/> with: <c>text/html</c> or <c>text/plain</c>.</summary>
    public string MimeType => SummaryFormatNames.MimeTypeOf(Format);

    /// <summary>Renders a summary in a format; <paramref name="expandFormulas"/> opens every walk-through (HTML).</summary>
    public static SummaryOutput Render(ModelSummary summary, SummaryFormat format, bool expandFormulas = false) =>
        new(summary, format, OutputRendering.Render(summary, format, expandFormulas));

    public override string ToString() => Content;
}
