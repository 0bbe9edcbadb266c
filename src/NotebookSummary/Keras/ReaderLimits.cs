namespace NotebookSummary.Keras;

/// <summary>
/// The documented limits of the Keras reader. Whatever the input, reading stops at one of these with a diagnostic,
/// in time proportional to the input (bounded by <see cref="MaxWork"/>), and never with an exception.
/// </summary>
internal static class ReaderLimits
{
    /// <summary>Longest source text read, in characters (2 million, about 50,000 lines of model code).</summary>
    public const int MaxSourceLength = 2_000_000;

    /// <summary>Deepest nesting of brackets, of indented blocks, and of expressions inside expressions.</summary>
    public const int MaxNesting = 100;

    /// <summary>Deepest syntax tree of one expression (long operator chains count: <c>1+1+…</c>).</summary>
    public const int MaxExpressionDepth = 300;

    /// <summary>
    /// Work budget of one run: each statement executed, loop iteration, function call and collection element
    /// created costs one unit. <c>for i in range(10**12)</c> stops here.
    /// </summary>
    public const long MaxWork = 2_000_000;

    /// <summary>Most layers created in one run (a 100,000-layer model written with a loop reads).</summary>
    public const int MaxLayers = 200_000;

    /// <summary>Longest list, tuple or string a statement may build.</summary>
    public const int MaxCollectionLength = 1_000_000;

    /// <summary>Deepest chain of calls to functions defined in the code (recursion stops here).</summary>
    public const int MaxCallDepth = 50;

    /// <summary>Most diagnostics reported; one more says the rest were dropped.</summary>
    public const int MaxDiagnostics = 200;

    /// <summary>Integers are exact up to 64 bits (±9.2·10¹⁸); larger results are reported, not computed.</summary>
    public const long MaxInteger = long.MaxValue;
}
