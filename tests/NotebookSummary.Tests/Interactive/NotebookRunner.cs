using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookSummary.Interactive;

namespace NotebookSummary.Tests.Interactive;

/// <summary>What one cell showed.</summary>
internal sealed class CellRun(DibCell cell)
{
    public DibCell Cell { get; } = cell;

    /// <summary>Values a C# cell displayed (<c>display(x)</c>, then its last expression), in order.</summary>
    public List<object> Values { get; } = [];

    /// <summary>What a #!summary cell returned.</summary>
    public SummaryCellResult? Summary { get; set; }

    /// <summary>Every output as the kernel would format it, both mime types, in order.</summary>
    public IEnumerable<(string MimeType, string Content)> Outputs =>
        Summary is { } s
            ? s.Outputs.Select(o => (o.MimeType, o.Content))
            : Values.SelectMany(v => new[]
            {
                (MimeTypes.Html, v.ToDisplayString(MimeTypes.Html)),
                (MimeTypes.PlainText, v.ToDisplayString(MimeTypes.PlainText)),
            });

    public string Html => string.Join("\n", Outputs.Where(o => o.MimeType == MimeTypes.Html).Select(o => o.Content));
    public string PlainText => string.Join("\n", Outputs.Where(o => o.MimeType == MimeTypes.PlainText).Select(o => o.Content));
}

/// <summary>The globals of the notebooks' C# cells: what the C# kernel offers them that they use.</summary>
public sealed class NotebookGlobals
{
    internal List<object> Displayed { get; } = [];

    /// <summary>The kernel's <c>display(value)</c>.</summary>
    public object display(object value)
    {
        Displayed.Add(value);
        return value;
    }
}

/// <summary>
/// Runs an example notebook top to bottom the way the kernel would, as far as that is possible without one:
/// C# cells run in one Roslyn script session (so variables carry over), with the extension's formatters
/// registered; #!summary cells go to one <see cref="SummaryCell"/> with the directive's parameters; the
/// <c>#r</c>/<c>#i</c> package lines are left to the kernel and collected in <see cref="PackageLines"/>.
/// </summary>
internal sealed class NotebookRunner
{
    private NotebookRunner(IReadOnlyList<CellRun> cells, IReadOnlyList<string> packageLines, IReadOnlyDictionary<string, object?> variables)
    {
        Cells = cells;
        PackageLines = packageLines;
        Variables = variables;
    }

    /// <summary>The C# variables at the end of the notebook (the last definition of each name).</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>A C# variable of the notebook.</summary>
    public T Variable<T>(string name)
    {
        Assert.True(Variables.TryGetValue(name, out var value), $"the notebook defines no variable '{name}'");
        return Assert.IsType<T>(value);
    }

    public IReadOnlyList<CellRun> Cells { get; }
    public IReadOnlyList<string> PackageLines { get; }

    /// <summary>The code cell whose text is <paramref name="marker"/>, else the one code cell that contains it.</summary>
    public CellRun Cell(string marker)
    {
        var code = Cells.Where(c => c.Cell.Kind is DibCellKind.CSharp or DibCellKind.Summary).ToList();
        var matches = code.Where(c => c.Cell.Text == marker).ToList();
        if (matches.Count == 0) matches = code.Where(c => c.Cell.Text.Contains(marker)).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} code cells contain '{marker}'");
        return matches[0];
    }

    private static readonly Dictionary<string, NotebookRunner> Cache = [];

    /// <summary>Runs notebooks/<paramref name="fileName"/> once per test run.</summary>
    public static NotebookRunner Run(string fileName)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(fileName, out var run))
                Cache[fileName] = run = RunNow(RepositoryFiles.Read("notebooks", fileName));
            return run;
        }
    }

    private static NotebookRunner RunNow(string dib)
    {
        NotebookFormatters.Register(); // what extension.dib does on load
        var options = ScriptOptions.Default
            .AddReferences(typeof(Sequential).Assembly, typeof(SummaryOutput).Assembly, typeof(Formatter).Assembly)
            .AddImports("System", "System.Linq", "System.Collections.Generic");
        var globals = new NotebookGlobals();
        var summaryCells = new SummaryCell(); // the summary kernel's: one per notebook
        ScriptState<object>? state = null;
        var runs = new List<CellRun>();
        var packageLines = new List<string>();

        foreach (var cell in DibNotebook.Parse(dib))
        {
            var run = new CellRun(cell);
            runs.Add(run);
            switch (cell.Kind)
            {
                case DibCellKind.Summary:
                    run.Summary = summaryCells.Run(cell.SummaryCode, DibNotebook.DirectiveParameters(cell.DirectiveLine));
                    break;
                case DibCellKind.CSharp:
                    var code = new List<string>();
                    foreach (var line in cell.Text.Split('\n'))
                    {
                        if (line.StartsWith("#r ", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
                        {
                            packageLines.Add(line.Trim());
                            code.Add("");
                        }
                        else code.Add(line);
                    }
                    globals.Displayed.Clear();
                    try
                    {
                        state = state is null
                            ? CSharpScript.RunAsync(string.Join("\n", code), options, globals, typeof(NotebookGlobals)).GetAwaiter().GetResult()
                            : state.ContinueWithAsync(string.Join("\n", code), options).GetAwaiter().GetResult();
                    }
                    catch (CompilationErrorException e)
                    {
                        throw new InvalidOperationException($"cell {cell.Index} does not compile:\n{string.Join("\n", e.Diagnostics)}\n---\n{cell.Text}", e);
                    }
                    run.Values.AddRange(globals.Displayed);
                    if (state.ReturnValue is { } value) run.Values.Add(value);
                    break;
            }
        }
        var variables = new Dictionary<string, object?>();
        foreach (var v in state?.Variables ?? []) variables[v.Name] = v.Value;
        return new NotebookRunner(runs, packageLines, variables);
    }
}
