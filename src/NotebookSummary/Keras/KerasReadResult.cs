using NotebookSummary.Analysis;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras;

/// <summary>
/// What reading Keras source gives: the models the code builds, the one it is about (<see cref="Primary"/>), and
/// the diagnostics.
/// </summary>
/// <remarks>
/// When a cell builds several models, <see cref="Primary"/> is the one <c>.summary()</c> was called on last; if the
/// code never asks for a summary, the last model created that has layers (else the last model created).
/// All of them are in <see cref="Models"/>, in creation order. In a <see cref="KerasSession"/>, a run's models
/// are those it created or changed (added layers to, summarized, renamed).
/// </remarks>
public sealed class KerasReadResult
{
    internal KerasReadResult(SourceText source, IReadOnlyList<KerasModel> models, KerasModel? primary, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Models = models;
        Primary = primary;
        Diagnostics = diagnostics;
    }

    internal SourceText Source { get; }

    /// <summary>The text that was read.</summary>
    public string Text => Source.Text;

    /// <summary>Every model the code built, in creation order.</summary>
    public IReadOnlyList<KerasModel> Models { get; }

    /// <summary>The model the code is about (see remarks), or null when it builds none.</summary>
    public KerasModel? Primary { get; }

    /// <summary>The primary model when it is a Sequential, or null.</summary>
    public Sequential? Model => Primary?.Model;

    /// <summary>The primary model when it is a functional model, or null.</summary>
    public Model? Functional => Primary?.Functional;

    /// <summary>Errors, warnings and notes, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Summarizes the primary model; the model error, if any, becomes a diagnostic at the failing layer.</summary>
    public KerasSummary Summarize() => Primary is null ? new KerasSummary(null, Diagnostics, null) : Summarize(Primary);

    /// <summary>Summarizes one of <see cref="Models"/>.</summary>
    public KerasSummary Summarize(KerasModel model)
    {
        ModelSummary summary;
        try
        {
            summary = model.Summarize();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failure = At(model.Location, DiagnosticSeverity.Error,
                $"internal error while summarizing the model: {e.GetType().Name}: {e.Message}", null);
            return new KerasSummary(null, [.. Diagnostics, failure], failure);
        }
        if (summary.Error is not { } error) return new KerasSummary(summary, Diagnostics, null);
        var diagnostic = At(error.Source ?? model.Location, DiagnosticSeverity.Error, error.Message, error.Hint);
        return new KerasSummary(summary, [.. Diagnostics, diagnostic], diagnostic);
    }

    /// <summary>The source line of a diagnostic with a caret under it (see <see cref="DiagnosticFormatter"/>).</summary>
    public string Render(Diagnostic diagnostic) => DiagnosticFormatter.Render(diagnostic, Source);

    private static Diagnostic At(SourceLocation location, DiagnosticSeverity severity, string message, string? hint) => new()
    {
        Severity = severity, Line = location.Line, Column = location.Column, Length = Math.Max(1, location.Length),
        Message = message, Hint = hint,
    };
}
