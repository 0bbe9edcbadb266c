using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>
/// The notebook's drawing fits the cell and follows its theme: a wide drawing and one wrapped for a 352 px cell, a
/// container query showing the wide one only where its smallest text stays 9 px; the file the CLI writes stays a
/// plain picture of fixed size on white.
/// </summary>
public class SvgNotebookTests
{
    private const double ReadablePx = 9;

    private static string NotebookOutput(ModelSummary summary) => SummaryRenderer.Render(summary, SummaryFormat.Svg);

    private static List<XDocument> Notebook(ModelSummary summary) => SvgDrawings.Of(NotebookOutput(summary));

    private static XDocument File(ModelSummary summary) =>
        XDocument.Parse(SummaryRenderer.Render(summary, SummaryFormat.Svg, new RenderOptions { StandalonePage = true }));

    private static double ViewBoxWidth(XElement root) =>
        double.Parse(((string)root.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);

    private static double SmallestText(XDocument drawing) => drawing.Descendants(SvgNs + "text").Min(t => Number(t, "font-size"));

    /// <summary>The drawing's <c>max-width</c> and <c>min-width</c>, in px.</summary>
    private static (double Max, double Min) Limits(XElement root)
    {
        var style = Regex.Match((string)root.Attribute("style")!, @"^max-width:([\d.]+)px;min-width:([\d.]+)px$");
        Assert.True(style.Success);
        return (double.Parse(style.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(style.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Each_notebook_drawing_scales_to_the_cell_with_a_viewbox_and_no_fixed_size()
    {
        foreach (var summary in new[] { Vgg16().Summarize(), FunctionalModels.All["0054"]().Summarize() })
        {
            var drawings = Notebook(summary);
            Assert.Equal(2, drawings.Count); // both are wider than a 352 px cell
            foreach (var drawing in drawings)
            {
                var root = drawing.Root!;
                Assert.Equal("100%", (string?)root.Attribute("width"));
                Assert.Null(root.Attribute("height"));
                double width = ViewBoxWidth(root);
                Assert.True(width <= SvgOptions.Notebook.MaxWidth);
                var (max, min) = Limits(root);
                Assert.Equal(width, max); // never drawn larger than its own size
                // At the smallest width it is shown, the smallest text is still 9 px.
                double smallest = SmallestText(drawing);
                Assert.True(smallest * min / width >= ReadablePx - 0.01, $"smallest text {smallest} at {min}/{width}");
            }
            // The narrow drawing fits a 320 px cell (a phone, a side panel) with its text at 9 px or more.
            Assert.True(Limits(drawings[1].Root!).Min <= 320, $"the narrow drawing needs {Limits(drawings[1].Root!).Min} px");
        }
    }

    [Fact]
    public void The_narrow_drawing_wraps_into_more_rows_rather_than_shrinking_its_text()
    {
        var summary = Vgg16().Summarize();
        var (wide, narrow) = (Notebook(summary)[0], Notebook(summary)[1]);
        Assert.Equal(SmallestText(wide), SmallestText(narrow));
        Assert.True(ViewBoxWidth(narrow.Root!) < ViewBoxWidth(wide.Root!));
        double Height(XDocument d) => double.Parse(((string)d.Root!.Attribute("viewBox")!).Split(' ')[3], CultureInfo.InvariantCulture);
        Assert.True(Height(narrow) > Height(wide), "the narrow drawing is not taller");
        // Every layer is on both.
        var rows = summary.Rows.Select(r => r.Index).ToHashSet();
        foreach (var d in new[] { wide, narrow })
            Assert.Subset(d.Descendants(SvgNs + "g").Attributes("data-rows").SelectMany(a => a.Value.Split(' ')).Select(int.Parse).ToHashSet(), rows);
    }

    [Fact]
    public void The_container_query_shows_the_wide_drawing_only_where_its_text_stays_readable()
    {
        string output = NotebookOutput(Vgg16().Summarize());
        var fragment = SvgDrawings.Fragment(output, text => XDocument.Parse(text));
        var style = Assert.Single(fragment.Elements("style")).Value;
        var box = Assert.Single(fragment.Elements("div"));
        string boxClass = (string)box.Attribute("class")!;
        var drawings = box.Elements(SvgNs + "svg").ToList();
        Assert.Equal(["nbs-svg-wide", "nbs-svg-narrow"], drawings.Select(d => (string)d.Attribute("class")!));
        // The narrow drawing shows by default; the wide one from the width where its smallest text is 9 px.
        Assert.Contains($".{boxClass}{{container-type:inline-size}}", style);
        Assert.Contains($".{boxClass}>.nbs-svg-wide{{display:none}}", style);
        var query = Regex.Match(style, @"@container \(min-width: ([\d.]+)px\)\{(.*)\}$");
        Assert.True(query.Success, style);
        double wideWidth = ViewBoxWidth(drawings[0]);
        Assert.Equal(Math.Ceiling(wideWidth * ReadablePx / SmallestText(new XDocument(drawings[0]))),
            double.Parse(query.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Contains($".{boxClass}>.nbs-svg-wide{{display:inline}}", query.Groups[2].Value);
        Assert.Contains($".{boxClass}>.nbs-svg-narrow{{display:none}}", query.Groups[2].Value);
        // Every selector is scoped to the output's own class.
        Assert.StartsWith("nbs-svg-", boxClass);
    }

    [Fact]
    public void A_drawing_that_fits_a_narrow_cell_is_one_svg()
    {
        var summary = new Sequential { new Input(3), new Dense(2) }.Summarize();
        string output = SvgRenderer.Render(summary, SvgOptions.Notebook with { ShowLegend = false });
        Assert.False(SvgDrawings.IsFragment(output));
        var root = XDocument.Parse(output).Root!;
        Assert.True(Limits(root).Min <= 360);
    }

    [Fact]
    public void The_notebook_drawings_follow_the_theme_their_text_in_the_cells_colour_and_no_white_card()
    {
        foreach (var doc in Notebook(FunctionalModels.All["0004"]().Summarize()))
        {
            Assert.Empty(doc.Descendants(SvgNs + "rect"));
            var fills = doc.Descendants(SvgNs + "text").Select(t => (string)t.Attribute("fill")!).Distinct().ToList();
            Assert.Contains("currentColor", fills);
            Assert.DoesNotContain("#222222", fills);
            Assert.DoesNotContain("#666666", fills);
        }
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
