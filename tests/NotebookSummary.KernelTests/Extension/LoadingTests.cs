using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Extension;

/// <summary>Loading the packed package with #i and #r, as the README tells a notebook user.</summary>
[Collection(KernelCollection.Name)]
public class LoadingTests(LoadedKernel notebook) : IClassFixture<LoadedKernel>
{
    private static bool IsLoadMessage(CellOutput output) =>
        output.Content.Contains("NotebookSummary", StringComparison.Ordinal) &&
        output.Content.Contains(" loaded: ", StringComparison.Ordinal);

    [Fact]
    public void Loading_succeeds_and_says_what_was_added_in_one_message()
    {
        Assert.False(notebook.Load.Failed, notebook.Load.ToString());
        var message = Assert.Single(notebook.Load.Values, v => v.Any(IsLoadMessage));
        var html = Assert.Single(message, o => o.MimeType == "text/html");
        Assert.Contains("class=\"nbs-loaded\"", html.Content);
        Assert.Contains("#!summary", html.Content);
        var text = Assert.Single(message, o => o.MimeType == "text/plain");
        Assert.DoesNotContain('\n', text.Content); // one line
        foreach (var format in new[] { "html", "text", "keras2", "ascii", "svg", "markdown", "json" })
            Assert.Contains(format, text.Content);
    }

    [Fact]
    public void Loading_compiles_the_extension_script_without_a_diagnostic()
    {
        // A compile error in extension.dib reaches the front end as an error or as text on standard output.
        Assert.DoesNotContain(notebook.Load.Events, e => e is Microsoft.DotNet.Interactive.Events.ErrorProduced);
        Assert.DoesNotContain("error CS", notebook.Load.StandardOutput);
        Assert.DoesNotContain(notebook.Load.Events.OfType<Microsoft.DotNet.Interactive.Events.DiagnosticsProduced>()
            .SelectMany(d => d.Diagnostics), d => d.Severity.ToString() == "Error");
    }

    [Fact]
    public async Task Loading_again_is_harmless_and_silent()
    {
        var again = await notebook.RunOkAsync(PackedPackage.Current.LoadCell);
        Assert.DoesNotContain(again.Values, v => v.Any(IsLoadMessage));
        var cell = await notebook.RunOkAsync("#!summary --format text\nimport keras\nmodel = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n");
        // Dense(2) on 4 inputs: 4·2 + 2 = 10 parameters, one table.
        var output = Assert.Single(cell.Outputs);
        Assert.Contains("Total params: 10 (40.00 B)", output.Content);
    }

    [Fact]
    public async Task The_line_the_message_says_to_try_runs_as_a_csharp_cell()
    {
        string text = Assert.Single(notebook.Load.Values.SelectMany(v => v), o => o.MimeType == "text/plain" && IsLoadMessage(o)).Content;
        string tryLine = text[(text.IndexOf("Try: ", StringComparison.Ordinal) + "Try: ".Length)..];
        var run = await notebook.RunOkAsync(tryLine);
        // Keras: Conv2D(32, 3) on 28×28×1 → (None, 26, 26, 32) with (3·3·1 + 1)·32 = 320; Flatten → 26·26·32 = 21,632;
        // Dense(10) → (21,632 + 1)·10 = 216,330.
        string table = run.Returned("text/plain")!;
        Assert.Contains("(None, 26, 26, 32)", table);
        Assert.Contains("216,330", table);
        Assert.Contains("216,650", table); // 320 + 216,330
    }
}
