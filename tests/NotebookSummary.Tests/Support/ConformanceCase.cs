using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Support;

/// <summary>
/// One case of TestData/conformance: Keras source and what Keras itself reported for it (expected.json), plus the
/// Keras 3 printed summaries where Keras 3 runs the code.
/// </summary>
public sealed class ConformanceCase
{
    private ConformanceCase(string id, string directory, JsonElement expected)
    {
        Id = id;
        Directory = directory;
        Expected = expected;
    }

    public string Id { get; }
    public string Directory { get; }
    public JsonElement Expected { get; }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "conformance");

    public static IEnumerable<string> AllIds() =>
        System.IO.Directory.GetDirectories(Root).Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Order()!;

    /// <summary>Case <paramref name="id"/> of the Sequential cases, or of the cases under <paramref name="root"/>.</summary>
    public static ConformanceCase Load(string id, string? root = null)
    {
        var dir = Path.Combine(root ?? Root, id);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        return new ConformanceCase(id, dir, doc.RootElement.Clone());
    }

    public string Source => File.ReadAllText(Path.Combine(Directory, "model.py"));

    public IReadOnlyList<string> Tags => Expected.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray();

    /// <summary>Keras 3's printed summary (line_length 76), or null when Keras 3 cannot run the case.</summary>
    public string? Keras3Summary(bool showTrainable = false)
    {
        var path = Path.Combine(Directory, showTrainable ? "keras3_summary_trainable.txt" : "keras3_summary.txt");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Asserts every row and total of <paramref name="summary"/> against what Keras reported.</summary>
    public void AssertMatches(ModelSummary summary)
    {
        Assert.True(summary.IsValid, $"case {Id}: {summary.Error}");
        var layers = Expected.GetProperty("layers").EnumerateArray().ToArray();
        Assert.Equal(layers.Length, summary.Rows.Count);
        for (int i = 0; i < layers.Length; i++)
        {
            var e = layers[i];
            var row = summary.Rows[i];
            string where = $"case {Id}, layer {i}";
            Assert.True(e.GetProperty("name").GetString() == row.Name, $"{where}: name {row.Name}, Keras {e.GetProperty("name")}");
            Assert.True(e.GetProperty("class_name").GetString() == row.ClassName, $"{where}: class {row.ClassName}");
            var shape = e.GetProperty("output_shape").EnumerateArray()
                .Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray();
            Assert.True(new Shape(shape).Equals(row.OutputShape), $"{where} ({row.Name}): shape {row.OutputShape}, Keras {new Shape(shape)}");
            Assert.True(e.GetProperty("params").GetInt64() == row.Params, $"{where} ({row.Name}): params {row.Params}, Keras {e.GetProperty("params")}");
            Assert.True(e.GetProperty("trainable_params").GetInt64() == row.TrainableParams, $"{where}: trainable {row.TrainableParams}");
            Assert.True(e.GetProperty("non_trainable_params").GetInt64() == row.NonTrainableParams, $"{where}: non-trainable {row.NonTrainableParams}");
        }
        Assert.Equal(Expected.GetProperty("total_params").GetInt64(), summary.Totals.Params);
        Assert.Equal(Expected.GetProperty("trainable_params").GetInt64(), summary.Totals.TrainableParams);
        Assert.Equal(Expected.GetProperty("non_trainable_params").GetInt64(), summary.Totals.NonTrainableParams);
    }
}
