using NotebookSummary.Rendering;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>The layout model behind the SVG: planning (what becomes a box), automatic scales, measured sizes.</summary>
public class SvgLayoutTests
{
    private static DiagramPlan Plan(Sequential model, SvgOptions? options = null) =>
        DiagramPlanner.Plan(model.Summarize(), options ?? SvgOptions.Default);

    private static DiagramScale Scale(Sequential model) =>
        DiagramScale.Calibrate(Plan(model).Elements, SvgOptions.Default, 1);

    [Fact]
    public void Spatial_scale_keeps_true_proportions_when_the_range_is_small()
    {
        // MNIST maps span 28..5 px: 28/5 = 5.6 ≤ 150/14, so the exponent stays 1 and 28 is drawn 150 px tall.
        var s = Scale(Mnist()).Spatial;
        Assert.Equal(1.0, s.Exponent, 6);
        Assert.Equal(150.0, s.Px(28), 6);
        Assert.Equal(150.0 * 13 / 28, s.Px(13), 6);
    }

    [Fact]
    public void Spatial_scale_compresses_a_large_range_so_the_smallest_map_stays_visible()
    {
        // AlexNet maps span 227..6: 227 → 150 px and 6 → 14 px needs n^e with e = ln(150/14)/ln(227/6).
        var s = Scale(AlexNet()).Spatial;
        Assert.Equal(Math.Log(150.0 / 14) / Math.Log(227.0 / 6), s.Exponent, 6);
        Assert.Equal(150.0, s.Px(227), 6);
        Assert.Equal(14.0, s.Px(6), 6);
        // VGG16: 224..7 → e = ln(150/14)/ln(32).
        Assert.Equal(Math.Log(150.0 / 14) / Math.Log(32), Scale(Vgg16()).Spatial.Exponent, 6);
    }

    [Fact]
    public void Channel_scale_is_a_power_law_that_keeps_the_deepest_map_readable()
    {
        // AlexNet's deepest map has 384 channels: e = ln 64 / ln 384 ≈ 0.70 (convnet-drawer's hand-set 0.6 is close).
        var c = Scale(AlexNet()).Channels;
        Assert.Equal(Math.Log(64) / Math.Log(384), c.Exponent, 6);
        Assert.Equal(64.0, c.Px(384), 6);
        Assert.True(c.Px(3) < c.Px(96) && c.Px(96) < c.Px(256), "more channels are drawn thicker");
        Assert.Equal(DiagramScale.ChannelMinPx, c.Px(1), 6);
        // MNIST has at most 64 channels: the exponent caps at 0.8 (64^0.8 ≈ 28 px), magnified at most 2×.
        Assert.Equal(0.8, Scale(Mnist()).Channels.Exponent, 6);
    }

    [Fact]
    public void Explicit_exponents_override_the_calibration()
    {
        var options = new SvgOptions { ChannelExponent = 0.6, SpatialExponent = 0.5 };
        var scale = DiagramScale.Calibrate(Plan(AlexNet()).Elements, options, 1);
        Assert.Equal(0.6, scale.Channels.Exponent);
        Assert.Equal(0.5, scale.Spatial.Exponent);
        // Thickness ∝ c^0.6 as convnet-drawer's c_ = c^channel_scale; the deepest map keeps its 64 px.
        Assert.Equal(64.0, scale.Channels.Px(384), 6);
        Assert.Equal(Math.Pow(96.0 / 384, 0.6), scale.Channels.Px(96) / scale.Channels.Px(384), 6);
    }

    [Fact]
    public void Small_and_large_models_are_drawn_at_the_same_height()
    {
        foreach (var model in new[] { Mnist(), AlexNet(), Vgg16() })
        {
            var layout = DiagramLayoutEngine.Build(Plan(model), SvgOptions.Default);
            var maps = layout.Elements.Where(e => e.Element.Form == ElementForm.Map).ToList();
            Assert.Equal(150.0, maps.Max(m => m.Box.Height), 6);
            Assert.True(maps.Min(m => m.Box.Height) >= DiagramScale.SpatialMinPx - 1e-9, model.Name);
        }
    }

    [Fact]
    public void Planner_folds_only_shape_keeping_value_layers()
    {
        var plan = Plan(Mnist());
        // input, conv, pool, conv, pool, flatten(+dropout), dense
        Assert.Equal(7, plan.Elements.Count);
        var flatten = plan.Elements[5];
        Assert.Equal(LayerKind.Flatten, flatten.Kind);
        Assert.Equal("dropout", Assert.Single(flatten.Folded).Name);
    }

    [Fact]
    public void Planner_reads_channels_first_from_the_layers()
    {
        var plan = Plan(new Sequential
        {
            new Input(3, 64, 48),
            new Conv2D(8, 3, dataFormat: "channels_first"),
        });
        Assert.Equal(new MapAxes(64, 48, 3, false, null, false), plan.Elements[0].Axes);
        Assert.Equal(new MapAxes(62, 46, 8, false, null, false), plan.Elements[1].Axes);

        var last = Plan(new Sequential { new Input(3, 64, 48), new Conv2D(8, 3) });
        Assert.Equal(new MapAxes(3, 64, 48, false, null, false), last.Elements[0].Axes);
    }

    [Fact]
    public void Text_is_escaped_for_xml()
    {
        var sb = new System.Text.StringBuilder();
        SvgText.Escape(sb, "<a href=\"x\">&'</a>\u0007\uDC00ok\uD83D\uDE00");
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;\uFFFD\uFFFDok\uD83D\uDE00", sb.ToString());
    }

    [Fact]
    public void Wrapping_never_exceeds_the_width_and_keeps_every_word()
    {
        string text = "Conv2D kernel 15×15 is larger than its 13×13 input " + new string('x', 300);
        var lines = TextMetrics.Wrap(text, 12, 200);
        Assert.All(lines, l => Assert.True(TextMetrics.Width(l, 12) <= 200));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
    }
}
