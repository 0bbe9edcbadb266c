namespace NotebookSummary.KernelTests.Support;

/// <summary>
/// One example notebook run top to bottom in a fresh notebook kernel, as Jupyter's "Run All" runs it: every code
/// cell submitted unmodified, in order, with the notebook's folder as the current directory (so the first cell's
/// <c>../artifacts</c> finds this run's package in the <see cref="NotebookWorkspace"/>). A failing cell does not stop
/// the run, as with <c>nbconvert --execute --allow-errors</c>: the tests say which cells may fail.
/// Used as a class fixture (one subclass per notebook): the notebook runs once, and the tests read what each cell
/// showed, or send further cells to the same kernel to look at the variables the notebook left.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "An xunit fixture: xunit disposes the kernel through IAsyncLifetime.DisposeAsync.")]
public abstract class NotebookRun(string fileName) : IAsyncLifetime
{
    private readonly NotebookKernel _kernel = new();

    public string FileName { get; } = fileName;

    /// <summary>Every cell of the notebook, markdown included, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; private set; } = [];

    /// <summary>What each code cell showed, in order.</summary>
    public IReadOnlyList<CellRun> CodeCells { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var workspace = NotebookWorkspace.Current;
        Cells = IpynbFile.ReadCells(workspace.PathOf(FileName));
        var runs = new List<CellRun>();
        // The current directory is the process's: kernel tests run one at a time (KernelCollection).
        string previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(workspace.NotebooksFolder);
        try
        {
            foreach (var cell in Cells.Where(c => c.IsCode))
                runs.Add(await _kernel.RunAsync(cell.Source));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
        CodeCells = runs;
    }

    public Task DisposeAsync()
    {
        _kernel.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The code cell whose source is <paramref name="marker"/>, or else the one code cell containing it; fails the
    /// test unless exactly one cell is meant.
    /// </summary>
    public CellRun Cell(string marker)
    {
        var matches = CodeCells.Where(c => c.Code == marker).ToList();
        if (matches.Count == 0) matches = CodeCells.Where(c => c.Code.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} code cells of {FileName} contain '{marker}'");
        return matches[0];
    }

    /// <summary>
    /// Runs one more cell in the notebook's kernel after the notebook ran (the notebook's variables are there) and
    /// fails the test, with everything the cell produced, if it failed.
    /// </summary>
    public async Task<CellRun> RunOkAsync(string code)
    {
        var run = await _kernel.RunAsync(code);
        Assert.False(run.Failed, run.ToString());
        return run;
    }
}

// One fixture per notebook: xunit creates a class fixture with its parameterless constructor.

public sealed class GettingStartedNotebook() : NotebookRun("01-getting-started.ipynb");

public sealed class ParameterFormulasNotebook() : NotebookRun("02-parameter-formulas.ipynb");

public sealed class KerasCellsNotebook() : NotebookRun("03-keras-cells.ipynb");

public sealed class DrawingNotebook() : NotebookRun("04-drawing.ipynb");
