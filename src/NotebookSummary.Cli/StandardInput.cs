
namespace NotebookSummary.Cli;

/// <summary>How standard input is named on the command line and in messages.</summary>
internal static class StandardInput
{
    /// <summary>The argument that means "read standard input".</summary>
    public const string Argument = "-";

    /// <summary>The name diagnostics use for it, as compilers do.</summary>
    public const string DisplayName = "<stdin>";
}
