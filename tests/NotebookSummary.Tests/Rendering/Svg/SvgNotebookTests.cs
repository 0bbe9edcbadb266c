using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>
/// The notebook's drawing fits the cell and follows its theme; the file the CLI writes stays a plain picture of fixed
/// size on white.
/// </summary>
public class SvgNotebookTests
{
    private static XDocument Notebook(ModelSummary summary) =>
        XDocument.Parse(SummaryRenderer.Render(summary, SummaryFormat.Svg));

    private static XDocument File(ModelSummary summary) =>
        XDocument.Parse(SummaryRenderer.Render(summary, SummaryFormat.Svg, new RenderOptions { StandalonePage = true }));

    [Fact]
    public void The_notebook_drawing_scales_to_the_cell_with_a_viewbox_and_no_fixed_size()
    {
        foreach (var summary in new[] { Vgg16().Summarize(), FunctionalModels.All["0054"]().Summarize() })
        {
            var root = Notebook(summary).Root!;
            Assert.Equal("100%", (string?)root.Attribute("width"));
            Assert.Null(root.Attribute("height"));
            var viewBox = ((string)root.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.True(viewBox[2] <= SvgOptions.Notebook.MaxWidth);
            var style = Regex.Match((string)root.Attribute("style")!, @"^max-width:([\d.]+)px;min-width:([\d.]+)px$");
            Assert.True(style.Success);
            double max = double.Parse(style.Groups[1].Value, CultureInfo.InvariantCulture);
            double min = double.Parse(style.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.Equal(viewBox[2], max); // never drawn larger than its own size
            // At the smallest width it is shown, the smallest text is still 9 px.
            double smallest = root.Descendants(SvgNs + "text").Min(t => Number(t, "font-size"));
            Assert.True(smallest * min / viewBox[2] >= 9 - 0.01, $"smallest text {smallest} at {min}/{viewBox[2]}");
        }
    }

    [Fact]
    public void The_notebook_drawing_follows_the_theme_its_text_in_the_cells_colour_and_no_white_card()
    {
        var doc = Notebook(FunctionalModels.All["0004"]().Summarize());
        Assert.Empty(doc.Descendants(SvgNs + "rect"));
        var fills = doc.Descendants(SvgNs + "text").Select(t => (string)t.Attribute("fill")!).Distinct().ToList();
        Assert.Contains("currentColor", fills);
        Assert.DoesNotContain("#222222", fills);
        Assert.DoesNotContain("#666666", fills);
    }

    [Fact]
    public void The_file_stays_a_standalone_picture_of_fixed_size_on_white()
    {
        var doc = File(FunctionalModels.All["0004"]().Summarize());
        var root = doc.Root!;
        Assert.True(Number(root, "width") > 0 && Number(root, "height") > 0);
        Assert.Null(root.Attribute("style"));
        var background = Assert.Single(doc.Descendants(SvgNs + "rect"));
        Assert.Equal("#FFFFFF", (string?)background.Attribute("fill"));
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Value.Contains("currentColor", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_options_default_is_the_standalone_picture()
    {
        var root = Parse(Vgg16().Summarize()).Root!;
        Assert.True(Number(root, "width") > 0);
        Assert.Null(root.Attribute("style"));
    }
}
