using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// The kernel behind <c>#!summary</c>: .NET Interactive hands it the rest of the cell (Keras code) and the directive's
/// parameters; <see cref="SummaryCell"/> does the work and this class displays what comes back, or fails the cell.
/// </summary>
internal sealed class SummaryKernel : Kernel, IKernelCommandHandler<SubmitCode>
{
    /// <summary>The magic command's name: <c>#!summary</c>.</summary>
    public const string KernelName = "summary";

    private readonly SummaryCell _cell = new(); // remembers earlier #!summary cells' variables, like a Python kernel
    private KernelSpecifierDirective? _directive; // built once: adding the same parameter twice throws

    public SummaryKernel() : base(KernelName) { }

    public override KernelSpecifierDirective KernelSpecifierDirective
    {
        get
        {
            if (_directive is null)
            {
                var directive = base.KernelSpecifierDirective;
                directive.Parameters.Add(
                    new KernelDirectiveParameter(SummaryCellOptions.FormatParameter, SummaryCellOptions.FormatDescription)
                        .AddCompletions(() => SummaryCellOptions.FormatNames));
                directive.Parameters.Add(
                    new KernelDirectiveParameter(SummaryCellOptions.FormulasParameter, SummaryCellOptions.FormulasDescription) { Flag = true });
                _directive = directive;
            }
            return _directive;
        }
    }

    public Task HandleAsync(SubmitCode command, KernelInvocationContext context)
    {
        var result = _cell.Run(command.Code, command.Parameters, LinesBefore(command));
        foreach (var output in result.Outputs)
            context.DisplayAs(output.Content, output.MimeType);
        if (result.Failed)
            context.Fail(command, null, result.FailureMessage);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Root-kernel middleware for a cell that is only a <c>#!summary</c> line: the kernel then sends this kernel no
    /// code, only the directive, so without this the cell would succeed and show nothing.
    /// </summary>
    internal static async Task ExplainEmptyCell(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        if (command is not SubmitCode && command.TargetKernelName == KernelName &&
            command.Parent is SubmitCode { Code: { } cell } && IsDirectiveAlone(cell))
        {
            context.Fail(command, null, SummaryCell.EmptyCellMessage);
            return;
        }
        await next(command, context);
    }

    private static bool IsDirectiveAlone(string cell)
    {
        var text = cell.AsSpan().TrimStart();
        if (!text.StartsWith("#!" + KernelName, StringComparison.Ordinal)) return false;
        var afterName = text[(2 + KernelName.Length)..];
        if (afterName.Length > 0 && !char.IsWhiteSpace(afterName[0])) return false; // #!summaryx is another magic
        int lineEnd = afterName.IndexOf('\n');
        return lineEnd < 0 || afterName[lineEnd..].IsWhiteSpace();
    }

    /// <summary>
    /// How many lines of the notebook cell come before the code this kernel receives: the kernel gets the text after
    /// the <c>#!summary</c> line, but the user counts lines from the top of the cell, directive included. The whole
    /// cell is the parent command's code; without one, the directive is taken to be the single line before.
    /// </summary>
    internal static int LinesBefore(SubmitCode command)
    {
        if (command.Parent is SubmitCode { Code: { } cell } && command.Code is { Length: > 0 } code)
        {
            int at = cell.IndexOf(code, StringComparison.Ordinal);
            if (at >= 0) return cell.AsSpan(0, at).Count('\n');
        }
        return 1;
    }
}
