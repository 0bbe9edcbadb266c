using System.Text.Json;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>The table: rows, cells, share bars and totals, checked against what Keras reports.</summary>
public class HtmlTableTests
{
    [Fact]
    public void Vgg16_has_one_row_per_layer_with_the_keras_names_types_shapes_and_counts()
    {
        // Expected: conformance case 0003 (Keras's own report for this model).
        var layers = ConformanceCase.Load("0003").Rows;
        var doc = RenderAndParse(SeedModels.Vgg16ChannelsFirst().Summarize());
        var rows = LayerRows(doc);

        Assert.Equal(layers.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var want = layers[i];
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(rows[i], "nbs-i"));
            Assert.Equal(want.Name, Cell(rows[i], "nbs-name"));
            var typeCell = rows[i].QuerySelector("summary .nbs-type")!;
            Assert.StartsWith(want.ClassName, typeCell.TextContent);
            Assert.Equal(want.ShapeText, Cell(rows[i], "nbs-shape"));
            Assert.Equal(want.Params.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                Cell(rows[i], "nbs-params"));
        }
    }

    [Fact]
    public void Activation_is_shown_with_the_type()
    {
        var rows = LayerRows(RenderAndParse(SeedModels.Vgg16ChannelsFirst().Summarize()));
        var conv = rows[0].QuerySelector("summary .nbs-type")!;
        Assert.Equal("relu", conv.QuerySelector(".nbs-act")!.TextContent);
        Assert.Equal("Conv2Drelu", conv.TextContent);
        // Dense(1000) has no activation; the Activation layer shows its function.
        Assert.Null(rows[23].QuerySelector("summary .nbs-act"));
        Assert.Equal("softmax", rows[24].QuerySelector("summary .nbs-act")!.TextContent);
    }

    [Fact]
    public void Bars_show_each_layer_share_of_all_parameters()
    {
        var rows = LayerRows(RenderAndParse(SeedModels.Vgg16ChannelsFirst().Summarize()));
        // Keras counts (case 0003): total 138,357,544.
        // dense:   102,764,544 / 138,357,544 = 74.2746…%
        // dense_1:  16,781,312 / 138,357,544 = 12.1289…%
        // dense_2:   4,097,000 / 138,357,544 =  2.9612…%
        // conv2d:        1,792 / 138,357,544 =  0.0013…%
        AssertShare(rows[19], 74.2746, "74.3%");
        AssertShare(rows[21], 12.1289, "12.1%");
        AssertShare(rows[23], 2.9612, "3.0%");
        AssertShare(rows[0], 0.0013, "<0.1%");
        // Layers without parameters have no bar.
        Assert.Null(rows[2].QuerySelector(".nbs-bar"));
        Assert.Equal("0", Cell(rows[2], "nbs-params"));
        // No non-trainable parts in VGG16.
        Assert.Empty(rows.SelectMany(r => r.QuerySelectorAll(".nbs-bn")));
    }

    private static void AssertShare(AngleSharp.Dom.IElement row, double percent, string label)
    {
        var segment = row.QuerySelector("summary .nbs-bar .nbs-bt")!;
        Assert.Equal(percent, WidthPercent(segment), 3);
        Assert.Equal(label, Cell(row, "nbs-pct"));
    }

    [Fact]
    public void Footer_shows_keras_totals_with_their_sizes()
    {
        var doc = RenderAndParse(SeedModels.Vgg16ChannelsFirst().Summarize());
        var totals = doc.QuerySelectorAll(".nbs-foot .nbs-tot")
            .Select(t => $"{t.QuerySelector(".nbs-totl")!.TextContent}: {t.QuerySelector(".nbs-params")!.TextContent} {t.QuerySelector(".nbs-size")!.TextContent}")
            .ToList();
        // Keras 3's own lines for this model (keras3_summary.txt), e.g. " Total params: 138,357,544 (527.79 MB)".
        var keras = ConformanceCase.Load("0003").Keras3Summary()!.Split('\n').Where(l => l.Contains("params:")).Select(l => l.Trim()).ToList();
        Assert.Equal(["Total params: 138,357,544 (527.79 MB)", "Trainable params: 138,357,544 (527.79 MB)", "Non-trainable params: 0 (0.00 B)"], keras);
        Assert.Equal(keras, totals);
    }

    [Fact]
    public void Caption_names_the_model_and_its_input()
    {
        var doc = RenderAndParse(MnistWithFrozenConv().Summarize());
        Assert.Equal("mnist_cnn", doc.QuerySelector(".nbs-cap .nbs-model")!.TextContent);
        var io = doc.QuerySelectorAll(".nbs-cap .nbs-io").Select(e => e.TextContent).ToList();
        // Input (None, 28, 28, 1); output of Dense(10): (None, 10).
        Assert.Equal(["(None, 28, 28, 1)", "(None, 10)"], io);
    }

    [Fact]
    public void Title_option_shows_above_the_table_and_keeps_the_model_name()
    {
        var doc = RenderAndParse(MnistWithFrozenConv().Summarize(), new HtmlOptions { Title = "Lesson 3" });
        Assert.Equal("Lesson 3", doc.QuerySelector(".nbs-cap .nbs-title")!.TextContent);
        Assert.Equal("mnist_cnn", doc.QuerySelector(".nbs-cap .nbs-model")!.TextContent);
    }

    [Fact]
    public void Frozen_layer_is_marked_and_its_bar_is_all_non_trainable()
    {
        var doc = RenderAndParse(MnistWithFrozenConv().Summarize());
        var rows = LayerRows(doc);
        // conv2d: (3·3·1 + 1)·32 = 320; conv2d_1 (frozen): (3·3·32 + 1)·64 = 18,496;
        // flatten: 12·12·64 = 9,216; dense: (9,216 + 1)·10 = 92,170. Total 320 + 18,496 + 92,170 = 110,986.
        Assert.Equal("110,986", doc.QuerySelector(".nbs-tot .nbs-params")!.TextContent);
        var frozen = rows[1];
        Assert.Contains("nbs-frozen", frozen.ClassList);
        Assert.Equal("frozen", frozen.QuerySelector("summary .nbs-frz")!.TextContent);
        Assert.DoesNotContain(rows.Where(r => r != frozen), r => r.QuerySelector(".nbs-frz") is not null);
        // 18,496 / 110,986 = 16.6652…%, all of it non-trainable.
        Assert.Null(frozen.QuerySelector(".nbs-bar .nbs-bt"));
        Assert.Equal(16.6652, WidthPercent(frozen.QuerySelector(".nbs-bar .nbs-bn")!), 3);
        Assert.Equal("16.7%", Cell(frozen, "nbs-pct"));
        // Totals: non-trainable 18,496 = 73,984 B = 72.25 KB.
        var nonTrainable = doc.QuerySelectorAll(".nbs-tot")[2];
        Assert.Equal("18,496", nonTrainable.QuerySelector(".nbs-params")!.TextContent);
        Assert.Equal("(72.25 KB)", nonTrainable.QuerySelector(".nbs-size")!.TextContent);
    }

    [Fact]
    public void Bar_splits_trainable_and_non_trainable_parameters()
    {
        // Case 0066, Keras counts: conv2d 896 (frozen: all non-trainable), batch_normalization 128 (frozen),
        // conv2d_1 18,496, batch_normalization_1 256 of which 128 non-trainable, dense 650; total 20,426.
        var expected = ConformanceCase.Load("0066");
        var keras = expected.Rows.Select(l => (l.Params, l.NonTrainableParams)).ToList();
        Assert.Equal([(896L, 896L), (128, 128), (0, 0), (18496, 0), (256, 128), (0, 0), (650, 0)], keras);
        Assert.Equal(20426, expected.TotalParams);

        var doc = RenderAndParse(CaseModels.FrozenAndBatchNorm().Summarize());
        var rows = LayerRows(doc);
        // batch_normalization_1: trainable part 128 / 20,426 = 0.6266…%, non-trainable part the same; share 1.3%.
        var bar = rows[4].QuerySelector("summary .nbs-bar")!;
        Assert.Equal(0.6266, WidthPercent(bar.QuerySelector(".nbs-bt")!), 3);
        Assert.Equal(0.6266, WidthPercent(bar.QuerySelector(".nbs-bn")!), 3);
        Assert.Equal("1.3%", Cell(rows[4], "nbs-pct"));
        Assert.Contains("128 trainable, 128 non-trainable", rows[4].QuerySelector(".nbs-walk")!.TextContent);
        Assert.Null(rows[4].QuerySelector(".nbs-frz"));
        // The frozen pair is all non-trainable: 896 / 20,426 = 4.3866…% and 128 / 20,426 = 0.6266…%.
        Assert.Equal(["frozen", "frozen"], rows.Take(2).Select(r => r.QuerySelector("summary .nbs-frz")!.TextContent));
        Assert.Null(rows[0].QuerySelector(".nbs-bar .nbs-bt"));
        Assert.Equal(4.3866, WidthPercent(rows[0].QuerySelector(".nbs-bar .nbs-bn")!), 3);
        Assert.Equal(0.6266, WidthPercent(rows[1].QuerySelector(".nbs-bar .nbs-bn")!), 3);
        // Totals: non-trainable 896 + 128 + 128 = 1,152 → 4,608 B = 4.50 KB; the caption shows the bar key.
        var nonTrainable = doc.QuerySelectorAll(".nbs-tot")[2];
        Assert.Equal("1,152", nonTrainable.QuerySelector(".nbs-params")!.TextContent);
        Assert.Equal("(4.50 KB)", nonTrainable.QuerySelector(".nbs-size")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".nbs-cap .nbs-key .nbs-bn"));
    }

    [Fact]
    public void A_layer_holding_all_parameters_shows_100_percent()
    {
        var model = new Sequential { new Input(4), new Dense(3), new Dropout(0.5) };
        var rows = LayerRows(RenderAndParse(model.Summarize()));
        Assert.Equal("100%", Cell(rows[0], "nbs-pct"));
        Assert.Equal(100, WidthPercent(rows[0].QuerySelector(".nbs-bt")!));
    }

    [Fact]
    public void Empty_model_renders_without_rows()
    {
        var doc = RenderAndParse(new Sequential { new Input(4) }.Summarize());
        Assert.Empty(LayerRows(doc));
        Assert.NotNull(doc.QuerySelector(".nbs-empty"));
        Assert.Equal("0", doc.QuerySelector(".nbs-tot .nbs-params")!.TextContent);
    }
}
