using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.KernelTests.Support;

/// <summary>
/// A throw-away copy of the repository's layout as far as the example notebooks see it: <c>notebooks/</c> with the
/// notebooks and <c>artifacts/</c> with this run's package, where <c>dotnet pack -o artifacts</c> puts it. A notebook's
/// first cell loads the newest package in <c>../artifacts</c>, relative to the notebook's folder (the kernel's current
/// directory in Jupyter and VS Code), so it finds this run's build and nothing a developer packed by hand.
/// </summary>
public sealed class NotebookWorkspace
{
    private static readonly Lazy<NotebookWorkspace> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private NotebookWorkspace(string notebooksFolder) => NotebooksFolder = notebooksFolder;

    /// <summary>The workspace of this test run, made once.</summary>
    public static NotebookWorkspace Current => Instance.Value;

    /// <summary>The folder a notebook runs in (the process's current directory while its cells run).</summary>
    public string NotebooksFolder { get; }

    public string PathOf(string notebookFileName) => Path.Combine(NotebooksFolder, notebookFileName);

    private static NotebookWorkspace Create()
    {
        var package = PackedPackage.Current;
        // Beside the run's package folder, so one folder holds all a test run leaves behind.
        string root = Path.Combine(package.Folder, "workspace");
        string artifacts = Directory.CreateDirectory(Path.Combine(root, "artifacts")).FullName;
        string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        File.Copy(package.Nupkg, Path.Combine(artifacts, Path.GetFileName(package.Nupkg)));
        foreach (var notebook in Directory.GetFiles(RepositoryFiles.PathOf("notebooks"), "*.ipynb"))
            File.Copy(notebook, Path.Combine(notebooks, Path.GetFileName(notebook)));
        return new NotebookWorkspace(notebooks);
    }
}
