namespace NotebookSummary.NativeCliTests.Support;

/// <summary>Asserts two runs of the CLI gave the same exit code and the same bytes on both streams.</summary>
internal static class SameRun
{
    public static void Assert(CliResult reference, CliResult native, string what)
    {
        Xunit.Assert.True(reference.ExitCode == native.ExitCode,
            $"nbsummary {what}: exit code {native.ExitCode} native, {reference.ExitCode} in-process; native stderr:\n{native.Stderr}");
        Xunit.Assert.True(reference.Stderr == native.Stderr, $"nbsummary {what}: standard error differs\n{Difference(reference.Stderr, native.Stderr)}");
        Xunit.Assert.True(reference.Stdout == native.Stdout, $"nbsummary {what}: standard output differs\n{Difference(reference.Stdout, native.Stdout)}");
    }

    // The first difference with some context on each side, so a failure says where without printing megabytes.
    private static string Difference(string expected, string actual)
    {
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        int from = Math.Max(0, at - 200);
        string Around(string s) => s.Length <= from ? "(ends here)" : s.Substring(from, Math.Min(400, s.Length - from));
        return $"first difference at character {at} ({expected.Length} in-process, {actual.Length} native)\n"
            + $"in-process: {Around(expected)}\nnative:     {Around(actual)}";
    }
}
