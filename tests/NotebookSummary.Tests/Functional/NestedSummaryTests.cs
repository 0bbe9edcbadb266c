using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// A nested model's row keeps the inner model's own summary (<see cref="NotebookSummary.Analysis.SummaryRow.Nested"/>): its rows
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
        int nested = 0;
        for (int i = 0; i < c.Rows.Count; i++)
        {
            var row = summary.Rows[i];
            if (c.Rows[i].Nested is not { } inner)
            {
                Assert.Null(row.Nested);
                continue;
            }
            nested++;
            var model = Assert.IsType<NotebookSummary.Analysis.ModelSummary>(row.Nested);
            inner.AssertMatches(model, $"case {id}, {row.Name}");
            Assert.Equal(row.Params, model.Totals.Params);
        }
        Assert.True(nested > 0);
    }
}
