using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// A summary rendered in one format, as a value a notebook displays: <c>model.View(SummaryFormat.Svg)</c> as the
/// last expression of a cell draws the model. HTML and SVG display as HTML; the text formats display as
/// monospaced text. <see cref="ToString"/> is the rendered text itself, so the value also works as a string
/// (<c>File.WriteAllText("model.md", model.View(SummaryFormat.Markdown).Content)</c>). The SVG of a view is the
/// notebook's HTML fragment (two drawings and a container query); a <c>.svg</c> file is
/// <c>SvgRenderer.Render(model.Summarize())</c>.
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

    /// <summary>The mime type a notebook displays <see cref="Content"/> with (see <see cref="DisplayMimeTypeOf"/>).</summary>
    public string MimeType => DisplayMimeTypeOf(Format);

    /// <summary>Renders a summary in a format; <paramref name="expandFormulas"/> opens every walk-through (HTML).</summary>
    public static SummaryOutput Render(ModelSummary summary, SummaryFormat format, bool expandFormulas = false) =>
        Render(summary, format, new RenderOptions { ExpandFormulas = expandFormulas });

    /// <summary>Renders a summary in a format with every option a format may take.</summary>
    public static SummaryOutput Render(ModelSummary summary, SummaryFormat format, RenderOptions options) =>
        new(summary, format, SummaryRenderer.Render(summary, format, options));

    /// <summary>
    /// How a notebook shows a format, as the format declares it: HTML and SVG as <c>text/html</c> (inline SVG is
    /// HTML), every text format as <c>text/plain</c>, which notebooks show monospaced and copy as the exact text.
    /// Unlike the file types of <see cref="SummaryRenderer.MimeTypeOf"/>, only the two mime types known to display in
    /// both VS Code and Jupyter; Markdown and JSON show as their source, which is what one copies into a README or a program.
    /// </summary>
    internal static string DisplayMimeTypeOf(SummaryFormat format) => OutputFormats.Of(format).NotebookMimeType;

    public override string ToString() => Content;
}
