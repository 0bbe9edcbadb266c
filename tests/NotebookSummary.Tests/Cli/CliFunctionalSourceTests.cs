using NotebookSummary.Cli;
using NotebookSummary.Tests.Functional;

namespace NotebookSummary.Tests.Cli;

/// <summary><c>nbsummary model.py</c> on the functional conformance cases prints what Keras 3 printed, byte for byte.</summary>
public class CliFunctionalSourceTests
{
    public static TheoryData<string> Cases => FunctionalSourceConformanceTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_functional_source_prints_exactly_what_Keras_3_printed(string id)
    {
        var c = FunctionalCase.Load(id);
        string path = Path.Combine(FunctionalCase.Root, id, "model.py");
        var plain = CliRunner.Run(path);
        Assert.Equal(ExitCodes.Ok, plain.ExitCode);
        Assert.Equal(c.Keras3Summary(), plain.Stdout);
        Assert.DoesNotContain("error", plain.Stderr);

        var trainable = CliRunner.Run(path, "--show-trainable");
        Assert.Equal(c.Keras3Summary(showTrainable: true), trainable.Stdout);
    }
}
