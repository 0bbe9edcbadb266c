using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// A nested model's row keeps the inner model's own summary (<see cref="Analysis.SummaryRow.Nested"/>): its rows
/// are those Keras's expected.json lists under "nested", with Keras's session-wide names.
/// </summary>
public class NestedSummaryTests
{
    [Theory]
    [InlineData("0007")]
    [InlineData("0009")] // three models from one function: the second's layers are input_layer_1 and dense_1
    [InlineData("0012")]
    [InlineData("0079")]
    public void A_nested_models_row_holds_the_inner_rows_keras_reports(string id)
    {
        var c = ConformanceCase.Functional(id);
        var summary = FunctionalModels.All[id]().Summarize();
        var layers = c.Expected.GetProperty("layers").EnumerateArray().ToArray();
        int nested = 0;
        for (int i = 0; i < layers.Length; i++)
        {
            var row = summary.Rows[i];
            if (!layers[i].TryGetProperty("nested", out var inner))
            {
                Assert.Null(row.Nested);
                continue;
            }
            nested++;
            var model = Assert.IsType<Analysis.ModelSummary>(row.Nested);
            Assert.Equal(inner.GetProperty("name").GetString(), model.Name);
            Assert.Equal(inner.GetProperty("class_name").GetString(), model.ClassName);
            var expected = inner.GetProperty("layers").EnumerateArray().ToArray();
            Assert.Equal(expected.Length, model.Rows.Count);
            for (int j = 0; j < expected.Length; j++)
            {
                var r = model.Rows[j];
                Assert.Equal(expected[j].GetProperty("name").GetString(), r.Name);
                Assert.Equal(expected[j].GetProperty("class_name").GetString(), r.ClassName);
                Assert.Equal(expected[j].GetProperty("output_shape_text").GetString(), r.OutputShape.ToString());
                Assert.Equal(expected[j].GetProperty("params").GetInt64(), r.Params);
                Assert.Equal(expected[j].GetProperty("trainable_params").GetInt64(), r.TrainableParams);
                Assert.Equal(expected[j].GetProperty("non_trainable_params").GetInt64(), r.NonTrainableParams);
            }
            Assert.Equal(row.Params, model.Totals.Params);
        }
        Assert.True(nested > 0);
    }
}
