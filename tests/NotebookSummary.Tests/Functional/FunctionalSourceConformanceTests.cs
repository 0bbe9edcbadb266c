using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional conformance cases read from their model.py by the Keras reader (no C# model involved), against
/// Keras 3.15.1's answers: rows, shapes, parameters, Connected to, inputs, outputs, totals and both printouts byte
/// for byte. The model checked is the one the reader picks (the last summarized, else the last built), which must be
/// the case's <c>model_var</c>.
/// </summary>
public class FunctionalSourceConformanceTests
{
    /// <summary>The 30 cases the C# API builds, 0073 (its preprocessing layers are in the library now) 0026 (Attention), 0028 (MultiHeadAttention) and 0084 (keras.ops).</summary>
    public static readonly string[] ReadableCases =
    [
        "0001", "0002", "0004", "0007", "0009", "0011", "0012", "0014", "0017", "0019", "0031", "0034", "0044", "0045",
        "0048", "0054", "0059", "0065", "0068", "0079", "0099", "0139", "0143", "0147", "0172", "0177", "0195", "0217",
        "0229", "0231", "0073", "0025", "0026", "0028", "0084",
    ];

    public static TheoryData<string> Cases => new(ReadableCases);

    internal static string ModelSource(string id) => File.ReadAllText(Path.Combine(FunctionalCase.Root, id, "model.py"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_read_from_source_matches_keras(string id)
    {
        var c = FunctionalCase.Load(id);
        var read = KerasSource.Parse(ModelSource(id));
        Assert.False(read.HasErrors, $"case {id}: {string.Join("\n", read.Diagnostics)}");
        Assert.Equal(c.Expected.GetProperty("model_var").GetString(), read.Primary!.VariableName);
        var summarized = read.Summarize();
        Assert.False(summarized.HasErrors, $"case {id}: {string.Join("\n", summarized.Diagnostics)}");
        c.AssertAll(summarized.Summary!);
    }
}
