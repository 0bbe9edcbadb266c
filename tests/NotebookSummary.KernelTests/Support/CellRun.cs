using Microsoft.DotNet.Interactive.Events;

namespace NotebookSummary.KernelTests.Support;

/// <summary>One output of a cell as the front end receives it: a MIME type and its text.</summary>
public sealed record CellOutput(string MimeType, string Content);

/// <summary>What one cell produced, read from its kernel events the way a notebook front end reads them.</summary>
public sealed class CellRun
{
    public CellRun(string code, IReadOnlyList<KernelEvent> events)
    {
        Code = code;
        Events = events;
    }

    public string Code { get; }

    public IReadOnlyList<KernelEvent> Events { get; }

    /// <summary>True when the cell failed (the front end shows it as an error).</summary>
    public bool Failed => Events.OfType<CommandFailed>().Any();

    /// <summary>The failure's message, or null when the cell succeeded.</summary>
    public string? FailureMessage => Events.OfType<CommandFailed>().FirstOrDefault()?.Message;

    /// <summary>Every displayed or returned value, in order, each in every MIME type it was formatted in.</summary>
    public IReadOnlyList<IReadOnlyList<CellOutput>> Values =>
        Events.OfType<DisplayEvent>()
            .Where(e => e is DisplayedValueProduced or ReturnValueProduced)
            .Select(e => (IReadOnlyList<CellOutput>)e.FormattedValues.Select(f => new CellOutput(f.MimeType, f.Value)).ToList())
            .ToList();

    /// <summary>Every displayed or returned value in its first (preferred) MIME type.</summary>
    public IReadOnlyList<CellOutput> Outputs => Values.Select(v => v[0]).ToList();

    /// <summary>The returned value (the cell's last expression) in <paramref name="mimeType"/>, or null.</summary>
    public string? Returned(string mimeType) =>
        Events.OfType<ReturnValueProduced>().SelectMany(e => e.FormattedValues).FirstOrDefault(f => f.MimeType == mimeType)?.Value;

    /// <summary>What the cell wrote to standard output.</summary>
    public string StandardOutput =>
        string.Concat(Events.OfType<StandardOutputValueProduced>().SelectMany(e => e.FormattedValues).Select(f => f.Value));

    /// <summary>A readable account of everything that happened, for assertion messages.</summary>
    public override string ToString() =>
        $"cell:\n{Code}\nevents:\n" + string.Join("\n", Events.Select(Describe));

    private static string Describe(KernelEvent e) => e switch
    {
        ErrorProduced p => $"ErrorProduced: {p.Message}",
        DisplayEvent d => $"{e.GetType().Name}: " + string.Join(" | ", d.FormattedValues.Select(f => $"{f.MimeType}: {Shorten(f.Value)}")),
        CommandFailed f => $"CommandFailed: {f.Message}",
        DiagnosticsProduced p => "DiagnosticsProduced: " + string.Join("; ", p.Diagnostics.Select(x => x.Message)),
        _ => e.GetType().Name,
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
