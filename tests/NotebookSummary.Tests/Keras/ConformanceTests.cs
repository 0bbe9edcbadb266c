using System.Text.Json;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// Every conformance case: its model.py, read as pasted, summarizes to what Keras reports in expected.json
/// (names, classes, output shapes, parameter counts, totals). The expected values were produced by Keras.
/// </summary>
public class ConformanceTests
{
    private static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "conformance");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesDirectory).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(dir, "model.py"))) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reads_to_the_keras_summary(string id)
    {
        var dir = Path.Combine(CasesDirectory, id);
        var source = File.ReadAllText(Path.Combine(dir, "model.py"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var expected = json.RootElement;

        var result = KerasSource.Parse(source);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        string variable = expected.GetProperty("model_var").GetString()!;
        var model = result.Models.LastOrDefault(m => m.VariableName == variable) ?? result.Primary;
        Assert.NotNull(model);
        Assert.Same(model, result.Primary);

        var read = result.Summarize(model!);
        Assert.Null(read.ModelError);
        var summary = read.Summary!;
        var layers = expected.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(layers.Count, summary.Rows.Count);
        for (int i = 0; i < layers.Count; i++)
        {
            var e = layers[i];
            var row = summary.Rows[i];
            Assert.Equal(e.GetProperty("name").GetString(), row.Name);
            Assert.Equal(e.GetProperty("class_name").GetString(), row.ClassName);
            var shape = e.GetProperty("output_shape").EnumerateArray()
                .Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray();
            Assert.Equal(shape, row.OutputShape.Dims);
            Assert.Equal(e.GetProperty("params").GetInt64(), row.Params);
            Assert.Equal(e.GetProperty("trainable_params").GetInt64(), row.TrainableParams);
            Assert.Equal(e.GetProperty("non_trainable_params").GetInt64(), row.NonTrainableParams);
        }
        Assert.Equal(expected.GetProperty("total_params").GetInt64(), summary.Totals.Params);
        Assert.Equal(expected.GetProperty("trainable_params").GetInt64(), summary.Totals.TrainableParams);
        Assert.Equal(expected.GetProperty("non_trainable_params").GetInt64(), summary.Totals.NonTrainableParams);
        var input = expected.GetProperty("input_shape").EnumerateArray()
            .Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray();
        Assert.Equal(input, summary.InputShape!.Dims);
    }
}
