namespace NotebookSummary.KernelTests.Support;

/// <summary>
/// A notebook kernel with the package loaded as a user loads it; one per test class (a first restore takes seconds).
/// The cell that loaded it is kept, so tests can look at what loading showed.
/// </summary>
public sealed class LoadedKernel : IAsyncLifetime
{
    public NotebookKernel Kernel { get; } = new();

    public CellRun Load { get; private set; } = null!;

    public async Task InitializeAsync() => Load = await Kernel.RunAsync(PackedPackage.Current.LoadCell);

    public Task DisposeAsync()
    {
        Kernel.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs a cell and fails the test, with everything the cell produced, if the cell failed.</summary>
    public async Task<CellRun> RunOkAsync(string code)
    {
        var run = await Kernel.RunAsync(code);
        Assert.False(run.Failed, run.ToString());
        return run;
    }
}

/// <summary>
/// Kernel tests run one at a time: a C# kernel redirects the process's console while a cell runs, formatter
/// registrations are process-wide, as they are in a real kernel process, and a notebook runs in its own folder as the
/// process's current directory (<see cref="NotebookRun"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelCollection
{
    public const string Name = "kernel";
}
