using System.Text.Json;
using System.Xml.Linq;
using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Extension;

/// <summary>
/// <c>#!summary</c> cells in a real kernel. Expected tables are Keras 3's own prints of conformance case 0033 (Keras's
/// "Simple MNIST convnet"), whose source the cells paste.
/// </summary>
[Collection(KernelCollection.Name)]
public class SummaryCellTests(LoadedKernel notebook) : IClassFixture<LoadedKernel>
{
    private const string Mnist = "0033";

    private Task<CellRun> Summary(string directive, string code) => notebook.Kernel.RunAsync(directive + "\n" + code);

    /// <summary>The single output of a successful cell, which must have <paramref name="mimeType"/>.</summary>
    private Task<string> SingleOutput(string directive, string mimeType) => SingleOutput(directive, KerasGolden.Source(Mnist), mimeType);

    private async Task<string> SingleOutput(string directive, string code, string mimeType)
    {
        var run = await Summary(directive, code);
        Assert.False(run.Failed, run.ToString());
        var output = Assert.Single(run.Outputs);
        Assert.Equal(mimeType, output.MimeType);
        return output.Content;
    }

    /// <summary>The model name in a Keras 3 print: cells share a session, which numbers its models as Keras does.</summary>
    private static string ModelName(string table) => table[(table.IndexOf('"') + 1)..table.IndexOf("\"\n", StringComparison.Ordinal)];

    [Fact]
    public async Task The_transfer_learning_example_summarizes_a_frozen_keras_application()
    {
        // TensorFlow's transfer-learning tutorial, as a notebook user pastes it; its printout: the frozen
        // MobileNetV2 base is one Functional row of 2,257,984 parameters, and the model has 2,259,265 of which 1,281
        // train (GlobalAveragePooling2D, then Dense(1): 1,280 + 1).
        const string code = """
            import keras
            from keras import layers
            base = keras.applications.MobileNetV2(input_shape=(160, 160, 3), include_top=False, weights="imagenet")
            base.trainable = False
            inputs = keras.Input(shape=(160, 160, 3))
            x = base(inputs, training=False)
            x = layers.GlobalAveragePooling2D()(x)
            outputs = layers.Dense(1)(x)
            model = keras.Model(inputs, outputs)
            model.summary()
            """;
        string table = await SingleOutput("#!summary --format text", code, "text/plain");
        var baseRow = Assert.Single(table.Split('\n'), l => l.Contains("mobilenetv2_1.00_160", StringComparison.Ordinal));
        Assert.Contains("(None, 5, 5, 1280)", baseRow);
        Assert.Contains(" 2,257,984 ", baseRow);
        Assert.Contains(" Total params: 2,259,265 (8.62 MB)\n", table);
        Assert.Contains(" Trainable params: 1,281 (5.00 KB)\n", table);
        Assert.Contains(" Non-trainable params: 2,257,984 (8.61 MB)\n", table);
    }

    [Fact]
    public async Task Format_text_is_keras_3s_table_byte_for_byte()
    {
        string table = await SingleOutput("#!summary --format text", "text/plain");
        Assert.Matches("^sequential(_[0-9]+)?$", ModelName(table));
        Assert.Equal(KerasGolden.Keras3Summary(Mnist, ModelName(table)), table);
    }

    [Fact]
    public async Task Show_trainable_in_the_cell_gives_keras_3s_trainable_column()
    {
        string table = await SingleOutput("#!summary --format text", KerasGolden.Source(Mnist).Replace(
            "model.summary()", "model.summary(show_trainable=True)", StringComparison.Ordinal), "text/plain");
        Assert.Equal(KerasGolden.Keras3Summary(Mnist, showTrainable: true)
            .Replace("Model: \"sequential\"", $"Model: \"{ModelName(table)}\"", StringComparison.Ordinal), table);
    }

    [Fact]
    public async Task A_quoted_format_is_read_as_typed()
    {
        string table = await SingleOutput("#!summary --format \"text\"", "text/plain");
        Assert.Equal(KerasGolden.Keras3Summary(Mnist, ModelName(table)), table);
    }

    [Fact]
    public async Task The_default_is_the_html_table()
    {
        string html = await SingleOutput("#!summary", "text/html");
        Assert.Contains("class=\"nbs-root", html);
        // Case 0033's counts: (3·3·1 + 1)·32 = 320, (3·3·32 + 1)·64 = 18,496, (1600 + 1)·10 = 16,010; 34,826 in all.
        foreach (var count in new[] { "320", "18,496", "16,010", "34,826" })
            Assert.Contains(count, html);
        var rows = HtmlText.Parse(html).QuerySelectorAll("details.nbs-layer");
        Assert.Equal(7, rows.Length); // case 0033's seven layers
        Assert.All(rows, row => Assert.False(row.HasAttribute("open")));
    }

    [Fact]
    public async Task Formulas_open_every_walk_through()
    {
        string html = await SingleOutput("#!summary --formulas", "text/html");
        var document = HtmlText.Parse(html);
        var rows = document.QuerySelectorAll("details.nbs-layer");
        Assert.Equal(7, rows.Length); // case 0033's seven layers
        Assert.All(rows, row => Assert.True(row.HasAttribute("open")));
        // The second convolution's count with its numbers, as read once typeset: (3·3·32 + 1)·64 = 18,496.
        Assert.Contains(document.QuerySelectorAll(".nbs-num"), n => n.TextContent == "= (3·3·32 + 1)·64");
    }

