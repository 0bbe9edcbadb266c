using NotebookSummary.Cli;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>model.summary(show_trainable=True)</c> in the source prints what Keras 3 prints for it: the table with the
/// Trainable column (the conformance cases' keras3_summary_trainable.txt), as <c>--show-trainable</c> does.
/// </summary>
public class CliShowTrainableFromSourceTests
{
    public static TheoryData<string> CasesCallingModelSummary()
    {
        var data = new TheoryData<string>();
        foreach (var id in ConformanceCase.AllIds())
        {
            var c = ConformanceCase.Load(id);
            if (c.Keras3Summary(showTrainable: true) is not null && c.Source.Contains("model.summary()")) data.Add(id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CasesCallingModelSummary))]
    public void The_source_s_show_trainable_prints_Keras_3_s_trainable_table(string id)
    {
        var c = ConformanceCase.Load(id);
        var r = CliRunner.RunWithInput(c.Source.Replace("model.summary()", "model.summary(show_trainable=True)"), "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal(c.Keras3Summary(showTrainable: true), r.Stdout);
    }

    [Theory]
    [InlineData("model.summary(None, None, None, False, True)")] // Keras's positional order: show_trainable is fifth
    [InlineData("model.summary(line_length=None, show_trainable=1 == 1)")]
    public void Every_way_of_passing_show_trainable_is_read(string call)
    {
        var c = ConformanceCase.Load("0002");
        var r = CliRunner.RunWithInput(c.Source.Replace("model.summary()", call), "-");
        Assert.Equal(c.Keras3Summary(showTrainable: true), r.Stdout);
    }

    [Fact]
    public void Show_trainable_false_prints_the_plain_table()
    {
        var c = ConformanceCase.Load("0002");
        var r = CliRunner.RunWithInput(c.Source.Replace("model.summary()", "model.summary(show_trainable=False)"), "-");
        Assert.Equal(c.Keras3Summary(), r.Stdout);
    }

    [Fact]
    public void Formats_without_a_Trainable_column_are_unchanged()
    {
        // The tf.keras 2 table of this renderer has no Trainable column: the request changes nothing there.
        var c = ConformanceCase.Load("0002");
        var plain = CliRunner.RunWithInput(c.Source, "-", "--format", "keras2");
        var asked = CliRunner.RunWithInput(c.Source.Replace("model.summary()", "model.summary(show_trainable=True)"), "-", "--format", "keras2");
        Assert.Equal(ExitCodes.Ok, asked.ExitCode);
        Assert.Equal(plain.Stdout, asked.Stdout);
    }
}
