namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// How much the fuzz tests run. Plain <c>dotnet test</c> runs a fixed, repeatable set of cases per property, sized
/// so the whole fuzz suite takes seconds on two busy cores. <c>NBSUMMARY_FUZZ_ITERATIONS=N</c> runs N fresh random
/// cases per property instead, on every core, shrinking a failure to a small input. A failure prints a seed;
/// <c>CsCheck_Seed=&lt;seed&gt;</c> with a <c>--filter</c> on that test replays it.
/// </summary>
internal static class FuzzSettings
{
    public const string IterationsVariable = "NBSUMMARY_FUZZ_ITERATIONS";

    /// <summary>The replay variable CsCheck reads itself.</summary>
    public const string SeedVariable = "CsCheck_Seed";

    /// <summary>Cases per property of a long run, or null for the fixed CI-sized run.</summary>
    public static long? LongRunIterations =>
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), out long n) && n > 0 ? n : null;

    public static bool Replaying => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SeedVariable));
}
