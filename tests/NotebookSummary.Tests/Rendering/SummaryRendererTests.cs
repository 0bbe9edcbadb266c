using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

public class SummaryRendererTests
{
    private static NotebookSummary.Analysis.ModelSummary Basic() => new Sequential
    {
        new Dense(7, inputShape: new[] { 4 }), new Activation("sigmoid"),
    }.Summarize();

    [Theory]
    [InlineData("html", SummaryFormat.Html)]
    [InlineData("TEXT", SummaryFormat.Text)]
    [InlineData("\"keras2\"", SummaryFormat.Keras2)]
    [InlineData(" ascii ", SummaryFormat.Ascii)]
    [InlineData("svg", SummaryFormat.Svg)]
    [InlineData("markdown", SummaryFormat.Markdown)]
    [InlineData("json", SummaryFormat.Json)]
    public void Format_names_parse(string name, SummaryFormat expected)
    {
        Assert.True(SummaryRenderer.TryParseFormat(name, out var f));
        Assert.Equal(expected, f);
    }

    [Theory]
    [InlineData("htm")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_format_names_do_not_parse(string? name) => Assert.False(SummaryRenderer.TryParseFormat(name, out _));

    [Fact]
    public void Every_format_renders_through_the_facade()
    {
        var s = Basic();
        // Seed 001: Dense(7) on 4 inputs has 7·(4+1) = 35 parameters; each format shows that count.
        Assert.Contains("35", SummaryRenderer.Render(s, SummaryFormat.Html));
        Assert.StartsWith("<!DOCTYPE html>", SummaryRenderer.Render(s, SummaryFormat.Html, new RenderOptions { StandalonePage = true }), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("│ dense (Dense)", SummaryRenderer.Render(s, SummaryFormat.Text));
        Assert.Contains("Trainable", SummaryRenderer.Render(s, SummaryFormat.Text, new RenderOptions { ShowTrainable = true, Width = 100 }));
        Assert.Contains("dense (Dense)", SummaryRenderer.Render(s, SummaryFormat.Keras2));
        Assert.Contains("XXXXX", SummaryRenderer.Render(s, SummaryFormat.Ascii));
        Assert.Contains("<svg", SummaryRenderer.Render(s, SummaryFormat.Svg));
        Assert.Contains("| 35", SummaryRenderer.Render(s, SummaryFormat.Markdown));
        Assert.Contains("\"total_params\": 35", SummaryRenderer.Render(s, SummaryFormat.Json));
        Assert.DoesNotContain("\n", SummaryRenderer.Render(s, SummaryFormat.Json, new RenderOptions { IndentJson = false }));
    }

    [Fact]
    public void Format_list_is_the_seven_promised_formats() =>
        Assert.Equal(FormatSpec.Names.Order(), SummaryRenderer.FormatNames.Order());
}
