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
/// <param name="format">The public selector this descriptor stands for.</param>
/// <param name="name">The name users type (<c>--format keras2</c>): lower case, one word.</param>
/// <param name="description">One line saying what the output is, for help texts.</param>
/// <param name="mimeType">The MIME type of the output as a file.</param>
/// <param name="fileExtension">The usual file extension, with the dot. Several formats may share one (<c>.txt</c>).</param>
internal abstract class OutputFormat(SummaryFormat format, string name, string description, string mimeType, string fileExtension)
{
    public SummaryFormat Format { get; } = format;

    public string Name { get; } = name;

    public string Description { get; } = description;

    public string MimeType { get; } = mimeType;

    public string FileExtension { get; } = fileExtension;

    /// <summary>
    /// True for a self-contained document (a page, a picture) that cannot be followed by another in one file; false
    /// (the default) for output that several summaries share one stream in (text under <c>==&gt; FILE &lt;==</c>
    /// headers, JSON Lines).
    /// </summary>
    public virtual bool IsWholeDocument => false;

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
    public string Render(ModelSummary summary, RenderOptions options)
    {
        var output = OutputSink.ForString(0);
        Render(summary, options, output);
        return output.ToText();
    }

    /// <summary>The output for a file or a terminal, appended to <paramref name="output"/>, which passes it on in
    /// pieces when it goes to a writer (the CLI): the same characters as <see cref="Render(ModelSummary, RenderOptions)"/>.</summary>
    public abstract void Render(ModelSummary summary, RenderOptions options, OutputSink output);

    /// <summary>The output a notebook cell shows (as <see cref="NotebookMimeType"/>); by default the file's.</summary>
    public virtual string RenderForNotebook(ModelSummary summary, RenderOptions options) => Render(summary, options);
}
