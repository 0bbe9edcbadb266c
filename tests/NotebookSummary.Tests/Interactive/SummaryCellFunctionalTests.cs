using NotebookSummary.Interactive;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Functional;

namespace NotebookSummary.Tests.Interactive;

/// <summary>A #!summary cell with functional Keras code shows the model as it shows a Sequential one.</summary>
public class SummaryCellFunctionalTests
{
    [Theory]
    [InlineData("0004")] // the guide's toy ResNet: skip connections, the 4-column table
    [InlineData("0001")] // the guide's MNIST MLP: a chain, the 3-column table with its input row
    [InlineData("0124")] // keras.applications.VGG16 without its top
    public void Text_format_prints_what_keras_3_prints(string id)
    {
        var c = ConformanceCase.Functional(id);
        c.AssertMatches(SummaryCellTests.TextCellSummary(c.Source, c.Keras3Summary()!));
    }

    [Fact]
    public void Every_summarized_model_of_a_cell_is_shown_in_order()
    {
        // Case 0007 summarizes its encoder, its decoder and the autoencoder made of both.
        var result = new SummaryCell().Run(ConformanceCase.Functional("0007").Source, null);
        Assert.False(result.Failed, result.FailureMessage);
        Assert.Equal(["encoder", "decoder", "autoencoder"], result.Summaries.Select(s => s.Name));
        Assert.All(result.Outputs, o => Assert.Equal(MimeTypes.Html, o.MimeType));
    }

    [Fact]
    public void The_transfer_learning_example_shows_its_frozen_base()
    {
        var result = new SummaryCell().Run(NotebookSummary.Tests.Applications.ApplicationReaderTests.TransferLearning, null);
        Assert.False(result.Failed, result.FailureMessage);
        var summary = Assert.Single(result.Summaries);
        Assert.Equal("mobilenetv2_1.00_160", summary.Rows[1].Name);
        Assert.Equal(2_257_984, summary.Totals.NonTrainableParams); // see ApplicationReaderTests
    }
}
