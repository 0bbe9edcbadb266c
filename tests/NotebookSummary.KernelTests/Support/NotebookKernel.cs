using System.Collections.Concurrent;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NotebookSummary.KernelTests.Support;

/// <summary>
/// A notebook's kernel as the dotnet-interactive tool builds it for Jupyter and VS Code: a CompositeKernel whose
/// default is C#, with #r "nuget:" and #i, and the tool's extension loading (after a package is added, its
/// interactive-extensions/dotnet/extension.dib runs). Cells are submitted as a front end submits them.
/// </summary>
public sealed class NotebookKernel : IDisposable
{
    private readonly CompositeKernel _root;
    private readonly ConcurrentQueue<string> _addedPackageRoots = new();
    private readonly HashSet<string> _loadedExtensions = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private List<KernelEvent>? _cellEvents;

    public NotebookKernel()
    {
        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseValueSharing()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            }, forceRestore: false);
        _root = new CompositeKernel { csharp };
        _root.DefaultKernelName = csharp.Name;

        // The tool's extension loading: a package root reported while a command ran gets its extension.dib run
        // once that command has finished (the package's assemblies are referenced by then).
        _root.KernelEvents.Subscribe(new EventObserver(e =>
        {
            lock (_gate) _cellEvents?.Add(e);
            if (e is PackageAdded added && added.PackageReference.PackageRoot is { } packageRoot)
                _addedPackageRoots.Enqueue(packageRoot);
        }));
        _root.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            while (_addedPackageRoots.TryDequeue(out var packageRoot))
            {
                var script = new FileInfo(Path.Combine(packageRoot, "interactive-extensions", "dotnet", "extension.dib"));
                if (script.Exists && _loadedExtensions.Add(script.FullName))
                    await _root.LoadAndRunInteractiveDocument(script, context.Command);
            }
        });
    }

    /// <summary>
    /// Runs one cell and collects every event the kernel published while it ran: what a front end shows under the
    /// cell (the extension's load message, for one, comes from the commands of extension.dib, not from the cell's).
    /// </summary>
    public async Task<CellRun> RunAsync(string code)
    {
        var events = new List<KernelEvent>();
        lock (_gate) _cellEvents = events;
        try
        {
            await _root.SendAsync(new SubmitCode(code));
        }
        finally
        {
            lock (_gate) _cellEvents = null;
        }
        lock (_gate) return new CellRun(code, events.ToList());
    }

    /// <summary>Asks for completions at <paramref name="position"/> (0-based line, column) of <paramref name="code"/>.</summary>
    public async Task<IReadOnlyList<string>> CompletionsAsync(string code, int line, int column)
    {
        var result = await _root.SendAsync(new RequestCompletions(code, new LinePosition(line, column)));
        return result.Events.OfType<CompletionsProduced>().SelectMany(c => c.Completions).Select(c => c.DisplayText).ToList();
    }

    public void Dispose() => _root.Dispose();

    private sealed class EventObserver(Action<KernelEvent> onNext) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value) => onNext(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}
