using NotebookSummary.Interactive;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// The #!summary directive's parameters as the kernel hands them over: keyed with dashes, raw text values (quotes
/// included), a flag possibly without a value.
/// </summary>
public class SummaryCellOptionsTests
{
    private static SummaryCellOptions Parse(Dictionary<string, string> parameters, out IReadOnlyList<string> errors) =>
        SummaryCellOptions.Parse(parameters, out errors);

    [Fact]
    public void No_parameters_means_html_with_closed_walk_throughs()
    {
        var options = SummaryCellOptions.Parse(null, out var errors);
        Assert.Empty(errors);
        Assert.Equal(SummaryFormat.Html, options.Format);
        Assert.False(options.ExpandFormulas);
        Assert.Equal(SummaryCellOptions.Default, Parse(new(), out _));
    }

    [Theory]
    [InlineData("html", SummaryFormat.Html)]
    [InlineData("text", SummaryFormat.Text)]
    [InlineData("keras2", SummaryFormat.Keras2)]
    [InlineData("ascii", SummaryFormat.Ascii)]
    [InlineData("svg", SummaryFormat.Svg)]
    [InlineData("markdown", SummaryFormat.Markdown)]
    [InlineData("json", SummaryFormat.Json)]
    [InlineData("\"text\"", SummaryFormat.Text)]   // --format "text": the quotes arrive with the value
    [InlineData("'keras2'", SummaryFormat.Keras2)]
    [InlineData(" \" SVG \" ", SummaryFormat.Svg)] // spaces and case do not matter
    [InlineData("Json", SummaryFormat.Json)]
    public void Format_values_are_read_with_or_without_quotes(string raw, SummaryFormat expected)
    {
        var options = Parse(new() { ["--format"] = raw }, out var errors);
        Assert.Empty(errors);
        Assert.Equal(expected, options.Format);
    }

    [Fact]
    public void Keys_without_dashes_are_accepted_for_other_hosts()
    {
        var options = Parse(new() { ["format"] = "ascii", ["formulas"] = "" }, out var errors);
        Assert.Empty(errors);
        Assert.Equal(SummaryFormat.Ascii, options.Format);
        Assert.True(options.ExpandFormulas);
    }

    [Fact]
    public void An_unknown_format_is_an_error_that_lists_the_formats_and_suggests_the_closest()
    {
        var options = Parse(new() { ["--format"] = "\"htm\"" }, out var errors);
        string error = Assert.Single(errors);
        Assert.Contains("unknown --format 'htm'", error);
        Assert.Contains("html, text, keras2, ascii, svg, markdown, json", error);
        Assert.Contains("did you mean 'html'?", error);
        Assert.Equal(SummaryFormat.Html, options.Format);
    }

    [Fact]
    public void A_format_far_from_every_name_gets_no_suggestion()
    {
        Parse(new() { ["--format"] = "powerpoint" }, out var errors);
        string error = Assert.Single(errors);
        Assert.Contains("unknown --format 'powerpoint'", error);
        Assert.DoesNotContain("did you mean", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("  ")]
    public void An_empty_format_is_an_error(string raw)
    {
        Parse(new() { ["--format"] = raw }, out var errors);
        Assert.Contains("--format needs a value", Assert.Single(errors));
    }

    [Fact]
    public void A_null_format_value_is_an_error_not_an_exception()
    {
        Parse(new() { ["--format"] = null! }, out var errors);
        Assert.Contains("--format needs a value", Assert.Single(errors));
    }

    [Theory]
    [InlineData(null)]   // how the kernel passes a flag is not pinned down: no value,
    [InlineData("")]     // an empty value,
    [InlineData("true")] // or "true" all mean on
    [InlineData("\"True\"")]
    public void The_formulas_flag_is_on_whatever_its_empty_value_looks_like(string? raw)
    {
        var options = Parse(new() { ["--formulas"] = raw! }, out var errors);
        Assert.Empty(errors);
        Assert.True(options.ExpandFormulas);
    }

    [Fact]
    public void Formulas_false_turns_it_off_and_another_value_is_an_error()
    {
        Assert.False(Parse(new() { ["--formulas"] = "false" }, out var none).ExpandFormulas);
        Assert.Empty(none);
        Parse(new() { ["--formulas"] = "all" }, out var errors);
        Assert.Contains("--formulas is a flag and takes no value (got 'all')", Assert.Single(errors));
    }

    [Fact]
    public void Unknown_parameters_are_left_to_the_kernel()
    {
        var options = Parse(new() { ["--name"] = "m", ["--format"] = "text" }, out var errors);
        Assert.Empty(errors);
        Assert.Equal(SummaryFormat.Text, options.Format);
    }

    [Fact]
    public void Every_problem_is_reported()
    {
        Parse(new() { ["--format"] = "tex", ["--formulas"] = "yes" }, out var errors);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void The_directive_declares_every_format_as_a_completion()
    {
        Assert.Equal(FormatSpec.Names.Order(), SummaryRenderer.FormatNames.Order());
        Assert.Equal("--format", SummaryCellOptions.FormatParameter);
        Assert.Equal("--formulas", SummaryCellOptions.FormulasParameter);
        foreach (var name in FormatSpec.Names)
            Assert.Contains(name, SummaryCellOptions.FormatDescription);
    }
}
