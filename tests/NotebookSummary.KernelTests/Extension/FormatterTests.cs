using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Extension;

/// <summary>Values of the C# API in C# cells display through the formatters the extension registers.</summary>
[Collection(KernelCollection.Name)]
public class FormatterTests(LoadedKernel notebook) : IClassFixture<LoadedKernel>, IAsyncLifetime
{
    // Keras's "Simple MNIST convnet" (conformance case 0033) in the C# API.
    private const string MnistModel = """
        using NotebookSummary;
        var model = new Sequential
        {
            new Input(28, 28, 1),
            new Conv2D(32, kernelSize: (3, 3), activation: "relu"),
            new MaxPooling2D(poolSize: (2, 2)),
            new Conv2D(64, kernelSize: (3, 3), activation: "relu"),
            new MaxPooling2D(poolSize: (2, 2)),
            new Flatten(),
            new Dropout(0.5),
            new Dense(10, activation: "softmax"),
        };
        """;

    public async Task InitializeAsync() => await notebook.RunOkAsync(MnistModel);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_model_as_the_last_expression_shows_the_html_table_with_keras_3s_text()
    {
        var run = await notebook.RunOkAsync("model");
        var html = run.Returned("text/html");
        Assert.NotNull(html);
        Assert.Contains("class=\"nbs-root", html);
        Assert.Contains("18,496", html);
        Assert.Equal(KerasGolden.Keras3Summary("0033"), run.Returned("text/plain"));
    }

    [Fact]
    public async Task Display_shows_the_same_table()
    {
        var run = await notebook.RunOkAsync("display(model);");
        var value = Assert.Single(run.Values);
        Assert.Contains(value, o => o.MimeType == "text/html" && o.Content.Contains("class=\"nbs-root"));
    }

    [Fact]
    public async Task A_summary_shows_as_its_model()
    {
        var run = await notebook.RunOkAsync("model.Summarize()");
        Assert.Equal(KerasGolden.Keras3Summary("0033"), run.Returned("text/plain"));
        Assert.Contains("34,826", run.Returned("text/html"));
    }

    [Fact]
    public async Task A_row_shows_its_walk_through()
    {
        // conv2d_1: (3·3·32 + 1)·64 = 18,496 (case 0033).
        var run = await notebook.RunOkAsync("model.Summarize().Rows[2]");
        Assert.Contains("params = (k_h·k_w·c_in + 1)·filters = (3·3·32 + 1)·64 = 18,496", run.Returned("text/plain"));
        Assert.Contains("nbs-walk", run.Returned("text/html"));
    }

    [Fact]
    public async Task A_walk_through_shows_itself()
    {
        // Without its row, a walk-through has no shapes to lay out: its text, preformatted, is the HTML form too.
        var run = await notebook.RunOkAsync("model.Summarize().Rows[2].WalkThrough");
        Assert.Contains("(3·3·32 + 1)·64 = 18,496", run.Returned("text/plain"));
        Assert.Contains("(3·3·32 + 1)·64 = 18,496", HtmlText.Of(run.Returned("text/html")));
        Assert.StartsWith("<pre", run.Returned("text/html"));
    }

    [Fact]
    public async Task A_view_in_another_format_shows_that_format()
    {
        var text = await notebook.RunOkAsync("using NotebookSummary.Interactive;\nusing NotebookSummary.Rendering;\nmodel.View(SummaryFormat.Text)");
        Assert.Equal(KerasGolden.Keras3Summary("0033"), text.Returned("text/plain"));
        var svg = await notebook.RunOkAsync("model.View(SummaryFormat.Svg)");
        Assert.NotEmpty(SvgDrawing.Drawings(svg.Returned("text/html")!)); // the drawing (wide and narrow), shown as HTML
    }

    [Fact]
    public async Task A_functional_model_shows_keras_3s_connected_to_table()
    {
        // The Keras guide's toy ResNet (functional case 0004), written in a C# cell.
        var run = await notebook.RunOkAsync("""
            var inputs = new Input(32, 32, 3) { Name = "img" };
            var x = new Conv2D(32, 3, activation: "relu").Call(inputs);
            x = new Conv2D(64, 3, activation: "relu").Call(x);
            var block1Output = new MaxPooling2D(3).Call(x);
            x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(block1Output);
            x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(x);
            var block2Output = new Add().Call(x, block1Output);
            x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(block2Output);
            x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(x);
            var block3Output = new Add().Call(x, block2Output);
            x = new Conv2D(64, 3, activation: "relu").Call(block3Output);
            x = new GlobalAveragePooling2D().Call(x);
            x = new Dense(256, activation: "relu").Call(x);
            x = new Dropout(0.5).Call(x);
            var outputs = new Dense(10).Call(x);
            new Model(inputs, outputs, name: "toy_resnet")
            """);
        Assert.Equal(KerasGolden.FunctionalKeras3Summary("0004"), run.Returned("text/plain"));
        Assert.Contains("class=\"nbs-root", run.Returned("text/html"));
    }
}
