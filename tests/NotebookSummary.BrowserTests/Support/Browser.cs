using Microsoft.Playwright;

namespace NotebookSummary.BrowserTests.Support;

/// <summary>One headless Chromium shared by the tests of a collection (starting one takes about a second).</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath(),
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A page of the given viewport width; dispose it when done.</summary>
    public async Task<IPage> NewPageAsync(int width, int height = 900)
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
