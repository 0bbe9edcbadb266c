using NotebookSummary.Analysis;
using NotebookSummary.Cli;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Cli;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Columns;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// The torchinfo figures (issue 13, item 9): mult-adds and the memory estimate, in the HTML footer and rows and in the
/// text format's selectable columns. Every expected number is computed by hand below with Keras's shape rules
/// (valid padding: out = in − k + 1; pooling 2×2: ⌊in/2⌋), a MAC being one multiplication by a weight.
/// </summary>
public class ModelCostTests
{
    // Keras's MNIST convnet example: 28×28×1 → conv 3×3 ×32 → pool → conv 3×3 ×64 → pool → flatten → dropout → dense 10.
    private static Sequential MnistConvnet() => new()
    {
        new Input(28, 28, 1),
        new Conv2D(32, 3, activation: "relu"),   // 26×26×32
        new MaxPooling2D(2),                     // 13×13×32
        new Conv2D(64, 3, activation: "relu"),   // 11×11×64
        new MaxPooling2D(2),                     // 5×5×64
        new Flatten(),                           // 1600
        new Dropout(0.5),                        // 1600
        new Dense(10, activation: "softmax"),    // 10
    };

    private const long Conv1Macs = 26 * 26 * 32 * (3 * 3 * 1);    // 194,688
    private const long Conv2Macs = 11 * 11 * 64 * (3 * 3 * 32);   // 2,230,272
    private const long DenseMacs = 1600 * 10;                     // 16,000
    private const long OutputValues = 26 * 26 * 32 + 13 * 13 * 32 + 11 * 11 * 64 + 5 * 5 * 64 + 1600 + 1600 + 10;
    private const long Params = (9 + 1) * 32 + (9 * 32 + 1) * 64 + (1600 + 1) * 10; // 34,826

    [Fact]
    public void The_model_cost_adds_the_rows_as_computed_by_hand()
    {
        var cost = ModelCost.Of(MnistConvnet().Summarize());
        Assert.Equal(194_688, Conv1Macs);
        Assert.Equal(Conv1Macs + Conv2Macs + DenseMacs, cost.MultiplyAccumulates);
        Assert.Equal((Int128)28 * 28 * 4, cost.InputBytes);
        Assert.Equal((Int128)OutputValues * 4, cost.ActivationBytes);
        Assert.Equal((Int128)Params * 4, cost.ParamsBytes);
        Assert.Equal((Int128)(28 * 28 + OutputValues + Params) * 4, cost.TotalBytes);
    }

    [Fact]
    public void A_functional_model_counts_each_input_once_and_a_nested_model_by_its_own_layers()
    {
        var a = new Input(8);
        var b = new Input(4);
        var innerIn = new Input(12);
        var inner = new Model(innerIn, new Dense(6).Call(new Dense(5).Call(innerIn)));
        var joined = new Concatenate().Call(a, b);                 // 12
        var model = new Model([a, b], inner.Call(joined));

        var cost = ModelCost.Of(model.Summarize());
        Assert.Equal((Int128)(8 + 4) * 4, cost.InputBytes);
        // concatenate 12, inner dense 5 and dense 6 (the nested row's own output is the inner dense's: not twice).
        Assert.Equal((Int128)(12 + 5 + 6) * 4, cost.ActivationBytes);
        Assert.Equal(12 * 5 + 5 * 6, cost.MultiplyAccumulates);
    }

    [Fact]
    public void An_unknown_dimension_leaves_the_memory_unknown_not_wrong()
    {
        var model = new Sequential { new Input(null, 3), new Dense(2) };
        var cost = ModelCost.Of(model.Summarize());
        Assert.Null(cost.InputBytes);
        Assert.Null(cost.ActivationBytes);
        Assert.Null(cost.TotalBytes);
    }

    [Fact]
    public void The_HTML_footer_shows_the_mult_adds_and_the_estimate()
    {
        var doc = RenderAndParse(MnistConvnet().Summarize());
        var lines = doc.QuerySelectorAll(".nbs-costs .nbs-tr")
            .Select(l => (l.QuerySelector(".nbs-totl")!.TextContent, l.QuerySelector(".nbs-params")!.TextContent)).ToList();
        Assert.Equal(
        [
            ("Mult-adds (one sample)", "2,440,960"),
            ("Input (one sample)", "3.06 KB"),               // 3,136 B / 1024
            ("Activations (one sample, forward)", "154.66 KB"), // 158,376 B / 1024
            ("Parameters", "136.04 KB"),                     // 139,304 B / 1024
            ("Estimated total size", "293.77 KB"),           // 300,816 B / 1024
        ], lines);
    }

