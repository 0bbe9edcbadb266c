using NotebookSummary.BrowserTests.Support;
using NotebookSummary.Rendering;

namespace NotebookSummary.BrowserTests;

/// <summary>
/// The HTML summary in VS Code and JupyterLab output cells, light and dark, 360 to 1200 px wide: nothing hides behind
/// a sideways scroll, every parameter count, bar and error message is visible, and bars are drawn as long as their
/// shares rank. One page per case, every finding reported at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlInCellTests(Browser browser)
{
    public static TheoryData<string, string, int> EveryCell => CellCase.Every(SampleModels.Names, CellHost.All);

    [Theory]
    [MemberData(nameof(EveryCell))]
    public async Task Everything_is_visible_without_scrolling_sideways(string model, string host, int width)
    {
        var page = await CellCase.ShowAsync(browser, model, SummaryFormat.Html, CellCase.Host(host), width);
        var problems = new List<string>();
        problems.AddRange(await LayoutProbe.SidewaysOverflowAsync(page));
        if (await LayoutProbe.CountShownAsync(page, ".nbs-params") == 0) problems.Add("no parameter count is shown");
        problems.AddRange(await LayoutProbe.HiddenAsync(page, ".nbs-params, .nbs-bar, .nbs-errmsg, .nbs-hint, .nbs-calc, .nbs-nc .nbs-name, .nbs-cst .nbs-totl"));
        // The footer's memory estimate (issue 13, item 9), at every width.
        if (await LayoutProbe.CountShownAsync(page, ".nbs-est .nbs-params") != 1) problems.Add("the estimated total size is not shown");
        problems.AddRange(BarsOutOfOrder(await LayoutProbe.BarsAsync(page)));
        await page.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_shape_error_is_shown_in_the_narrowest_cell()
    {
        var page = await CellCase.ShowAsync(browser, "shape-error", SummaryFormat.Html, CellHost.VsCodeDark, CellCase.Widths[0]);
        Assert.Equal(1, await LayoutProbe.CountShownAsync(page, ".nbs-errmsg"));
        Assert.Empty(await LayoutProbe.HiddenAsync(page, ".nbs-errmsg"));
        // The failing calculation (3×3 map, 5×5 kernel: ⌊(3 − 5)/1⌋ + 1 = −1 < 1) and the two layers after it, greyed.
        Assert.Equal("out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(3 − 5)/1⌋ + 1 = −1 < 1", await page.InnerTextAsync(".nbs-calc"));
        Assert.Equal(2, await LayoutProbe.CountShownAsync(page, ".nbs-nc .nbs-tr"));
        Assert.Empty(await LayoutProbe.HiddenAsync(page, ".nbs-calc, .nbs-nc .nbs-name, .nbs-nc .nbs-type"));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("vscode-light"), InlineData("vscode-dark")]
    public async Task An_opened_row_shows_its_mult_adds_in_the_narrowest_cell(string host)
    {
        var page = await CellCase.ShowAsync(browser, "mnist-cnn", SummaryFormat.Html, CellCase.Host(host), CellCase.Widths[0]);
        await page.ClickAsync("details.nbs-layer > summary");
        await Screenshots.TakeAsync(page, $"html-mnist-cnn-open-{host}-{CellCase.Widths[0]}");
        // The first convolution: 26·26 positions × 3·3·1 weights × 32 filters = 194,688 (hand-computed, valid padding).
        Assert.Contains("Mult-adds 194,688", await page.InnerTextAsync("details.nbs-layer[open] .nbs-cost"));
        // Its line wraps in the cell (the walk-through above it scrolls its formulas on its own).
        Assert.Empty(await LayoutProbe.HiddenAsync(page, "details.nbs-layer[open] .nbs-cost span"));
        await page.CloseAsync();
    }

    /// <summary>Each pair of bars where the smaller share is drawn longer than the larger one (by more than half a pixel).</summary>
    private static IEnumerable<string> BarsOutOfOrder(IReadOnlyList<DrawnBar> bars)
    {
        var ordered = bars.OrderBy(b => b.Params).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            var (smaller, larger) = (ordered[i - 1], ordered[i]);
            if (smaller.Width > larger.Width + 0.5)
                yield return $"{smaller.Row} ({smaller.Params:N0} parameters) is drawn {smaller.Width:0.##} px wide, longer than " +
                             $"{larger.Row} ({larger.Params:N0}) at {larger.Width:0.##} px";
        }
    }
}
