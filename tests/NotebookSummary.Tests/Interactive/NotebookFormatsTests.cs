using NotebookSummary.Interactive;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// What the notebook offers and shows of each of the seven formats: <c>#!summary --format</c> names every one,
/// and a cell and a C# <c>View</c> show each with the MIME type docs/notebook.md states (HTML and the drawing as
/// HTML, the text formats as plain text).
/// </summary>
public class NotebookFormatsTests
{
    [Fact]
    public void The_directive_describes_the_seven_formats_and_lists_them_for_an_unknown_one()
    {
        SummaryCellOptions.Parse(new Dictionary<string, string> { ["--format"] = "pdf" }, out var errors);
        string listed = Assert.Single(errors).Split(": use ")[1];
        Assert.Equal(FormatSpec.Names.Order(), listed.Split(", ").Order());
        foreach (var name in FormatSpec.Names)
            Assert.Contains(name, SummaryCellOptions.FormatDescription);
    }

    public static TheoryData<string> Names() => FormatSpec.NameData();

    [Theory]
    [MemberData(nameof(Names))]
    public void A_cell_and_a_view_show_each_format_with_its_promised_mime_type(string name)
    {
        var spec = FormatSpec.All.Single(f => f.Name == name);
        var result = new SummaryCell().Run(SampleModelSource, new Dictionary<string, string> { ["--format"] = name });
        Assert.Equal(spec.NotebookMimeType, Assert.Single(result.Outputs).MimeType);
        Assert.Equal(spec.NotebookMimeType, SeedModels.DigitsCnn().View(spec.Selector).MimeType);
    }

    private const string SampleModelSource =
        "import keras\nmodel = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n";
}
