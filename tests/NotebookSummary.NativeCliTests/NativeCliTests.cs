using NotebookSummary.NativeCliTests.Support;

namespace NotebookSummary.NativeCliTests;

/// <summary>
/// The native CLI on every conformance case and every Keras seed, in every format: Keras 3's printouts where Keras
/// printed the case, and everywhere the same bytes, messages and exit code as the CLI run in-process.
/// </summary>
public class NativeCliTests
{
    private static readonly string[] Formats = ["text", "keras2", "ascii", "markdown", "html", "svg", "json"];

    public static TheoryData<string> Cases() => [.. TestFiles.Cases.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> SequentialCasesPrintedByKeras3() =>
        [.. TestFiles.Cases.Keys.Order(StringComparer.Ordinal)
            .Where(id => !id.StartsWith("functional/", StringComparison.Ordinal)
                && File.Exists(Path.Combine(TestFiles.Cases[id], "keras3_summary.txt")))];

    public static TheoryData<string> Seeds() => [.. TestFiles.Seeds.Select(s => Path.GetFileName(s))];

    [Theory]
    [MemberData(nameof(SequentialCasesPrintedByKeras3))]
    public void A_conformance_source_prints_what_Keras_3_printed(string id)
    {
        string dir = TestFiles.Cases[id];
        var run = NativeCli.Run("", Path.Combine(dir, "model.py"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "keras3_summary.txt")), run.Stdout);
        var trainable = NativeCli.Run("", Path.Combine(dir, "model.py"), "--show-trainable");
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "keras3_summary_trainable.txt")), trainable.Stdout);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_conformance_case_gives_the_same_output_as_in_process_in_every_format(string id) =>
        AssertSameInEveryFormat(Path.Combine(TestFiles.Cases[id], "model.py"), "--formulas");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_gives_the_same_output_as_in_process_in_every_format(string seed) =>
        AssertSameInEveryFormat(TestFiles.Seeds.Single(s => Path.GetFileName(s) == seed));

    private static void AssertSameInEveryFormat(string file, params string[] extra)
    {
        foreach (var format in Formats)
        {
            string[] args = [file, "--format", format, .. extra];
            SameRun.Assert(InProcessCli.Run("", args), NativeCli.Run("", args), string.Join(' ', args));
        }
    }
}
