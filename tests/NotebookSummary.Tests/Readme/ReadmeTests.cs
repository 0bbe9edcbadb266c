using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.Tests.Readme;

/// <summary>
/// The README is the front door: its C# example (and the C# API guide's functional one) is run as written, and the values its comments promise are
/// Keras's (Conv2D 3×3 over 28×28×1 with 32 filters: (3·3·1 + 1)·32 = 320, output 26×26×32).
/// </summary>
public class ReadmeTests
{
    private static string CSharpBlockAfter(string heading, string file = "README.md")
    {
        string readme = RepositoryFiles.Read(file);
        int section = readme.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(section >= 0, $"{file} has no '{heading}'");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    [Fact]
    public async Task The_CSharp_API_example_runs_and_gives_the_numbers_its_comments_state()
    {
        string code = CSharpBlockAfter("## The C# API").Replace("Console.WriteLine", "_ = ", StringComparison.Ordinal);
        var options = ScriptOptions.Default.AddReferences(typeof(Sequential).Assembly).AddImports("System");
        var state = await CSharpScript.RunAsync(code, options);

        var summary = (NotebookSummary.Analysis.ModelSummary)state.GetVariable("summary").Value;
        var conv = summary.Rows[0];
        Assert.Equal("conv2d", conv.Name);
        Assert.Equal("Conv2D", conv.ClassName);
        Assert.Equal(new Shape(null, 26, 26, 32), conv.OutputShape);
        Assert.Equal(320, conv.Params);

        var w = (NotebookSummary.Analysis.Formula)state.GetVariable("w").Value;
        Assert.Equal("(k_h·k_w·c_in + 1)·filters", w.Symbolic);
        Assert.Equal("(3·3·1 + 1)·32", w.Substituted);
        Assert.Equal(320, w.Result);
    }

    [Fact]
    public async Task The_functional_example_runs_and_gives_the_numbers_its_comments_state()
    {
        string code = CSharpBlockAfter("## Functional models", "docs/csharp-api.md");
        var options = ScriptOptions.Default.AddReferences(typeof(Sequential).Assembly)
            .AddImports("System", "System.Linq", "NotebookSummary");
        var state = await CSharpScript.RunAsync(code, options);

        // Keras: conv2d (3·3·3 + 1)·16 = 448, conv2d_1 (3·3·16 + 1)·16 = 2,320, dense (8 + 1)·16 = 144,
        // dense_1 (32 + 1)·1 = 33; the Dense on meta is made after the Concatenate that is called on it.
        var graph = (NotebookSummary.Analysis.ModelSummary)state.GetVariable("graph").Value;
        Assert.True(graph.IsValid, graph.Error?.ToString());
        Assert.Equal(2945, graph.Totals.Params);
        Assert.Equal("InputLayer", graph.Rows[0].ClassName);
        var add = (NotebookSummary.Analysis.SummaryRow)state.GetVariable("add").Value;
        Assert.Equal(["conv2d_1[0][0]", "conv2d[0][0]"], add.ConnectedTo);
        Assert.Equal(new Shape(null, 30, 30, 16), add.OutputShape);
    }
}
