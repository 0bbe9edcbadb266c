using Microsoft.DotNet.Interactive.Formatting;
using NotebookSummary.Interactive;

namespace NotebookSummary.Tests.Interactive;

/// <summary>The one paragraph a notebook shows when the package loads.</summary>
public class ExtensionLoadMessageTests
{
    public ExtensionLoadMessageTests() => NotebookFormatters.Register();

    [Fact]
    public void It_names_the_version_what_was_added_and_the_cell_options()
    {
        var message = ExtensionLoadMessage.Current;
        Assert.Equal("0.1.0", message.Version); // Directory.Build.props
        string text = message.ToDisplayString(MimeTypes.PlainText);
        Assert.StartsWith("NotebookSummary 0.1.0 loaded:", text);
        Assert.Contains("#!summary", text);
        Assert.Contains("--format html|text|keras2|ascii|svg|markdown|json, --formulas", text);
        string html = message.ToDisplayString(MimeTypes.Html);
        Assert.Contains("<code>#!summary</code>", html);
        Assert.Contains("<strong>NotebookSummary 0.1.0</strong>", html);
    }
}