    [Fact]
    public void A_row_with_mult_adds_shows_them_with_its_output_memory_and_a_pooling_row_only_its_memory()
    {
        var rows = LayerRows(RenderAndParse(MnistConvnet().Summarize()));
        var conv = rows[0].QuerySelector(".nbs-cost")!.TextContent;
        Assert.Contains("Mult-adds 194,688", conv);
        Assert.Contains("Output 21,632 values × 4 B = 84.50 KB per sample", conv); // 26·26·32 = 21,632; 86,528 B
        var pool = rows[1].QuerySelector(".nbs-cost")!.TextContent;
        Assert.DoesNotContain("Mult-adds", pool);
        Assert.Contains("Output 5,408 values", pool);
    }

    [Fact]
    public void The_column_table_shows_the_chosen_columns_with_hand_computed_values()
    {
        var columns = new[] { SummaryColumn.OutputShape, SummaryColumn.KernelSize, SummaryColumn.MultAdds, SummaryColumn.Trainable };
        var text = SummaryRenderer.Render(MnistConvnet().Summarize(), SummaryFormat.Text, new RenderOptions { Columns = columns });
        var lines = text.Split('\n');
        Assert.Equal(["Layer", "(type)", "Output", "Shape", "Kernel", "Shape", "Mult-Adds", "Trainable"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["conv2d", "(Conv2D)", "(None,", "26,", "26,", "32)", "[3,", "3]", "194,688", "True"], Words(lines[4]));
        Assert.Equal(["max_pooling2d", "(MaxPooling2D)", "(None,", "13,", "13,", "32)", "[2,", "2]", "--", "--"], Words(lines[5]));
        Assert.Equal(["dense", "(Dense)", "(None,", "10)", "--", "16,000", "True"], Words(lines[10]));
        Assert.Contains("\nTotal mult-adds (one sample): 2,440,960\n", text);
        Assert.Contains("\nEstimated Total Size: 293.77 KB\n", text);
    }

    [Fact]
    public void The_column_table_gives_each_layer_its_share_and_a_frozen_layer_False()
    {
        var model = new Sequential { new Input(4), new Dense(4, trainable: false), new Dense(1) }; // 20 and 5 parameters
        var text = SummaryRenderer.Render(model.Summarize(), SummaryFormat.Text,
            new RenderOptions { Columns = [SummaryColumn.Params, SummaryColumn.ParamsPercent, SummaryColumn.Trainable] });
        var lines = text.Split('\n');
        Assert.Equal(["dense", "(Dense)", "20", "80.00%", "False"], Words(lines[4]));
        Assert.Equal(["dense_1", "(Dense)", "5", "20.00%", "True"], Words(lines[5]));
    }

    [Fact]
    public void Column_names_parse_with_torchinfo_aliases_and_reject_unknown_or_repeated_ones()
    {
        Assert.True(SummaryColumns.TryParse("input_size, output_size,num_params,mult_adds", out var columns, out _));
        Assert.Equal([SummaryColumn.InputShape, SummaryColumn.OutputShape, SummaryColumn.Params, SummaryColumn.MultAdds], columns);
        Assert.False(SummaryColumns.TryParse("params,shape", out _, out var error));
        Assert.Equal("unknown column 'shape'", error);
        Assert.False(SummaryColumns.TryParse("params,params", out _, out error));
        Assert.Equal("column 'params' is listed twice", error);
    }

    [Fact]
    public void The_CLI_takes_columns_for_the_text_format_only()
    {
        var ok = CliRunner.Run("--columns", "output_shape,params,mult_adds");
        Assert.Equal(ExitCodes.Ok, ok.ExitCode);
        // VGG16's first conv: 224·224·64 positions × 3·3·3 weights = 86,704,128 MACs.
        Assert.Contains("86,704,128", ok.Stdout);
        Assert.DoesNotContain("┏", ok.Stdout);

        var html = CliRunner.Run("--columns", "params", "-f", "html");
        Assert.Equal(ExitCodes.UsageErrors, html.ExitCode);
        Assert.Contains("--columns applies to the text format", html.Stderr);
        var bad = CliRunner.Run("--columns", "param");
        Assert.Equal(ExitCodes.UsageErrors, bad.ExitCode);
        Assert.Contains("unknown column 'param'", bad.Stderr);
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
