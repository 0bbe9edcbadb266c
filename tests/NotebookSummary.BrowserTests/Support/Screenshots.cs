using Microsoft.Playwright;

namespace NotebookSummary.BrowserTests.Support;

/// <summary>
/// The last run's screenshots, kept for people to look at: <c>artifacts/browser-screenshots/</c> at the repository
/// root (ignored by git; CI keeps it as the run's output).
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(
        Path.Combine(NotebookSummary.Tests.Interactive.RepositoryFiles.Root, "artifacts", "browser-screenshots")).FullName;

    /// <summary>The output cell only (with the page's background), as tall as its content.</summary>
    public static Task TakeAsync(IPage page, string name) =>
        page.Locator("#" + CellHost.CellId).ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png") });
}
