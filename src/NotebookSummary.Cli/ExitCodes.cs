namespace NotebookSummary.Cli;

/// <summary>
/// The process exit codes of <c>nbsummary</c>. When several inputs fail differently, the highest code wins, so a
/// script can tell "the model is wrong" (1) from "the command is wrong" (2).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and every model summarized without errors (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>A source had errors (syntax, unknown layer, ...) or a model is invalid (Keras would reject it).</summary>
    public const int ModelErrors = 1;

    /// <summary>The command line is wrong: unknown option, bad value, an input that cannot be read, an output that
    /// cannot be written — including standard output or standard error closed or full (<c>&gt;&amp;-</c>, <c>2&gt;/dev/full</c>).</summary>
    public const int UsageErrors = 2;

    /// <summary>An unexpected failure inside nbsummary (a bug); the one-line message says what happened.</summary>
    public const int InternalError = 3;
}
