using NotebookSummary.BrowserTests.Support;
using NotebookSummary.Rendering;

namespace NotebookSummary.BrowserTests;

/// <summary>
/// The SVG drawing as a notebook shows it: it fits the cell's width and its text stays readable (at least 9 px on
/// screen), wrapping into more rows rather than shrinking.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SvgInCellTests(Browser browser)
{
    /// <summary>The smallest text a reader can be asked to read in a notebook, in CSS px.</summary>
    private const double ReadablePx = 9;

    public static TheoryData<string, string, int> Cells =>
        // 320 px too: the narrow drawing fits cells down to 317 px (NotebookDrawing.NarrowWidth).
        CellCase.Every(["vgg16", "mnist-cnn", "toy-resnet", "deep-1000", "shape-error"], [CellHost.VsCodeDark, CellHost.JupyterLight],
            [320, .. CellCase.Widths]);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task The_drawing_fits_the_cell_with_readable_text(string model, string host, int width)
    {
        var page = await CellCase.ShowAsync(browser, model, SummaryFormat.Svg, CellCase.Host(host), width);
        var svg = await LayoutProbe.SvgAsync(page);
        Assert.Equal(1, svg.ShownDrawings); // the wide or the narrow drawing, never both
        Assert.True(svg.Width <= svg.CellWidth + 1, $"the drawing is {svg.Width:0} px wide in a {svg.CellWidth:0} px cell");
        Assert.True(svg.SmallestTextPx >= ReadablePx,
            $"'{svg.SmallestText}' is drawn {svg.SmallestTextPx:0.#} px high, below {ReadablePx} px");
        Assert.Empty(await LayoutProbe.SidewaysOverflowAsync(page));
        // A wide cell shows the wide drawing: the narrow one is only for cells where the wide one's text would be small.
        if (width >= 800) Assert.NotEqual("nbs-svg-narrow", svg.DrawingClass);
        await page.CloseAsync();
    }
}
