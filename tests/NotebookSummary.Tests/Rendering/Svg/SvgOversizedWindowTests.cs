using System.Globalization;
using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering;
using NotebookSummary.Rendering.Svg;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>
/// A 'valid' window larger than its input is drawn against that input: a red outline on the last drawn map, at the
/// window's size on the map's scale, labelled "window &gt; input". The sizes come from the error's data.
/// Keras's 'valid' rule: out = ⌊(n − k)/s⌋ + 1, which is below 1 when k &gt; n.
/// </summary>
public class SvgOversizedWindowTests
{
    // 12×12×1 → Conv2D 3×3 → 10×10×16 → MaxPooling2D 3 (stride 3) → ⌊(10 − 3)/3⌋ + 1 = 3, so 3×3×16;
    // then a 5×5 'valid' kernel on 3×3: ⌊(3 − 5)/1⌋ + 1 = −1 < 1.
    private static Sequential KernelTooLarge() => new("too_small")
    {
        new Input(12, 12, 1),
        new Conv2D(16, 3, activation: "relu"),
        new MaxPooling2D(3),
        new Conv2D(32, 5, activation: "relu"),
        new Flatten(),
        new Dense(10),
    };

    private static List<(double X, double Y)> Points(XElement polygon) =>
        [.. ((string)polygon.Attribute("points")!).Split(' ').Select(p => p.Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];

    /// <summary>A box's right face (rows × receding columns), its second-to-last polygon: bottom-front,
    /// bottom-back, top-back, top-front.</summary>
    private static (double Height, double DepthX, (double X, double Y) TopBack) SideFace(XElement box)
    {
        var p = Points(box.Elements(SvgNs + "polygon").ToList()[^2]);
        return (p[0].Y - p[3].Y, p[1].X - p[0].X, p[2]);
    }

    private static XElement Oversized(XDocument doc) =>
        Assert.Single(Groups(doc, "oversized-window"));

    [Fact]
    public void The_error_carries_the_window_and_input_sizes_per_axis()
    {
        var error = KernelTooLarge().Summarize().Error!;
        var window = Assert.IsType<OversizedWindow>(error.Window);
        Assert.False(window.IsPooling);
        Assert.Equal([5L, 5L], window.Size);
        Assert.Equal([3L, 3L], window.Input);
    }

    [Fact]
    public void A_5x5_kernel_is_drawn_five_thirds_of_its_3x3_map_and_labelled()
    {
        var summary = KernelTooLarge().Summarize();
        var doc = Parse(summary);
        var map = Groups(doc, "feature-map")[^1]; // the failing layer's input, 3×3×16
        Assert.Equal("3×3×16", Texts(map)[0]);
        var kernel = Oversized(doc);
        Assert.Equal("kernel", (string?)kernel.Attribute("data-window"));

        var m = SideFace(map);
        var k = SideFace(kernel);
        // Coordinates are rounded to 0.1, so the ratios agree to about 0.1 / 18 px.
        Assert.Equal(5.0 / 3, k.Height / m.Height, 0.02);
        Assert.Equal(5.0 / 3, k.DepthX / m.DepthX, 0.02);
        // It overhangs from the map's top-back corner (below and in front), and is drawn in the error colour.
        Assert.Equal(m.TopBack.X, k.TopBack.X, 0.15);
        Assert.Equal(m.TopBack.Y, k.TopBack.Y, 0.15);
        Assert.All(kernel.Elements(SvgNs + "polygon"), p => Assert.Equal(DiagramPalette.Error, (string?)p.Attribute("stroke")));
        Assert.Contains(summary.Error!.Message, kernel.Element(SvgNs + "title")!.Value);

        // The label sits over the failed layer's ✕ box, which stays, with the error text below the drawing.
        var failed = Assert.Single(Groups(doc, "error"));
        Assert.Contains("5×5 > 3×3", Texts(failed));
        Assert.Contains("×", Texts(failed));
        Assert.Contains(summary.Error.Calculation!, Texts(Groups(doc, "error-text").Single()));
        Assert.Contains("kernel larger than its input, to the map's scale", Texts(Groups(doc, "legend").Single()));
    }

    [Fact]
    public void A_pooling_window_a_dilated_kernel_and_a_1D_kernel_are_drawn_at_their_sizes()
    {
        // MaxPooling2D 4×4 on 3×3 (10×10 after a 3×3 kernel on 12×12, ⌊(10 − 3)/3⌋ + 1 = 3).
        var pool = new Sequential("pool")
        {
            new Input(12, 12, 1), new Conv2D(4, 3), new MaxPooling2D(3), new MaxPooling2D(4),
        };
        var doc = Render(pool);
        var window = Oversized(doc);
        Assert.Equal("pool", (string?)window.Attribute("data-window"));
        Assert.Equal(4.0 / 3, SideFace(window).Height / SideFace(Groups(doc, "feature-map")[^1]).Height, 0.02);
        Assert.Contains("4×4 > 3×3", Texts(Assert.Single(Groups(doc, "error"))));
        Assert.Contains("pooling window larger than its input, to the map's scale", Texts(Groups(doc, "legend").Single()));

        // A 3×3 kernel at dilation rate 2 spans r·(k − 1) + 1 = 5 positions: 5×5 on a 4×4 map.
        var dilated = new Sequential("dilated") { new Input(4, 4, 2), new Conv2D(2, 3, dilationRate: 2) };
        doc = Render(dilated);
        Assert.Equal(5.0 / 4, SideFace(Oversized(doc)).Height / SideFace(Groups(doc, "feature-map")[^1]).Height, 0.02);
        Assert.Contains("5×5 > 4×4", Texts(Assert.Single(Groups(doc, "error"))));

        // A sequence of 3 steps and a kernel of 5: only the steps axis is scaled.
        var sequence = new Sequential("seq") { new Input(3, 8), new Conv1D(4, 5) };
        doc = Render(sequence);
        Assert.Equal(5.0 / 3, SideFace(Oversized(doc)).Height / SideFace(Groups(doc, "feature-map")[^1]).Height, 0.02);
        Assert.Contains("5 > 3", Texts(Assert.Single(Groups(doc, "error"))));
    }

    [Fact]
    public void The_overhang_keeps_clear_of_the_captions_in_both_notebook_drawings()
    {
        // The second model's only map is the tallest box of its row, so the row must make room below it.
        // The third's kernel is 4.5 times its map: drawn at DiagramConnections.MaxOverhang (3) times.
        var onlyMap = new Sequential("only_map") { new Input(3, 3, 16), new Conv2D(8, 5) };
        var farTooLarge = new Sequential("far_too_large") { new Input(2, 2, 64), new Conv2D(8, 9) };
        foreach (var drawing in new[] { KernelTooLarge(), onlyMap, farTooLarge }.SelectMany(m => Drawings(m.Summarize(), SvgOptions.Notebook)))
        {
            var kernel = Oversized(drawing);
            double bottom = kernel.Elements(SvgNs + "polygon").SelectMany(Points).Max(p => p.Y);
            var map = Groups(drawing, "feature-map")[^1];
            // The map's captions ("MaxPooling2D", "3×3 /3") are its texts after the shape label.
            double captionTop = map.Elements(SvgNs + "text").Skip(1)
                .Min(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture)) - 10;
            Assert.True(bottom < captionTop, $"outline bottom {bottom} reaches the captions at {captionTop}");
            double width = double.Parse(((string)drawing.Root!.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
            // Inside the drawing's margins: its column made room for the overhang in front of the map.
            Assert.All(kernel.Elements(SvgNs + "polygon").SelectMany(Points),
                p => Assert.InRange(p.X, DiagramLayoutEngine.Margin - 0.15, width - DiagramLayoutEngine.Margin));
        }
    }

    [Fact]
    public void Other_errors_carry_no_window()
    {
        Assert.Null(new Sequential { new Dense(3) }.Summarize().Error!.Window);
        var doc = Render(new Sequential("flat") { new Input(4, 4, 1), new Flatten(), new Conv2D(2, 3) });
        Assert.Empty(Groups(doc, "oversized-window"));
    }
}
