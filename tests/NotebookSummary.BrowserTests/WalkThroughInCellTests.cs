using NotebookSummary.BrowserTests.Support;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering;

namespace NotebookSummary.BrowserTests;

/// <summary>
/// The walk-throughs, open, in light and dark cells from 360 to 1200 px: nothing scrolls sideways, every row shows a
/// cue that it opens (large enough, with contrast against the theme), and long names wrap between their words.
/// Screenshots: <c>walk-{model}-{host}-{width}.png</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WalkThroughInCellTests(Browser browser)
{
    /// <summary>The smallest open cue accepted, in CSS px (the old triangle was about 5 px at half opacity).</summary>
    private const double CuePx = 7;

    public static TheoryData<string, string, int> Cells =>
        CellCase.Every(["mnist-cnn", "frozen-batchnorm", "long-names"], [CellHost.VsCodeLight, CellHost.VsCodeDark, CellHost.JupyterDark]);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Open_walk_throughs_fit_show_their_cue_and_wrap_names_between_words(string model, string host, int width)
    {
        var summary = model == "long-names" ? LongNames().Summarize() : SampleModels.Summary(model);
        var html = HtmlRenderer.Render(summary, new HtmlOptions { ExpandFormulas = true });
        var page = await CellCase.ShowOutputAsync(browser, $"walk-{model}-{host}-{width}", html, CellCase.Host(host), width);
        var problems = new List<string>();
        problems.AddRange(await LayoutProbe.SidewaysOverflowAsync(page));
        problems.AddRange(await LayoutProbe.WeakOpenCuesAsync(page, CuePx));
        problems.AddRange(await LayoutProbe.MidWordBreaksAsync(page, "summary .nbs-name"));
        await page.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Layers named as people name them in a course notebook: long, words joined by underscores.</summary>
    private static Sequential LongNames() => new("long_names")
    {
        new Input(28, 28, 1),
        new Conv2D(8, 3, activation: "relu") { Name = "first_convolution_with_three_by_three_kernels" },
        new Flatten() { Name = "flatten_feature_maps" },
        new Dense(3, activation: "softmax") { Name = "classifier_over_three_classes" },
    };
}
