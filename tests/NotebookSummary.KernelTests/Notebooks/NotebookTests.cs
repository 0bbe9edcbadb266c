using Microsoft.DotNet.Interactive.Events;
using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Notebooks;

/// <summary>
/// What holds for every example notebook run top to bottom in a real kernel: its first code cell loads the package
/// from the repository's artifacts folder, and no cell fails but the ones the notebook says fail on purpose.
/// Each notebook's test class derives from this with its own fixture, so these run once per notebook.
/// </summary>
public abstract class NotebookTests<TNotebook>(TNotebook notebook) where TNotebook : NotebookRun
{
    protected TNotebook Notebook { get; } = notebook;

    /// <summary>Markers of the code cells that the notebook's text says fail on purpose.</summary>
    protected virtual IEnumerable<string> CellsThatFailOnPurpose => [];

    [Fact]
    public void The_first_code_cell_loads_the_package_packed_into_artifacts()
    {
        var load = Notebook.CodeCells[0];
        Assert.False(load.Failed, load.ToString());
        // The extension's load message, shown once extension.dib compiled and ran.
        Assert.Contains(load.Values.SelectMany(v => v), o =>
            o.MimeType == "text/plain" &&
            o.Content.StartsWith("NotebookSummary ", StringComparison.Ordinal) &&
            o.Content.Contains(" loaded: ", StringComparison.Ordinal));
        // The version the cell picked from ../artifacts is the one this run packed: the notebook names no version.
        var added = Assert.Single(load.Events.OfType<PackageAdded>(), e => e.PackageReference.PackageName == "NotebookSummary");
        Assert.Equal(PackedPackage.Current.Version, added.PackageReference.PackageVersion);
    }

    [Fact]
    public void The_introduction_packs_into_the_folder_the_first_cell_reads()
    {
        // Run from the repository root, this puts the package in artifacts/, which is ../artifacts for the notebook.
        var intro = Notebook.Cells.First(c => c.Kind == "markdown");
        Assert.Contains("dotnet pack src/NotebookSummary.Interactive -c Release -o artifacts", intro.Source);
    }

    [Fact]
    public void No_cell_fails_but_the_ones_meant_to()
    {
        var expected = CellsThatFailOnPurpose.Select(Notebook.Cell).ToList();
        var failed = Notebook.CodeCells.Where(c => c.Failed).ToList();
        Assert.All(failed, c => Assert.True(expected.Contains(c), $"{Notebook.FileName}: unexpected failure\n{c}"));
        Assert.All(expected, c => Assert.True(c.Failed, $"{Notebook.FileName}: meant to fail, but succeeded\n{c}"));
    }
}
