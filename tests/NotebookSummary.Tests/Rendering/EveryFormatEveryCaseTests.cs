using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// Every conformance case, read from its model.py, renders in every format, and each format carries what Keras
/// reported for the case (expected.json): the layer names, the total parameter count, and — in JSON — every row.
/// </summary>
public class EveryFormatEveryCaseTests
{
    public static TheoryData<string> Cases() => ConformanceCases.Sequential();

    private static (ConformanceCase Case, ModelSummary Summary) Read(string id)
    {
        var c = ConformanceCase.Load(id);
        var read = KerasSource.Parse(c.Source).Summarize();
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        return (c, read.Summary!);
    }

    private static IEnumerable<string> LayerNames(ConformanceCase c) =>
        c.Expected.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("name").GetString()!);

    // Keras prints counts with thousands separators: 138,357,544.
    private static string Total(ConformanceCase c) =>
        c.Expected.GetProperty("total_params").GetInt64().ToString("N0", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_parses_and_shows_every_layer_and_the_total(string id)
    {
        var (c, summary) = Read(id);
        var doc = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + HtmlRenderer.Render(summary) + "</body>");
        string text = doc.Body!.TextContent;
        foreach (var name in LayerNames(c)) Assert.Contains(name, text);
        Assert.Contains(Total(c), text);
        Assert.Single(doc.QuerySelectorAll("style"));
        Assert.Empty(doc.QuerySelectorAll("script"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Svg_is_well_formed_xml(string id)
    {
        var (_, summary) = Read(id);
        var svg = XDocument.Parse(SvgRenderer.Render(summary));
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
        Assert.NotEmpty(svg.Descendants());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_holds_every_row_as_Keras_reported_it(string id)
    {
        var (c, summary) = Read(id);
        using var json = JsonDocument.Parse(JsonRenderer.Render(summary));
        c.AssertJson(json.RootElement);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_formats_name_every_layer_and_the_total(string id)
    {
        var (c, summary) = Read(id);
        // Keras 2's narrow name column may cut long names; the Keras 3 table wraps them (checked byte for byte in
        // Keras3TableGoldenTests), so names are checked in Markdown, whose cells are never cut.
        string markdown = MarkdownRenderer.Render(summary);
        // Markdown escapes the underscore, which would otherwise start emphasis: dense\_1.
        foreach (var name in LayerNames(c)) Assert.Contains(name.Replace("_", "\\_"), markdown);
        Assert.Contains($"Total params: {Total(c)}", markdown);
        Assert.Contains($"Total params: {Total(c)}", KerasTableRenderer.Render(summary, new KerasTableOptions { Style = KerasTableStyle.Keras2 }));
        Assert.StartsWith("OPERATION", AsciiDiagramRenderer.Render(summary).TrimStart());
    }
}