    [Fact]
    public async Task Format_keras2_is_tf_keras_2s_table()
    {
        string table = await SingleOutput("#!summary --format keras2", "text/plain");
        // tf.keras 2.x: counts without separators in the rows, with them in the totals; '=' and '_' rules.
        foreach (var expected in new[] { "(None, 11, 11, 64)", "18496", "16010", "Total params: 34,826", "=================" })
            Assert.Contains(expected, table);
    }

    [Fact]
    public async Task Format_ascii_is_the_keras_sequential_ascii_diagram()
    {
        string diagram = await SingleOutput("#!summary --format ascii", "text/plain");
        foreach (var expected in new[] { "320", "18496", "16010" })
            Assert.Contains(expected, diagram);
    }

    [Fact]
    public async Task Format_markdown_is_a_table_to_copy()
    {
        string markdown = await SingleOutput("#!summary --format markdown", "text/plain");
        Assert.Contains(@"| 2 | conv2d\_1 | Conv2D | (None, 11, 11, 64) | 18,496 |", markdown);
    }

    [Fact]
    public async Task Format_json_parses_and_holds_keras_totals()
    {
        string json = await SingleOutput("#!summary --format json", "text/plain");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(34826, document.RootElement.GetProperty("total_params").GetInt64());
    }

    [Fact]
    public async Task Format_svg_is_a_drawing_shown_as_html()
    {
        string svg = await SingleOutput("#!summary --format svg", "text/html");
        // The notebook's fragment: a wide and a narrow drawing, each a whole SVG with the model's total.
        var drawings = SvgDrawing.Drawings(svg);
        Assert.All(drawings, d => Assert.Contains(d.Descendants(), e => e.Name.LocalName == "text" && e.Value.Contains("34,826")));
    }

    [Fact]
    public async Task An_unknown_format_fails_the_cell_with_the_formats_to_use()
    {
        var run = await Summary("#!summary --format txt", KerasGolden.Source(Mnist));
        Assert.True(run.Failed);
        Assert.Contains("unknown --format 'txt'", run.FailureMessage);
        Assert.Contains("did you mean 'text'?", run.FailureMessage);
    }

    [Fact]
    public async Task A_mistake_fails_the_cell_at_the_line_the_user_sees()
    {
        // Line 1 is the directive, so the misspelt layer is on line 6 of the cell.
        var run = await notebook.Kernel.RunAsync("""
            #!summary --format text
            import keras
            from keras import layers
            model = keras.Sequential([
                keras.Input((28, 28, 1)),
                layers.Conv2d(32, 3),
            ])
            """);
        Assert.True(run.Failed, run.ToString());
        Assert.Empty(run.Outputs);
        var lines = run.FailureMessage!.Split('\n');
        Assert.StartsWith("error: unknown layer 'Conv2d'", lines[0]);
        Assert.Contains("did you mean 'Conv2D'?", lines[0]);
        Assert.Equal(" 6 |     layers.Conv2d(32, 3),", lines[1]);
        Assert.Equal("   |            ^^^^^^", lines[2]);
        Assert.DoesNotContain("   at ", run.FailureMessage); // no stack trace
    }

    [Fact]
    public async Task A_warning_is_shown_after_the_summary_without_failing_the_cell()
    {
        var run = await notebook.RunOkAsync("""
            #!summary --format text
            import keras
            model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
            assert 4 * 2 + 2 == 11
            """);
        Assert.Equal(2, run.Outputs.Count);
        Assert.Contains("Total params: 10 (40.00 B)", run.Outputs[0].Content); // 4·2 + 2 = 10, not 11
        var warning = run.Outputs[1];
        Assert.Equal("text/plain", warning.MimeType);
        var lines = warning.Content.Split('\n');
        Assert.StartsWith("warning: assertion fails", lines[0]);
        Assert.Equal(" 4 | assert 4 * 2 + 2 == 11", lines[1]);
    }

    [Fact]
    public async Task An_empty_cell_says_what_to_write()
    {
        var run = await notebook.Kernel.RunAsync("#!summary --format text\n\n");
        Assert.True(run.Failed, run.ToString());
        Assert.Contains("The #!summary cell is empty", run.FailureMessage);
        Assert.Contains("keras.Sequential(", run.FailureMessage);
    }

    [Fact]
    public async Task Cells_share_variables_like_a_python_kernel()
    {
        var define = await notebook.RunOkAsync("#!summary --format text\nimport keras\nhidden_units = 7\n");
        Assert.Equal("No model in this cell; its variables are kept for the next #!summary cells.", Assert.Single(define.Outputs).Content);
        var use = await notebook.RunOkAsync(
            "#!summary --format text\nmodel = keras.Sequential([keras.Input((4,)), keras.layers.Dense(hidden_units)])\n");
        Assert.Contains("Total params: 35 (140.00 B)", Assert.Single(use.Outputs).Content); // (4 + 1)·7 = 35 (seed 001)
    }
}
