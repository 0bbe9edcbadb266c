using System.Text.Json;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Rendering.PlainText;

/// <summary>
/// Every text output of an invalid model states the calculation that fails, with the model's numbers, between the
/// error and its hint. Keras's 'valid' rule: out = ⌊(n − k)/s⌋ + 1; a 5×5 kernel over the 3×3 map that an 8×8 input
/// becomes after a 3×3 convolution (8 → 6) and a 2×2 pool (6 → 3) gives ⌊(3 − 5)/1⌋ + 1 = −1, below the 1 Keras needs.
/// </summary>
public class ErrorCalculationTextTests
{
    private const string Calculation = "out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(3 − 5)/1⌋ + 1 = −1 < 1";

    private static Sequential KernelTooLarge() => new("broken")
    {
        new Input(8, 8, 1),
        new Conv2D(16, 3, activation: "relu"),
        new MaxPooling2D(2),
        new Conv2D(32, 5),
        new Flatten(),
    };

    [Theory]
    [InlineData(SummaryFormat.Text)]
    [InlineData(SummaryFormat.Keras2)]
    [InlineData(SummaryFormat.Ascii)]
    public void The_text_formats_print_the_calculation_between_the_error_and_its_hint(SummaryFormat format)
    {
        var lines = SummaryRenderer.Render(KernelTooLarge().Summarize(), format).Split('\n').Select(l => l.Trim()).ToList();
        int error = lines.FindIndex(l => l.StartsWith("Error in layer 2 'conv2d_1' (Conv2D)", StringComparison.Ordinal));
        Assert.True(error >= 0, string.Join("\n", lines));
        Assert.Equal(Calculation, lines[error + 1]);
        Assert.Equal("Hint: use padding='same' or a smaller kernel_size", lines[error + 2]);
    }

    [Fact]
    public void Markdown_prints_the_calculation_as_its_own_paragraph()
    {
        string markdown = SummaryRenderer.Render(KernelTooLarge().Summarize(), SummaryFormat.Markdown);
        // Markdown's significant characters backslash-escaped, as CommonMark reads them back.
        Assert.Contains("\n\nout\\_h = ⌊(h − k\\_h)/s\\_h⌋ + 1 = ⌊(3 − 5)/1⌋ + 1 = −1 \\< 1\n", markdown);
    }

    [Fact]
    public void Json_gives_the_calculation_in_the_error_object()
    {
        using var doc = JsonDocument.Parse(SummaryRenderer.Render(KernelTooLarge().Summarize(), SummaryFormat.Json));
        Assert.Equal(Calculation, doc.RootElement.GetProperty("error").GetProperty("calculation").GetString());
    }

    [Fact]
    public void A_valid_model_has_no_calculation()
    {
        var valid = new Sequential { new Input(8, 8, 1), new Conv2D(4, 3) };
        using var doc = JsonDocument.Parse(SummaryRenderer.Render(valid.Summarize(), SummaryFormat.Json));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("error").ValueKind);
    }
}
