using NotebookSummary.Rendering.Svg;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>The drawing's legend writes math as the walk-throughs do: exponents raised, no <c>^</c> or <c>_</c> notation.</summary>
public class SvgLegendNotationTests
{
    [Theory]
    [InlineData(0.68, "⁰˙⁶⁸")]
    [InlineData(1, "¹")]
    [InlineData(0.8, "⁰˙⁸")]
    public void Exponents_are_raised(double exponent, string raised) =>
        Assert.Equal(raised, DiagramLegend.Superscript(exponent));

    [Fact]
    public void The_legend_of_a_convnet_has_no_caret_or_underscore_notation()
    {
        // keras.io's MNIST convnet: maps, kernels, pooling windows and dense bars all appear in its legend.
        var model = new Sequential
        {
            new Input(28, 28, 1), new Conv2D(32, 3, activation: "relu"), new MaxPooling2D(2),
            new Flatten(), new Dense(10, activation: "softmax"),
        };
        var svg = System.Xml.Linq.XDocument.Parse(SvgRenderer.Render(model.Summarize()));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        var all = string.Join(" ", texts);
        Assert.DoesNotContain('^', all);
        Assert.Matches("spatial ∝ n[⁰¹²³⁴⁵⁶⁷⁸⁹˙]+, channels ∝ c[⁰¹²³⁴⁵⁶⁷⁸⁹˙]+", all);
        Assert.Contains("convolution kernel (height×width /stride)", texts);
        Assert.DoesNotContain(texts, t => t.Contains("k_h", StringComparison.Ordinal));
    }
}
