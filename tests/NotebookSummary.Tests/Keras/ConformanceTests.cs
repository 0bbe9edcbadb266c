using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// Every Sequential conformance case: its model.py, read as pasted, summarizes to what Keras reports in expected.json
/// (names, classes, output shapes, parameter counts, input shape, totals). The expected values were produced by Keras.
/// </summary>
public class ConformanceTests
{
    public static TheoryData<string> Cases() => ConformanceCases.Sequential();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reads_to_the_keras_summary(string id)
    {
        var c = ConformanceCase.Load(id);
        var result = KerasSource.Parse(c.Source);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        string variable = c.Expected.GetProperty("model_var").GetString()!;
        var model = result.Models.LastOrDefault(m => m.VariableName == variable) ?? result.Primary;
        Assert.NotNull(model);
        Assert.Same(model, result.Primary);

        var read = result.Summarize(model!);
        Assert.Null(read.ModelError);
        c.AssertMatches(read.Summary!);
    }
}
