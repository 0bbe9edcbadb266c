using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Extension;

/// <summary>What the notebook offers while the user types a <c>#!summary</c> directive.</summary>
[Collection(KernelCollection.Name)]
public class CompletionTests(LoadedKernel notebook) : IClassFixture<LoadedKernel>
{
    [Fact]
    public async Task The_format_parameter_offers_every_format()
    {
        const string line = "#!summary --format ";
        var completions = await notebook.Kernel.CompletionsAsync(line, 0, line.Length);
        foreach (var format in new[] { "html", "text", "keras2", "ascii", "svg", "markdown", "json" })
            Assert.Contains(format, completions);
    }

    [Fact]
    public async Task The_directive_offers_its_parameters()
    {
        const string line = "#!summary ";
        var completions = await notebook.Kernel.CompletionsAsync(line, 0, line.Length);
        Assert.Contains("--format", completions);
        Assert.Contains("--formulas", completions);
    }
}
