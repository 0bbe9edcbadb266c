using Microsoft.Playwright;
using NotebookSummary.Interactive;
using NotebookSummary.Rendering;

namespace NotebookSummary.BrowserTests.Support;

/// <summary>One output shown in one emulated notebook cell: a sample model, a format, a host and a cell width.</summary>
internal static class CellCase
{
    /// <summary>The cell widths checked: a phone-narrow side panel, a notebook side panel, a laptop split screen, a full window.</summary>
    public static readonly int[] Widths = [360, 420, 800, 1200];

    /// <summary>
    /// Opens a page showing the sample in the host at the width, as the notebook displays it (the same rendering the
    /// kernel extension's formatters use), and saves its screenshot.
    /// </summary>
    public static async Task<IPage> ShowAsync(Browser browser, string model, SummaryFormat format, CellHost host, int width)
    {
        var output = SummaryOutput.Render(SampleModels.Summary(model), format).Content;
        return await ShowOutputAsync(browser, $"{format.ToString().ToLowerInvariant()}-{model}-{host.Name}-{width}", output, host, width);
    }

    /// <summary>Opens a page showing <paramref name="output"/> in the host at the width and saves its screenshot as <paramref name="name"/>.</summary>
    public static async Task<IPage> ShowOutputAsync(Browser browser, string name, string output, CellHost host, int width)
    {
        var page = await browser.NewPageAsync(width + 16);
        await page.SetContentAsync(host.Page(output, width));
        await Screenshots.TakeAsync(page, name);
        return page;
    }

    public static TheoryData<string, string, int> Every(IEnumerable<string> models, IEnumerable<CellHost> hosts, IEnumerable<int>? widths = null)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var model in models)
            foreach (var host in hosts)
                foreach (var width in widths ?? Widths)
                    data.Add(model, host.Name, width);
        return data;
    }

    public static CellHost Host(string name) => CellHost.All.Single(h => h.Name == name);
}
