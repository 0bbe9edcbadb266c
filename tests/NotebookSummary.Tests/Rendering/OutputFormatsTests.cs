using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>The one list of formats (<see cref="OutputFormats"/>) against the seven formats the product promises.</summary>
public class OutputFormatsTests
{
    [Fact]
    public void The_list_holds_the_seven_promised_formats_once_each() =>
        Assert.Equal(FormatSpec.Names.Order(), OutputFormats.All.Select(f => f.Name).Order());

    [Fact]
    public void Every_selector_has_the_descriptor_of_its_promised_name()
    {
        Assert.Equal(FormatSpec.All.Count, Enum.GetValues<SummaryFormat>().Length);
        foreach (var spec in FormatSpec.All)
            Assert.Equal(spec.Name, OutputFormats.Of(spec.Selector).Name);
    }

    [Fact]
    public void Each_format_declares_its_file_mime_type_and_extension()
    {
        foreach (var spec in FormatSpec.All)
        {
            Assert.Equal(spec.FileMimeType, SummaryRenderer.MimeTypeOf(spec.Selector));
            Assert.Equal(spec.Extension, SummaryRenderer.FileExtensionOf(spec.Selector));
        }
    }

    [Fact]
    public void Each_format_declares_how_a_notebook_shows_it()
    {
        foreach (var spec in FormatSpec.All)
            Assert.Equal(spec.NotebookMimeType, OutputFormats.Of(spec.Selector).NotebookMimeType);
    }

    [Theory]
    [InlineData("model.html", "html")]
    [InlineData("out/MODEL.SVG", "svg")]
    [InlineData("README.md", "markdown")]
    [InlineData("all.json", "json")]
    [InlineData("model.txt", "text")] // three formats write .txt: the first listed, Keras 3's table
    public void A_file_name_asks_for_the_format_of_its_extension(string path, string format) =>
        Assert.Equal(format, OutputFormats.ForFileName(path)?.Name);

    [Theory]
    [InlineData("model")]
    [InlineData("model.py")]
    [InlineData("model.htm")]
    public void A_file_name_without_a_format_extension_asks_for_none(string path) =>
        Assert.Null(OutputFormats.ForFileName(path));

    [Fact]
    public void A_value_outside_the_enum_is_refused_by_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutputFormats.Of((SummaryFormat)99));

    [Fact]
    public void Only_the_two_document_formats_refuse_a_second_summary_in_one_file() =>
        Assert.Equal(["html", "svg"], OutputFormats.All.Where(f => f.IsWholeDocument).Select(f => f.Name).Order());

    [Fact]
    public void Walk_throughs_have_a_place_in_every_format_but_the_drawing() =>
        Assert.Equal(["svg"], OutputFormats.All.Where(f => !f.ShowsWalkThroughs).Select(f => f.Name));
}
