using NotebookSummary.Rendering;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>Repeated blocks fold into one drawn block and a "× n" marker, as the HTML table folds them.</summary>
public class SvgRepeatTests
{
    [Fact]
    public void A_thousand_identical_layers_draw_one_box_and_a_times_1000_marker()
    {
        // Input(32) and 1,000 Dense(32): every Dense reads 32 and writes 32 with the same 1,056 weights.
        var doc = Render(DeepMlp(1_000));
        Assert.Equal(2, Groups(doc, "vector").Count); // the input and the first Dense
        var marker = Assert.Single(Groups(doc, "repeat"));
        Assert.Contains("× 1,000", Texts(marker));
        Assert.Empty(Groups(doc, "omitted")); // nothing left undrawn
        Assert.True(doc.Descendants().Count() < 200);
        // The marker stands for the 999 Dense layers not drawn again (row indexes 1 … 999).
        Assert.Equal(Enumerable.Range(1, 999), ((string)marker.Attribute("data-rows")!).Split(' ').Select(int.Parse));
    }

    [Fact]
    public void A_repeated_block_of_two_elements_folds_with_its_folded_tags()
    {
        // 500 × (Dense(32), Dropout, Dense(32, relu)): the Dropout folds into the first Dense, so a block is 2 boxes.
        var model = new Sequential("blocks") { new Input(32) };
        for (int i = 0; i < 500; i++)
        {
            model.Add(new Dense(32));
            model.Add(new Dropout(0.1));
            model.Add(new Dense(32, activation: "relu"));
        }
        var doc = Render(model);
        Assert.Equal(3, Groups(doc, "vector").Count); // input + one block
        var marker = Assert.Single(Groups(doc, "repeat"));
        Assert.Contains("× 500", Texts(marker));
        Assert.Contains("the 2 boxes before", Texts(marker));
        Assert.Equal(3 * 499, ((string)marker.Attribute("data-rows")!).Split(' ').Length);
    }

    [Fact]
    public void Three_identical_convolutions_of_a_vgg_block_stay_drawn()
    {
        // VGG16's block 5: three Conv2D(512) on 14×14×512, the same layer three times; VGG is read that way.
        var doc = Render(Vgg16());
        Assert.Empty(Groups(doc, "repeat"));
        Assert.Equal(19, Groups(doc, "feature-map").Count);
    }

    [Fact]
    public void Folding_can_be_turned_off()
    {
        var doc = Render(DeepMlp(20), new SvgOptions { CollapseRepeats = 0 });
        Assert.Empty(Groups(doc, "repeat"));
        Assert.Equal(21, Groups(doc, "vector").Count);
    }

    [Fact]
    public void Layers_that_differ_only_by_name_fold_and_layers_that_differ_otherwise_do_not()
    {
        var same = new Sequential("same") { new Input(8) };
        var different = new Sequential("different") { new Input(8) };
        for (int i = 0; i < 6; i++)
        {
            same.Add(new Dense(8, name: $"layer_{i}"));
            different.Add(new Dense(8, activation: i % 2 == 0 ? "relu" : "tanh", trainable: i < 3));
        }
        Assert.Single(Groups(Render(same), "repeat"));
        Assert.Empty(Groups(Render(different), "repeat"));
    }
}
