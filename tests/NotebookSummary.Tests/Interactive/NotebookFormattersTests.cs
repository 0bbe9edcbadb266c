using Microsoft.DotNet.Interactive.Formatting;
using NotebookSummary.Interactive;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// What a notebook shows for the library's values once the extension is loaded, checked the way the kernel asks
/// for it: <see cref="Formatter.ToDisplayString(object, string)"/> per mime type.
/// </summary>
public class NotebookFormattersTests
{
    public NotebookFormattersTests() => NotebookFormatters.Register();

    private static string Plain(object value) => value.ToDisplayString(MimeTypes.PlainText);
    private static string Html(object value) => value.ToDisplayString(MimeTypes.Html);

    [Fact]
    public void A_sequential_shows_as_plain_text_exactly_as_keras_3_prints_it()
    {
        // Keras 3.15's own print of seed 001's CNN (conformance case 0007).
        string expected = ConformanceCase.Load("0007").Keras3Summary()!;
        Assert.Equal(expected, Plain(SeedModels.DigitsCnn()));
    }

    [Fact]
    public void A_summary_shows_as_plain_text_exactly_as_keras_3_prints_it()
    {
        string expected = ConformanceCase.Load("0007").Keras3Summary()!;
        Assert.Equal(expected, Plain(SeedModels.DigitsCnn().Summarize()));
    }

    [Fact]
    public void A_functional_model_shows_as_keras_3_prints_it_and_as_the_html_summary()
    {
        var model = FunctionalModels.Case0068(); // siamese towers: a graph with the Connected to column
        Assert.Equal(ConformanceCase.Functional("0068").Keras3Summary(), Plain(model));
        AssertRowsAsKerasReported(ConformanceCase.Functional("0068"), Html(model));
        Assert.Equal(SummaryFormat.Svg, model.View(SummaryFormat.Svg).Format);
    }

    [Fact]
    public void A_sequential_shows_as_the_html_summary()
    {
        var model = SeedModels.DigitsCnn();
        string html = Html(model);
        AssertRowsAsKerasReported(ConformanceCase.Load("0007"), html); // the rows Keras reported for this CNN
        Assert.Contains("63,210", html); // Keras's total
        Assert.DoesNotContain("dni-", html); // not the kernel's default object or sequence display
    }

    [Fact]
    public void A_summary_shows_as_the_html_summary()
    {
        var summary = SeedModels.DigitsCnn().Summarize();
        AssertRowsAsKerasReported(ConformanceCase.Load("0007"), Html(summary));
    }

    [Fact]
    public void A_row_shows_its_walk_through_as_html()
    {
        var row = SeedModels.DigitsCnn().Summarize().Rows[2];
        string html = Html(row);
        Assert.Equal(HtmlRenderer.RenderWalkThrough(row), html);
        Assert.Contains("<strong>conv2d_1</strong> (Conv2D)", html);
        Assert.Contains("12,352", html);
        Assert.Contains("nbs-walk", html);
    }

    [Fact]
    public void An_svg_output_shows_as_the_drawing_in_html()
    {
        var output = SeedModels.DigitsCnn().View(SummaryFormat.Svg);
        Assert.Equal(MimeTypes.Html, output.MimeType);
        string html = Html(output);
        Assert.Contains("<svg", html);
        Assert.Equal(SvgRenderer.Render(SeedModels.DigitsCnn().Summarize(), SvgOptions.Notebook), html); // sized for the cell
        Assert.Equal(ConformanceCase.Load("0007").Keras3Summary(), Plain(output)); // the table, not SVG source
    }

    [Fact]
    public void An_html_output_with_formulas_opens_every_walk_through()
    {
        string html = Html(SeedModels.DigitsCnn().View(expandFormulas: true));
        Assert.True(AllLayerRowsOpen(html));
        Assert.Equal(ConformanceCase.Load("0007").Keras3Summary(), Plain(SeedModels.DigitsCnn().View()));
    }

    [Fact]
    public void Registering_again_changes_nothing()
    {
        string before = Plain(SeedModels.DigitsCnn());
        NotebookFormatters.Register();
        NotebookFormatters.Register();
        Assert.True(NotebookFormatters.IsRegistered);
        Assert.Equal(before, Plain(SeedModels.DigitsCnn()));
    }

    [Fact]
    public void A_row_shows_its_walk_through_as_text()
    {
        // conv2d_1: Conv2D(64, (2, 3)) on (None, 6, 7, 32); Keras: 12,352 = (2·3·32 + 1)·64, output (None, 5, 5, 64).
        var row = SeedModels.DigitsCnn().Summarize().Rows[2];
        string text = Plain(row);
        Assert.StartsWith("conv2d_1 (Conv2D): (None, 6, 7, 32) → (None, 5, 5, 64)\n", text);
        Assert.Contains("params = (k_h·k_w·c_in + 1)·filters = (2·3·32 + 1)·64 = 12,352\n", text);
        Assert.Contains("k_h", text);
        Assert.Contains("kernel height", text);
    }

    [Fact]
    public void A_walk_through_alone_shows_its_formulas()
    {
        // dense: Dense(128) on the 256 flattened values; Keras: 32,896 = (256 + 1)·128.
        var walk = SeedModels.DigitsCnn().Summarize().Rows[7].WalkThrough;
        Assert.Contains("params = (n_in + 1)·units = (256 + 1)·128 = 32,896\n", Plain(walk));
        Assert.Contains("32,896", Html(walk));
    }

    [Fact]
    public void A_layer_without_weights_says_why()
    {
        var pooling = SeedModels.DigitsCnn().Summarize().Rows[4];
        string text = Plain(pooling);
        Assert.StartsWith("max_pooling2d (MaxPooling2D): (None, 4, 4, 64) → (None, 2, 2, 64)\n", text);
        Assert.Contains($"params = 0 ({pooling.WalkThrough.NoParametersReason})", text);
    }

    [Fact]
    public void A_text_output_shows_its_text_in_both_mime_types()
    {
        var output = SeedModels.DigitsCnn().View(SummaryFormat.Text);
        string expected = ConformanceCase.Load("0007").Keras3Summary()!;
        Assert.Equal(expected, Plain(output));
        Assert.Equal(expected, output.ToString());
        string html = Html(output);
        Assert.StartsWith("<pre", html);
        Assert.Contains("12,352", html);
    }

    [Theory]
    [InlineData(SummaryFormat.Text)]
    [InlineData(SummaryFormat.Keras2)]
    [InlineData(SummaryFormat.Ascii)]
    [InlineData(SummaryFormat.Markdown)]
    [InlineData(SummaryFormat.Json)]
    public void Every_text_format_displays_as_plain_text_and_as_preformatted_html(SummaryFormat format)
    {
        var output = SeedModels.DigitsCnn().View(format);
        Assert.Equal(MimeTypes.PlainText, output.MimeType);
        Assert.Equal(SummaryRenderer.Render(output.Summary, format), Plain(output));
        Assert.StartsWith("<pre class=\"nbs-text\"", Html(output));
    }

    [Fact]
    public void Text_in_html_is_escaped()
    {
        var model = new Sequential("a<b>&c") { new Dense(3, name: "<script>", inputShape: new[] { 2 }) };
        string html = Html(model.View(SummaryFormat.Text));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
