using NotebookSummary.Analysis;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>An invalid model: the rows before the failing layer, that layer highlighted, the message and hint.</summary>
public class HtmlErrorTests
{
    private static Sequential KernelTooLarge() => new("broken")
    {
        new Input(8, 8, 1),
        new Conv2D(16, 3, activation: "relu"),   // 8 → 6
        new MaxPooling2D(2),                     // 6 → 3
        new Conv2D(32, 5),                       // a 5×5 kernel on a 3×3 input: Keras rejects it
        new Flatten(),
    };

    [Fact]
    public void Shows_the_partial_table_then_the_failing_layer_with_message_and_hint()
    {
        var summary = KernelTooLarge().Summarize();
        var doc = RenderAndParse(summary);

        Assert.Equal(["conv2d", "max_pooling2d"], LayerRows(doc).Select(r => Cell(r, "nbs-name")));
        var err = Assert.Single(doc.QuerySelectorAll(".nbs-err"));
        Assert.Equal("2", err.QuerySelector(".nbs-i")!.TextContent);
        Assert.Equal("conv2d_1", err.QuerySelector(".nbs-name")!.TextContent);
        Assert.Equal("Conv2D", err.QuerySelector(".nbs-type")!.TextContent);
        var message = err.QuerySelector(".nbs-errmsg")!.TextContent;
        Assert.Contains("Conv2D kernel 5×5 is larger than its 3×3 input", message);
        Assert.Equal("Hint: use padding='same' or a smaller kernel_size", err.QuerySelector(".nbs-hint")!.TextContent);

        // In table order: after the last built row, before the totals.
        var table = doc.QuerySelector(".nbs-table")!;
        var children = table.Children.ToList();
        Assert.True(children.IndexOf(err) > children.IndexOf(LayerRows(doc)[^1]));
        Assert.True(children.IndexOf(err) < children.IndexOf(doc.QuerySelector(".nbs-foot")!));
    }

    [Fact]
    public void Caption_and_totals_say_the_model_is_invalid()
    {
        var doc = RenderAndParse(KernelTooLarge().Summarize());
        Assert.Contains("fails at layer 2 (conv2d_1)", doc.QuerySelector(".nbs-cap .nbs-bad")!.TextContent);
        // Only conv2d has parameters: (3·3·1 + 1)·16 = 160.
        Assert.Contains("Totals of the 2 layers before the error", doc.QuerySelector(".nbs-foot")!.TextContent);
        Assert.Equal("160", doc.QuerySelector(".nbs-tot .nbs-params")!.TextContent);
    }

    [Fact]
    public void Model_without_input_shape_shows_the_error_on_its_first_layer()
    {
        var doc = RenderAndParse(new Sequential { new Dense(3) }.Summarize());
        Assert.Empty(LayerRows(doc));
        var err = Assert.Single(doc.QuerySelectorAll(".nbs-err"));
        Assert.Equal("0", err.QuerySelector(".nbs-i")!.TextContent);
        Assert.Contains("the model has no input shape", err.TextContent);
    }

    [Fact]
    public void Error_points_to_the_source_line_when_the_layer_came_from_source()
    {
        var failing = new Conv2D(32, 5) { Source = new SourceLocation(7, 11, 20) };
        var model = new Sequential { new Input(3, 3, 1), failing };
        var err = RenderAndParse(model.Summarize()).QuerySelector(".nbs-errmsg")!;
        Assert.Equal("(line 7, column 11)", err.QuerySelector(".nbs-at")!.TextContent);
    }

    // Issue 13, item 5: a 5×5 kernel on a 1×1 map. Keras's 'valid' rule: out = ⌊(n − k)/s⌋ + 1 = ⌊(1 − 5)/1⌋ + 1
    // = ⌊−4⌋ + 1 = −3, which is < 1, so Keras rejects the layer.
    private static Sequential KernelOnOnePixel() => new("tiny")
    {
        new Input(4, 4, 1),
        new Conv2D(8, 3),                        // 4 → 2
        new MaxPooling2D(2),                     // 2 → 1
        new Conv2D(16, 5),                       // fails: 5×5 on 1×1
        new Flatten(),
        new Dense(10),
    };

