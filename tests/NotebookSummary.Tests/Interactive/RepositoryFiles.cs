namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// Files of the repository itself (not test data): the extension's glue and the example notebooks are checked
/// where they are written, so a test can never pass against a stale copy.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding NotebookSummary.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NotebookSummary.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NotebookSummary.sln not found above " + AppContext.BaseDirectory);
    }
}
