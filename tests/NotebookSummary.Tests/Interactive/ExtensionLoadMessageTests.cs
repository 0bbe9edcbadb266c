using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
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

    [Fact]
    public async Task The_line_to_try_runs_as_a_csharp_cell_and_shows_a_keras_summary()
    {
        string text = ExtensionLoadMessage.Current.Text;
        string tryLine = text[(text.IndexOf("Try: ", StringComparison.Ordinal) + "Try: ".Length)..];
        var options = ScriptOptions.Default.AddReferences(typeof(Sequential).Assembly);
        var model = Assert.IsType<Sequential>(await CSharpScript.EvaluateAsync(tryLine, options));

        // Keras: Conv2D(32, 3) on 28×28×1 → (None, 26, 26, 32), (3·3·1 + 1)·32 = 320; Flatten → 26·26·32 = 21,632;
        // Dense(10) → (21,632 + 1)·10 = 216,330.
        var summary = model.Summarize();
        Assert.True(summary.IsValid);
        Assert.Equal(new long[] { 320, 0, 216_330 }, summary.Rows.Select(r => r.Params));
        Assert.Equal(new Shape(null, 26, 26, 32), summary.Rows[0].OutputShape);
        Assert.Contains("216,330", model.ToDisplayString(MimeTypes.PlainText));
    }
}
