using System.Text.Json;
using NotebookSummary.Cli;
using NotebookSummary.Tests.Functional;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>nbsummary model.py --format json</c> on every functional conformance case the reader reads, compared field by
/// field with Keras 3.15.1's expected.json: every field the JSON schema promises and expected.json states — the
/// model's name, class, layout, inputs, outputs, output structure and totals; each row's name, class, output shape,
/// parameter counts and Connected to (expected.json's <c>inbound</c>); a nested model's own rows, recursively.
/// </summary>
public class CliFunctionalJsonTests
{
    public static TheoryData<string> Cases => ConformanceCases.Functional();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_JSON_of_a_functional_source_states_what_Keras_reported(string id)
    {
        var expected = ConformanceCase.Functional(id).Expected;
        var run = CliRunner.Run(ConformanceCase.Functional(id).ModelPath, "--format", "json");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var actual = document.RootElement;

        Assert.Equal(expected.GetProperty("model_name").GetString(), actual.GetProperty("name").GetString());
        Assert.Equal(expected.GetProperty("model_class").GetString(), actual.GetProperty("class_name").GetString());
        Assert.Equal(expected.GetProperty("summary_layout").GetString(), actual.GetProperty("layout").GetString());
        Assert.Equal(expected.GetProperty("output_structure").GetString(), actual.GetProperty("output_structure").GetString());
        foreach (var property in new[] { "inputs", "outputs" })
        {
            var e = expected.GetProperty(property).EnumerateArray().ToArray();
            var a = actual.GetProperty(property).EnumerateArray().ToArray();
            Assert.Equal(e.Length, a.Length);
            for (int i = 0; i < e.Length; i++)
                foreach (var field in new[] { "layer", "node_index", "tensor_index", "shape" })
                    AssertSame(e[i].GetProperty(field), a[i].GetProperty(field), $"case {id}, {property}[{i}].{field}");
        }
        foreach (var total in new[] { "total_params", "trainable_params", "non_trainable_params" })
            Assert.Equal(expected.GetProperty(total).GetInt64(), actual.GetProperty(total).GetInt64());
        AssertRows(expected.GetProperty("layers"), actual.GetProperty("layers"), $"case {id}");
    }

    private static void AssertRows(JsonElement expected, JsonElement actual, string where)
    {
        var e = expected.EnumerateArray().ToArray();
        var a = actual.EnumerateArray().ToArray();
        Assert.True(e.Length == a.Length, $"{where}: {a.Length} rows, Keras {e.Length}");
        for (int i = 0; i < e.Length; i++)
        {
            string row = $"{where}, row {i} ({e[i].GetProperty("name").GetString()})";
            foreach (var field in new[] { "name", "class_name", "output_shape", "params", "trainable_params", "non_trainable_params" })
                AssertSame(e[i].GetProperty(field), a[i].GetProperty(field), $"{row}.{field}");
            AssertSame(e[i].GetProperty("inbound"), a[i].GetProperty("connected_to"), $"{row}.connected_to");

            var nested = a[i].GetProperty("nested");
            if (!e[i].TryGetProperty("nested", out var inner))
            {
                Assert.True(nested.ValueKind == JsonValueKind.Null, $"{row}: a nested model where Keras has none");
                continue;
            }
            Assert.True(nested.ValueKind == JsonValueKind.Object, $"{row}: no nested model, Keras has {inner.GetProperty("name")}");
            AssertSame(inner.GetProperty("name"), nested.GetProperty("name"), $"{row}.nested.name");
            AssertSame(inner.GetProperty("class_name"), nested.GetProperty("class_name"), $"{row}.nested.class_name");
            AssertSame(inner.GetProperty("summary_layout"), nested.GetProperty("layout"), $"{row}.nested.layout");
            AssertRows(inner.GetProperty("layers"), nested.GetProperty("layers"), $"{row}, nested");
        }
    }

    /// <summary>Equal JSON values: the same kind, numbers and strings equal, arrays element by element.</summary>
    private static void AssertSame(JsonElement expected, JsonElement actual, string where) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"{where}: {actual.GetRawText()}, Keras {expected.GetRawText()}");
}
