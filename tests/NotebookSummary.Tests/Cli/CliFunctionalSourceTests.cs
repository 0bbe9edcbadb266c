using NotebookSummary.Cli;
using NotebookSummary.Tests.Functional;

namespace NotebookSummary.Tests.Cli;

/// <summary><c>nbsummary model.py</c> on the functional conformance cases prints what Keras 3 printed, byte for byte.</summary>
public class CliFunctionalSourceTests
{
    public static TheoryData<string> Cases => ConformanceCases.Functional();

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_functional_source_prints_exactly_what_Keras_3_printed(string id)
    {
        var c = ConformanceCase.Functional(id);
        string path = c.ModelPath;
        var plain = CliRunner.Run(path);
        Assert.Equal(ExitCodes.Ok, plain.ExitCode);
        Assert.Equal(c.Keras3Summary(), plain.Stdout);
        Assert.DoesNotContain("error", plain.Stderr);

        var trainable = CliRunner.Run(path, "--show-trainable");
        Assert.Equal(c.Keras3Summary(showTrainable: true), trainable.Stdout);
    }

    [Fact]
    public void The_transfer_learning_example_prints_its_frozen_base_as_one_row()
    {
        string path = Path.Combine(Path.GetTempPath(), $"transfer-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, NotebookSummary.Tests.Applications.ApplicationReaderTests.TransferLearning);
        try
        {
            var run = CliRunner.Run(path, "--show-trainable");
            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            // The base's totals: MobileNetV2 without its top, frozen (see ApplicationReaderTests).
            Assert.Contains("│ mobilenetv2_1.00_160        │ (None, 5, 5, 1280)    │  2,257,984 │   N   │", run.Stdout);
            Assert.Contains(" Trainable params: 1,281 (5.00 KB)", run.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
