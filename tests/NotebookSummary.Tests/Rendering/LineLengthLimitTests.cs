using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// A text table's line length has a ceiling (<see cref="KerasTableOptions.MaxLineLength"/>), found by the fuzz
/// tests: at <c>int.MaxValue</c> the Keras 3 table's column arithmetic overflowed (OverflowException) and the Keras 2
/// table ran out of memory drawing one 2-billion-character line per row. Up to the ceiling every line is as long as
/// asked; past it the line length is refused like one that is too short, with an ArgumentOutOfRangeException.
/// </summary>
public class LineLengthLimitTests
{
    [Theory]
    [InlineData(KerasTableStyle.Keras3)]
    [InlineData(KerasTableStyle.Keras2)]
    public void The_longest_line_length_draws_lines_that_long(KerasTableStyle style)
    {
        var text = KerasTableRenderer.Render(SeedModels.DigitsCnn().Summarize(),
            new KerasTableOptions { Style = style, LineLength = KerasTableOptions.MaxLineLength });
        // The rules under the title and between rows are whole table lines.
        Assert.Contains(text.Split('\n'), line => line.Length == KerasTableOptions.MaxLineLength);
        Assert.DoesNotContain(text.Split('\n'), line => line.Length > KerasTableOptions.MaxLineLength);
    }

    [Theory]
    [InlineData(KerasTableStyle.Keras3, KerasTableOptions.MaxLineLength + 1)]
    [InlineData(KerasTableStyle.Keras3, int.MaxValue)]
    [InlineData(KerasTableStyle.Keras2, int.MaxValue)]
    public void A_longer_line_length_is_refused(KerasTableStyle style, int lineLength)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => KerasTableRenderer.Render(SeedModels.DigitsCnn().Summarize(),
            new KerasTableOptions { Style = style, LineLength = lineLength }));
        Assert.Contains($"line_length={lineLength} is longer than the 10,000 characters", e.Message);
    }

    [Fact]
    public void The_shared_entry_point_refuses_it_the_same_way() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SummaryRenderer.Render(SeedModels.DigitsCnn().Summarize(), SummaryFormat.Keras2, new RenderOptions { Width = int.MaxValue }));
}
