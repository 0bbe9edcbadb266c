using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// Every functional conformance case (Keras Applications included) read from their model.py by the Keras reader (no C# model involved), against
/// Keras 3.15.1's answers: rows, shapes, parameters, Connected to, inputs, outputs, totals and both printouts byte
/// for byte. The model checked is the one the reader picks (the last summarized, else the last built), which must be
/// the case's <c>model_var</c>.
/// </summary>
public class FunctionalSourceConformanceTests
{
    public static TheoryData<string> Cases => ConformanceCases.Functional();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_read_from_source_matches_keras(string id)
    {
        var c = ConformanceCase.Functional(id);
        var read = KerasSource.Parse(c.Source);
        Assert.False(read.HasErrors, $"case {id}: {string.Join("\n", read.Diagnostics)}");
        Assert.Equal(c.Expected.GetProperty("model_var").GetString(), read.Primary!.VariableName);
        var summarized = read.Summarize();
        Assert.False(summarized.HasErrors, $"case {id}: {string.Join("\n", summarized.Diagnostics)}");
        c.AssertMatchesAndPrintouts(summarized.Summary!);
    }
}
