using Microsoft.DotNet.Interactive.Formatting;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// Teaches the notebook how to show the library's values. After <see cref="Register"/>, the last expression of a
/// cell (or <c>display(x)</c>) shows:
/// <list type="bullet">
/// <item><see cref="Sequential"/>, a functional <see cref="Model"/> and <see cref="ModelSummary"/>: the HTML summary (<c>text/html</c>) and Keras 3's
/// text table (<c>text/plain</c>);</item>
/// <item><see cref="SummaryRow"/> and <see cref="WalkThrough"/>: the layer's walk-through;</item>
/// <item><see cref="SummaryOutput"/> (<c>model.View(SummaryFormat.Svg)</c>): its content (text formats in a
/// <c>&lt;pre&gt;</c> as HTML; HTML and SVG with Keras's text table as plain text);</item>
/// <item><see cref="ExtensionLoadMessage"/>: what the extension added.</item>
/// </list>
/// </summary>
/// <remarks>
/// Formatter registrations are process-wide; the extension registers once however often it is loaded. Registering
/// a concrete type wins over the kernel's default for sequences, which would otherwise list a model's layers.
/// </remarks>
internal static class NotebookFormatters
{
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>True once <see cref="Register"/> has run in this process.</summary>
    public static bool IsRegistered
    {
        get { lock (Gate) return _registered; }
    }

    /// <summary>Registers every formatter; later calls do nothing.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            Both<Sequential>(m => SummaryDisplay.Html(m.Summarize()), m => SummaryDisplay.Text(m.Summarize()));
            Both<Model>(m => SummaryDisplay.Html(m.Summarize()), m => SummaryDisplay.Text(m.Summarize()));
            Both<ModelSummary>(SummaryDisplay.Html, SummaryDisplay.Text);
            Both<SummaryRow>(WalkThroughHtml.Render, WalkThroughText.Render);
            Both<WalkThrough>(WalkThroughHtml.Render, WalkThroughText.Render);
            Both<SummaryOutput>(OutputHtml, OutputText);
            Both<ExtensionLoadMessage>(m => m.Html, m => m.Text);
            _registered = true;
        }
    }

    private static void Both<T>(Func<T, string> html, Func<T, string> text)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), MimeTypes.Html);
        Formatter.Register<T>((value, writer) => writer.Write(text(value)), MimeTypes.PlainText);
        // A kernel formats a value only in its type's preferred MIME types (HTML alone by default). The text form
        // goes along for front ends that show no HTML (a terminal, nbconvert --to markdown) and for copying.
        Formatter.SetPreferredMimeTypesFor(typeof(T), MimeTypes.Html, MimeTypes.PlainText);
    }

    private static string OutputHtml(SummaryOutput output) =>
        output.MimeType == MimeTypes.Html ? output.Content : HtmlText.Preformatted(output.Content);

    // An HTML table or an SVG drawing has Keras's text table as its plain-text form, as a model has.
    private static string OutputText(SummaryOutput output) =>
        output.MimeType == MimeTypes.Html ? SummaryDisplay.Text(output.Summary) : output.Content;
}
