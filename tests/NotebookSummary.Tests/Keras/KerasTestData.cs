using NotebookSummary.Analysis;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>Test data access and small assertions shared by the Keras reader tests.</summary>
internal static class KerasTestData
{
    public static string TestData(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>A notebook cell copied verbatim from a seed (TestData/keras_seeds).</summary>
    public static string Cell(string name) => File.ReadAllText(TestData("keras_seeds", name + ".py"));

    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(TestData("seeds"), prefix + "_*.txt").Single());

    /// <summary>Summarizes the primary model and fails the test on any error diagnostic.</summary>
    public static ModelSummary SummaryWithoutErrors(KerasReadResult result)
    {
        var read = result.Summarize();
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        Assert.NotNull(read.Summary);
        return read.Summary!;
    }

    /// <summary>Asserts rows as (class, output shape text, params).</summary>
    public static void AssertRows(ModelSummary summary, params (string ClassName, string Shape, long Params)[] rows)
    {
        Assert.Equal(rows.Length, summary.Rows.Count);
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].ClassName, summary.Rows[i].ClassName);
            Assert.Equal(rows[i].Shape, summary.Rows[i].OutputShape.ToString());
            Assert.Equal(rows[i].Params, summary.Rows[i].Params);
        }
    }
}
