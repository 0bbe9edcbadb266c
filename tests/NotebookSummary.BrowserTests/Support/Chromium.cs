namespace NotebookSummary.BrowserTests.Support;

/// <summary>
/// Where the browser is. The tests use the system's Chromium (Debian's <c>chromium</c> package, which
/// <c>.ci/run</c> installs) rather than a browser downloaded by Playwright, which this project's machines cannot fetch.
/// </summary>
internal static class Chromium
{
    /// <summary>Set this to a Chromium or Chrome executable to use another browser.</summary>
    public const string PathVariable = "NBSUMMARY_CHROMIUM";

    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The flags a headless Chromium needs on a CI machine without network or a user session.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--font-render-hinting=none",
    ];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{PathVariable} names '{configured}', which does not exist.");
        return KnownPaths.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "The browser tests need Chromium and none was found (looked for " + string.Join(", ", KnownPaths) + "). " +
            "Install it with `sudo apt-get install -y chromium` (.ci/run does this), or set " + PathVariable + ".");
    }
}
