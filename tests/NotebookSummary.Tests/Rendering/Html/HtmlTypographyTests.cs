using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>One math typography in the HTML: notes typeset their formulas as the walk-through does; names and badges read once.</summary>
public class HtmlTypographyTests
{
    [Fact]
    public void A_notes_formula_is_typeset_with_values_paired_to_symbols()
    {
        // BatchNormalization on 32 channels: the moving mean and variance are 2·C = 2·32 = 64 non-trainable values.
        var model = new Sequential { new Input(8, 8, 32), new BatchNormalization() };
        var row = LayerRows(RenderAndParse(model.Summarize()))[0];
        var math = row.QuerySelector(".nbs-notes .nbs-math")!;
        Assert.Equal("non-trainable = 2·C = 2·32 = 64", math.TextContent);
        Assert.Equal(["C"], math.QuerySelectorAll("var").Select(v => v.TextContent));          // one letter: italic
        Assert.Equal(["non-trainable"], math.QuerySelectorAll(".nbs-w").Select(v => v.TextContent)); // a word: upright
        Assert.Equal(["C=32"], math.QuerySelectorAll(".nbs-val").Select(v => v.GetAttribute("title") + "=" + v.TextContent));
        Assert.Equal("64", math.QuerySelector(".nbs-res")!.TextContent.TrimStart('=', ' '));
        Assert.StartsWith("non-trainable = 2·C = 2·32 = 64: the moving mean", math.ParentElement!.TextContent);
    }

    [Fact]
    public void A_separable_convolutions_kernel_notes_are_formulas()
    {
        // SeparableConv2D(16, 3) on 8×8×4: depthwise 3·3·4·1 = 36, pointwise 4·1·16 = 64 weights.
        var model = new Sequential { new Input(8, 8, 4), new SeparableConv2D(16, 3) };
        var notes = LayerRows(RenderAndParse(model.Summarize()))[0].QuerySelectorAll(".nbs-notes .nbs-math")
            .Select(m => m.TextContent).ToList();
        Assert.Equal(["depthwise kernels = kh·kw·cin·dm = 3·3·4·1 = 36", "pointwise 1×1 kernels = cin·dm·filters = 4·1·16 = 64"], notes);
    }

    [Fact]
    public void An_activation_badge_is_shown_unless_it_repeats_the_type()
    {
        var model = new Sequential { new Input(4), new Dense(3, activation: "relu"), new Activation("relu") };
        var rows = LayerRows(RenderAndParse(model.Summarize()));
        Assert.Equal("relu", rows[0].QuerySelector("summary .nbs-act")?.TextContent); // Dense relu: the badge says something
        Assert.Equal("relu", rows[1].QuerySelector("summary .nbs-act")?.TextContent); // Activation relu: so does this one
        // a type that is its activation's name would read "ReLU relu", "LeakyReLU leaky_relu": no badge then
        Assert.True(NotebookSummary.Rendering.Html.RowMarkup.SameWord("relu", "ReLU"));
        Assert.True(NotebookSummary.Rendering.Html.RowMarkup.SameWord("leaky_relu", "LeakyReLU"));
        Assert.False(NotebookSummary.Rendering.Html.RowMarkup.SameWord("relu", "Activation"));
    }

    [Fact]
    public void A_long_name_may_break_after_its_underscores_and_reads_whole()
    {
        var model = new Sequential { new Input(4), new Dense(3) { Name = "classifier_over_three_classes" } };
        var name = LayerRows(RenderAndParse(model.Summarize()))[0].QuerySelector("summary .nbs-name")!;
        Assert.Equal("classifier_over_three_classes", name.TextContent);
        Assert.Equal(3, name.QuerySelectorAll("wbr").Length);
        Assert.All(name.QuerySelectorAll("wbr"), w => Assert.EndsWith("_", w.PreviousSibling!.TextContent));
    }
}
