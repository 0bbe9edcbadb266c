using System.Text.Json;
using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Notebooks;

/// <summary>
/// notebooks/01-getting-started.ipynb: Keras's "Simple MNIST convnet" in C#, which is conformance case 0033 (printed
/// by Keras 3.15), shown in every format.
/// </summary>
[Collection(KernelCollection.Name)]
public class GettingStartedTests(GettingStartedNotebook notebook)
    : NotebookTests<GettingStartedNotebook>(notebook), IClassFixture<GettingStartedNotebook>
{
    private const string Mnist = "0033";

    [Fact]
    public void The_model_displays_as_keras_3_prints_it()
    {
        var cell = Notebook.Cell("var model = new Sequential");
        Assert.Equal(KerasGolden.Keras3Summary(Mnist), cell.Returned("text/plain"));
        var html = HtmlText.Parse(cell.Returned("text/html"));
        Assert.NotNull(html.QuerySelector(".nbs-root"));
        Assert.Contains("18,496", html.Body!.TextContent); // conv2d_1: (3·3·32 + 1)·64
    }

    [Fact]
    public void The_numbers_as_data()
    {
        // Case 0033: conv2d_1 outputs (None, 11, 11, 64) with 18,496 parameters; 34,826 in total.
        var value = Assert.Single(Notebook.Cell("var summary = model.Summarize();").Values);
        Assert.Equal("conv2d_1: output (None, 11, 11, 64), 18,496 parameters; total 34,826",
            Assert.Single(value, o => o.MimeType == "text/plain").Content);
    }

    [Fact]
    public void The_walk_through_of_conv2d_1()
    {
        // (3·3·32 + 1)·64 = 18,496 (case 0033); out = 13 − 3 + 1 = 11.
        var cell = Notebook.Cell("summary.Rows[2]");
        Assert.Contains("params = (k_h·k_w·c_in + 1)·filters = (3·3·32 + 1)·64 = 18,496", cell.Returned("text/plain"));
        string html = HtmlText.Of(cell.Returned("text/html"));
        Assert.Contains("18,496", html);
        Assert.Contains("conv2d_1", html);
    }

    [Fact]
    public void Text_is_keras_3s_table()
    {
        Assert.Equal(KerasGolden.Keras3Summary(Mnist), Notebook.Cell("model.View(SummaryFormat.Text)").Returned("text/plain"));
    }

    [Fact]
    public void Keras2_is_tf_keras_2s_table()
    {
        // tf.keras 2.x prints counts without separators in the table and with them in the totals.
        string keras2 = Notebook.Cell("model.View(SummaryFormat.Keras2)").Returned("text/plain")!;
        foreach (var expected in new[] { "320", "18496", "16010", "Total params: 34,826", "(None, 11, 11, 64)" })
            Assert.Contains(expected, keras2);
    }

    [Fact]
    public void Ascii_has_every_count()
    {
        // (3·3·1 + 1)·32 = 320, (3·3·32 + 1)·64 = 18,496, (1600 + 1)·10 = 16,010 (case 0033).
        string ascii = Notebook.Cell("model.View(SummaryFormat.Ascii)").Returned("text/plain")!;
        foreach (var expected in new[] { "320", "18496", "16010" })
            Assert.Contains(expected, ascii);
    }

    [Fact]
    public void Markdown_is_a_table_with_the_totals()
    {
        string markdown = Notebook.Cell("model.View(SummaryFormat.Markdown)").Returned("text/plain")!;
        Assert.Contains(@"| 2 | conv2d\_1 | Conv2D | (None, 11, 11, 64) | 18,496 |", markdown);
        Assert.Contains("Total params: 34,826", markdown);
    }

    [Fact]
    public void Json_is_keras_conformance_data()
    {
        string json = Notebook.Cell("model.View(SummaryFormat.Json)").Returned("text/plain")!;
        using var document = JsonDocument.Parse(json);
        Assert.Equal(34826, document.RootElement.GetProperty("total_params").GetInt64());
        KerasConformance.AssertMatches(Mnist, json);
    }

    [Fact]
    public void Expand_formulas_opens_every_walk_through()
    {
        var html = HtmlText.Parse(Notebook.Cell("model.View(expandFormulas: true)").Returned("text/html"));
        var layers = html.QuerySelectorAll("details.nbs-layer");
        Assert.NotEmpty(layers);
        Assert.All(layers, layer => Assert.True(layer.HasAttribute("open"), layer.OuterHtml[..Math.Min(200, layer.OuterHtml.Length)]));
        Assert.Contains("16,010", html.Body!.TextContent); // dense: (1600 + 1)·10
    }

    [Fact]
    public void A_model_keras_would_refuse_shows_why()
    {
        // Keras: a 5×5 kernel does not fit a 4×4 input with padding="valid".
        var cell = Notebook.Cell("new Input(4, 4, 1),");
        Assert.Contains("Conv2D kernel 5×5 is larger than its 4×4 input", cell.Returned("text/plain"));
        Assert.Contains("Conv2D kernel 5×5 is larger than its 4×4 input", HtmlText.Of(cell.Returned("text/html")));
    }
}
