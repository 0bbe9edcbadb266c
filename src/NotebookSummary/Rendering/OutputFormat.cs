using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary>
/// Everything the hosts need to know about one output format, declared by the format's own folder
/// (<c>Html/HtmlFormat.cs</c>, <c>Svg/SvgFormat.cs</c>, ...): its name, what it is, how files and notebooks take it,
/// and how it renders for each. <see cref="OutputFormats.All"/> lists them; the CLI, the notebook extension and the
/// docs enumerate that list, so a new format is a folder with its descriptor and one line there.
/// </summary>
/// <remarks>
/// Internal on purpose: users pick a format with the <see cref="SummaryFormat"/> enum, a constant that works as a
/// default argument and in a <c>switch</c>; the descriptors are the hosts' view behind it.
/// </remarks>
internal abstract class OutputFormat
{
    /// <summary>The public selector this descriptor stands for.</summary>
    public abstract SummaryFormat Format { get; }

    /// <summary>The name users type (<c>--format keras2</c>): lower case, one word.</summary>
    public abstract string Name { get; }

    /// <summary>One line saying what the output is, for help texts.</summary>
    public abstract string Description { get; }

    /// <summary>The MIME type of the output as a file.</summary>
    public abstract string MimeType { get; }

    /// <summary>The usual file extension, with the dot. Several formats may share one (<c>.txt</c>).</summary>
    public abstract string FileExtension { get; }

    /// <summary>
    /// True for a self-contained document (a page, a picture) that cannot be followed by another in one file; false
    /// for output that several summaries share one stream in (text under <c>==&gt; FILE &lt;==</c> headers, JSON Lines).
    /// </summary>
    public abstract bool IsWholeDocument { get; }

    /// <summary>True when <see cref="RenderOptions.ExpandFormulas"/> has a place to show the walk-throughs.</summary>
    public virtual bool ShowsWalkThroughs => true;

    /// <summary>True when <see cref="RenderOptions.Width"/> (Keras's <c>line_length</c>) applies.</summary>
    public virtual bool TakesLineLength => false;

    /// <summary>True when <see cref="RenderOptions.ShowTrainable"/> (Keras 3's Trainable column) applies.</summary>
    public virtual bool TakesTrainableColumn => false;

    /// <summary>
    /// The MIME type a notebook displays <see cref="RenderForNotebook"/> with. Only <c>text/html</c> and
    /// <c>text/plain</c> display alike in VS Code and Jupyter, so the text formats show as their source (monospaced,
    /// copied exactly: what goes into a README or a program) and a drawing as inline SVG in HTML.
    /// </summary>
    public virtual string NotebookMimeType => "text/plain";

    /// <summary>The output for a file or a terminal.</summary>
    public abstract string Render(ModelSummary summary, RenderOptions options);

    /// <summary>The output a notebook cell shows (as <see cref="NotebookMimeType"/>); by default the file's.</summary>
    public virtual string RenderForNotebook(ModelSummary summary, RenderOptions options) => Render(summary, options);
}