    [Fact]
    public void The_error_row_shows_the_failing_calculation_with_the_models_numbers()
    {
        var summary = KernelOnOnePixel().Summarize();
        Assert.Equal("out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(1 − 5)/1⌋ + 1 = −3 < 1", summary.Error!.Calculation);
        var doc = RenderAndParse(summary);
        Assert.Equal("out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(1 − 5)/1⌋ + 1 = −3 < 1", doc.QuerySelector(".nbs-err .nbs-calc")!.TextContent);
    }

    [Fact]
    public void A_strided_window_shows_its_stride_in_the_calculation()
    {
        // MaxPooling2D(pool 3, strides 2) on 2×2: ⌊(2 − 3)/2⌋ + 1 = ⌊−0.5⌋ + 1 = −1 + 1 = 0 < 1.
        var summary = new Sequential { new Input(2, 2, 1), new MaxPooling2D(3, strides: 2) }.Summarize();
        Assert.Equal("out_h = ⌊(h − pool_h)/s_h⌋ + 1 = ⌊(2 − 3)/2⌋ + 1 = 0 < 1", summary.Error!.Calculation);
    }

    [Fact]
    public void The_layers_after_the_failure_are_listed_greyed_and_the_caption_counts_every_layer()
    {
        var doc = RenderAndParse(KernelOnOnePixel().Summarize());
        var notComputed = doc.QuerySelectorAll(".nbs-nc .nbs-tr").ToList();
        Assert.Equal(["3 flatten Flatten", "4 dense Dense"],
            notComputed.Select(r => $"{r.QuerySelector(".nbs-i")!.TextContent} {r.QuerySelector(".nbs-name")!.TextContent} {r.QuerySelector(".nbs-type")!.TextContent}"));
        Assert.All(notComputed, r => Assert.Equal("not computed", r.QuerySelector(".nbs-shape")!.TextContent));
        // conv2d, max_pooling2d, conv2d_1 (failing), flatten, dense.
        Assert.Contains("5 layers", doc.QuerySelector(".nbs-cap")!.TextContent);
        // Greyed rows come after the error and before the totals.
        var children = doc.QuerySelector(".nbs-table")!.Children.ToList();
        var list = doc.QuerySelector(".nbs-nc")!;
        Assert.True(children.IndexOf(list) > children.IndexOf(doc.QuerySelector(".nbs-err")!));
        Assert.True(children.IndexOf(list) < children.IndexOf(doc.QuerySelector(".nbs-foot")!));
    }

    [Fact]
    public void A_functional_model_lists_the_layers_after_the_failure_in_Keras_order()
    {
        var x = new Input(1, 1, 1);
        var y = new Conv2D(4, 5).Call(x);        // fails: 5×5 on 1×1
        var z = new Dense(2).Call(new Flatten().Call(y));
        var error = new Model(x, z).Summarize().Error!;
        Assert.Equal(1, error.LayerIndex);       // input_layer is row 0
        Assert.Equal([new UncomputedLayer("flatten", "Flatten"), new UncomputedLayer("dense", "Dense")], error.NotComputed);
        Assert.Equal("out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(1 − 5)/1⌋ + 1 = −3 < 1", error.Calculation);
    }

    [Fact]
    public void A_long_tail_after_the_failure_shows_its_first_rows_and_a_count()
    {
        var model = new Sequential { new Input(1, 1, 1), new Conv2D(2, 3), new Flatten() };
        for (int i = 0; i < 120; i++) model.Add(new Dense(2));
        var doc = RenderAndParse(model.Summarize());
        Assert.Equal(50, doc.QuerySelectorAll(".nbs-nc .nbs-name").Length);
        Assert.Equal("71 more layers not computed", doc.QuerySelector(".nbs-nc .nbs-mlabel")!.TextContent);
        Assert.Contains("122 layers", doc.QuerySelector(".nbs-cap")!.TextContent);
    }
}
