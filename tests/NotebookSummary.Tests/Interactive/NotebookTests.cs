using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// The example notebooks, run top to bottom (<see cref="NotebookRunner"/>): every cell compiles and runs, and what
/// each step shows holds Keras's own numbers (conformance cases and seeds, as named in each test).
/// </summary>
public class NotebookTests
{
    public static TheoryData<string> Notebooks => new()
    {
        "01-getting-started.dib",
    };

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_loads_the_package_from_a_local_build_first(string notebook)
    {
        var run = NotebookRunner.Run(notebook);
        var firstCode = run.Cells.First(c => c.Cell.Kind is DibCellKind.CSharp or DibCellKind.Summary);
        Assert.Equal(new[]
        {
            "#i \"nuget: /absolute/path/to/NotebookSummary/artifacts\"",
            "#r \"nuget: NotebookSummary, 0.1.0\"",
        }, firstCode.Cell.Text.Split('\n'));
        Assert.Equal(2, run.PackageLines.Count);
        var intro = run.Cells.First(c => c.Cell.Kind == DibCellKind.Markdown);
        Assert.Contains("dotnet pack src/NotebookSummary.Interactive -c Release -o ./artifacts", intro.Cell.Text);
    }

    [Fact]
    public void The_package_version_in_the_notebooks_is_the_one_built()
    {
        string props = RepositoryFiles.Read("Directory.Build.props");
        Assert.Contains("<Version>0.1.0</Version>", props);
    }

    // ---- 01-getting-started ------------------------------------------------------------------------------------

    private static NotebookRunner GettingStarted => NotebookRunner.Run("01-getting-started.dib");

    [Fact]
    public void Getting_started_the_model_displays_as_keras_3_prints_it()
    {
        // Keras's "Simple MNIST convnet": conformance case 0033, printed by Keras 3.15.
        var cell = GettingStarted.Cell("var model = new Sequential");
        Assert.Equal(ConformanceCase.Load("0033").Keras3Summary(), cell.PlainText);
        Assert.Contains("class=\"nbs-root", cell.Html);
        Assert.Contains("18,496", cell.Html);
    }

    [Fact]
    public void Getting_started_the_numbers_as_data()
    {
        // Case 0033: conv2d_1 outputs (None, 11, 11, 64) with 18,496 parameters; 34,826 in total.
        var cell = GettingStarted.Cell("var summary = model.Summarize();");
        Assert.Equal("conv2d_1: output (None, 11, 11, 64), 18,496 parameters; total 34,826", Assert.Single(cell.Values));
    }

    [Fact]
    public void Getting_started_the_walk_through_of_conv2d_1()
    {
        // (3·3·32 + 1)·64 = 18,496 (case 0033); out = 13 − 3 + 1 = 11.
        var cell = GettingStarted.Cell("summary.Rows[2]");
        Assert.Contains("params = (k_h·k_w·c_in + 1)·filters = (3·3·32 + 1)·64 = 18,496", cell.PlainText);
        Assert.Contains("18,496", cell.Html);
        Assert.Contains("conv2d_1", cell.Html);
    }

    [Fact]
    public void Getting_started_the_text_formats()
    {
        Assert.Equal(ConformanceCase.Load("0033").Keras3Summary(), GettingStarted.Cell("model.View(SummaryFormat.Text)").PlainText);

        // tf.keras 2.x prints counts without separators in the table and with them in the totals.
        string keras2 = GettingStarted.Cell("model.View(SummaryFormat.Keras2)").PlainText;
        foreach (var expected in new[] { "320", "18496", "16010", "Total params: 34,826", "(None, 11, 11, 64)" })
            Assert.Contains(expected, keras2);

        string ascii = GettingStarted.Cell("model.View(SummaryFormat.Ascii)").PlainText;
        foreach (var expected in new[] { "320", "18496", "16010" })
            Assert.Contains(expected, ascii);

        string markdown = GettingStarted.Cell("model.View(SummaryFormat.Markdown)").PlainText;
        Assert.Contains(@"| 2 | conv2d\_1 | Conv2D | (None, 11, 11, 64) | 18,496 |", markdown);
        Assert.Contains("Total params: 34,826", markdown);

        string json = GettingStarted.Cell("model.View(SummaryFormat.Json)").PlainText;
        Assert.Contains("\"total_params\": 34826", json);
    }

    [Fact]
    public void Getting_started_all_walk_throughs_open()
    {
        string html = GettingStarted.Cell("model.View(expandFormulas: true)").Html;
        Assert.Contains("<details class=\"nbs-layer\" open>", html);
        Assert.DoesNotContain("<details class=\"nbs-layer\">", html);
        Assert.Contains("16,010", html); // dense: (1600 + 1)·10
    }

    [Fact]
    public void Getting_started_a_model_keras_would_refuse()
    {
        var cell = GettingStarted.Cell("new Input(4, 4, 1),");
        Assert.Contains("Conv2D kernel 5×5 is larger than its 4×4 input", cell.PlainText);
        Assert.Contains("Conv2D kernel 5×5 is larger than its 4×4 input", cell.Html);
    }
}
