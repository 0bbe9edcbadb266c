using System.Globalization;
using System.Xml.Linq;
using NotebookSummary.Rendering;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>Frozen layers are marked; depthwise kernels read one channel; the arrows to the next row are visible
/// and a kernel on the last map of a row still projects.</summary>
public class SvgMarksTests
{
    private static List<(double X, double Y)> Points(XElement polygon) =>
        [.. ((string)polygon.Attribute("points")!).Split(' ').Select(p => p.Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];

    [Fact]
    public void Frozen_layers_are_marked_on_their_element_and_in_their_tag()
    {
        var model = new Sequential("frozen")
        {
            new Input(16, 16, 3),
            new Conv2D(8, 3, trainable: false),
            new BatchNormalization(trainable: false),
            new Flatten(),
            new Dense(4),
        };
        var doc = Render(model);
        var conv = Groups(doc, "feature-map")[1];
        Assert.Contains("frozen", Texts(conv));
        Assert.Contains("+ BatchNormalization (frozen)", Texts(conv));
        Assert.Contains("frozen (trainable=False)", conv.Element(SvgNs + "title")!.Value);
        Assert.DoesNotContain("frozen", Texts(Groups(doc, "vector").Last()));
    }

    [Fact]
    public void A_depthwise_kernel_is_one_channel_thick_and_a_full_kernel_spans_every_channel()
    {
        var model = new Sequential("dw")
        {
            new Input(32, 32, 16),
            new DepthwiseConv2D(3),
            new Conv2D(16, 3),
        };
        var doc = Render(model);
        var maps = Groups(doc, "feature-map");
        var kernels = Groups(doc, "kernel");
        Assert.Equal(2, kernels.Count);
        // The front face of a box is its last polygon; its width is the drawn channel axis.
        double Front(XElement g) { var p = Points(g.Elements(SvgNs + "polygon").Last()); return p.Max(q => q.X) - p.Min(q => q.X); }
        // The depthwise kernel sits on the input map (16 channels): 1/16 of its width, at least 2 px.
        Assert.Equal(Math.Max(2, Front(maps[0]) / 16), Front(kernels[0]), 0.2);
        Assert.Equal(Front(maps[1]), Front(kernels[1]), 0.2);
    }

    [Fact]
    public void A_grouped_kernel_is_one_group_thick()
    {
        var model = new Sequential("grouped")
        {
            new Input(32, 32, 16),
            new Conv2D(16, 3, groups: 4),        // each kernel reads 16/4 = 4 of the 16 channels
        };
        var doc = Render(model);
        var map = Groups(doc, "feature-map")[0];
        var kernel = Assert.Single(Groups(doc, "kernel"));
        double Front(XElement g) { var p = Points(g.Elements(SvgNs + "polygon").Last()); return p.Max(q => q.X) - p.Min(q => q.X); }
        Assert.Equal(Math.Max(2, Front(map) / 4), Front(kernel), 0.2);
        Assert.Equal(4, model.Summarize().Rows[0].Window!.ChannelGroups);
    }

    [Fact]
    public void A_kernel_through_all_channels_of_a_short_wide_map_sits_half_way_up_not_on_top_like_a_lid()
    {
        var model = new Sequential("wide")
        {
            new Input(112, 112, 8),              // the large map that sets the drawing's scale
            new Conv2D(512, 8, strides: 8),      // ⌊(112 − 8)/8⌋ + 1 = 14: 14×14×512, wider (channels) than tall
            new Conv2D(512, 3),
        };
        var doc = Render(model);
        var map = Groups(doc, "feature-map")[1];
        var kernel = Groups(doc, "kernel")[1];
        var front = Points(map.Elements(SvgNs + "polygon").Last());
        var kernelFront = Points(kernel.Elements(SvgNs + "polygon").Last());
        double mapTop = front.Min(p => p.Y), mapBottom = front.Max(p => p.Y);
        Assert.True(mapBottom - mapTop < front.Max(p => p.X) - front.Min(p => p.X), "the map is not drawn wider than tall");
        // The kernel sits half-way back along the columns (drawn receding at 35°: shifted right by d·cos, up by
        // d·sin); taking that shift out, its front face is centred on the map's height, not flush with its top.
        double receding = (kernelFront.Min(p => p.X) - front.Min(p => p.X)) * Math.Tan(35 * Math.PI / 180);
        double centre = (kernelFront.Min(p => p.Y) + kernelFront.Max(p => p.Y)) / 2 + receding;
        Assert.Equal((mapTop + mapBottom) / 2, centre, 1.0);
    }

    [Fact]
    public void Arrows_to_the_next_row_are_dark_and_thick_and_the_last_kernel_of_a_row_keeps_its_lines()
    {
        var doc = Render(Vgg16(), new SvgOptions { MaxWidth = 700 });
        var wraps = Groups(doc, "connector").Where(g => g.Elements(SvgNs + "line").Count() == 2
            && g.Elements(SvgNs + "line").All(l => Number(l, "y1") == Number(l, "y2"))).ToList();
        Assert.NotEmpty(wraps);
        Assert.All(wraps.SelectMany(g => g.Elements(SvgNs + "line")), l =>
        {
            Assert.Equal(1.6, Number(l, "stroke-width"));
            Assert.Equal("#222222", (string?)l.Attribute("stroke"));
        });
        // Every kernel and pooling window projects with two lines, to its output or to the arrow to the next row.
        foreach (var g in Groups(doc, "kernel").Concat(Groups(doc, "pool-window")))
            Assert.Equal(2, g.Elements(SvgNs + "line").Count(l => l.Attribute("stroke-dasharray") is null));
    }
}
