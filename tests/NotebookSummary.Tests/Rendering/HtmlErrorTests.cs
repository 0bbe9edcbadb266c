using static NotebookSummary.Tests.Rendering.HtmlTestSupport;

namespace NotebookSummary.Tests.Rendering;

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
}
