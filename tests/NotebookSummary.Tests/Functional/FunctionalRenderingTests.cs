using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Ascii;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.Markdown;
using NotebookSummary.Rendering.Svg;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Functional;

/// <summary>
/// Every functional case built with the C# API renders in every format: JSON carries every row as Keras reported it
/// (connected_to included) and the model's inputs and outputs; HTML shows every row and where its inputs come from;
/// SVG is well-formed; ASCII draws a chain and declines a graph with a message; Markdown adds Connected to for graphs.
/// </summary>
public class FunctionalRenderingTests
{
    public static TheoryData<string> Cases() => ConformanceCases.FunctionalBuiltInCSharp();


    private static (ConformanceCase Case, ModelSummary Summary) Build(string id) =>
        (ConformanceCase.Functional(id), FunctionalModels.All[id]().Summarize());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_holds_every_row_with_its_connections_and_the_models_inputs_and_outputs(string id)
    {
        var (c, summary) = Build(id);
        using var json = JsonDocument.Parse(JsonRenderer.Render(summary));
        Assert.Equal("Functional", json.RootElement.GetProperty("class_name").GetString());
        c.AssertJson(json.RootElement);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_parses_and_shows_every_row_and_where_its_inputs_come_from(string id)
    {
        var (c, summary) = Build(id);
        var doc = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + HtmlRenderer.Render(summary) + "</body>");
        string text = doc.Body!.TextContent;
        foreach (var layer in c.Expected.GetProperty("layers").EnumerateArray())
            Assert.Contains(layer.GetProperty("name").GetString()!, text);
        Assert.Contains(c.Expected.GetProperty("total_params").GetInt64().ToString("N0", CultureInfo.InvariantCulture), text);
        // A row folded into a repeated block is not shown on its own; every row that is says where its inputs are
        // from (HtmlGraphTests checks the entries and their links).
        var inbound = c.Expected.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("inbound").GetArrayLength()).ToArray();
        var rows = doc.QuerySelectorAll("details.nbs-layer").Where(r => r.Closest(".nbs-inner") is null).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            int index = int.Parse(row.QuerySelector("summary .nbs-i")!.TextContent, CultureInfo.InvariantCulture);
            Assert.Equal(inbound[index], row.QuerySelectorAll(":scope > summary > .nbs-conn a").Length);
        }
        Assert.Empty(doc.QuerySelectorAll("script"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Svg_is_well_formed_and_draws_the_input_once(string id)
    {
        var (_, summary) = Build(id);
        var svg = XDocument.Parse(SvgRenderer.Render(summary));
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
        Assert.DoesNotContain("InputLayer", svg.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ascii_draws_a_chain_and_declines_a_graph_with_a_message(string id)
    {
        var (_, summary) = Build(id);
        var ascii = AsciiDiagramRenderer.Render(summary);
        if (summary.Layout == SummaryLayout.Graph)
        {
            Assert.Contains("is a graph", ascii);
            Assert.Contains("chains only", ascii);
        }
        else
        {
            Assert.StartsWith("      OPERATION", ascii);
            Assert.DoesNotContain("InputLayer", ascii);
            Assert.Single(ascii.Split('\n'), l => l.TrimStart().StartsWith("Input ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markdown_and_keras2_list_every_row(string id)
    {
        var (c, summary) = Build(id);
        var markdown = MarkdownRenderer.Render(summary);
        var tableRows = markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToArray();
        Assert.Equal(c.Expected.GetProperty("layers").GetArrayLength(), tableRows.Length);
        if (summary.Layout == SummaryLayout.Graph)
        {
            Assert.Contains("| Connected to |", markdown);
            Assert.EndsWith("| - |", tableRows[0]);
        }

        var keras2 = KerasTableRenderer.Render(summary, new KerasTableOptions { Style = KerasTableStyle.Keras2 });
        Assert.Contains($"Total params: {c.Expected.GetProperty("total_params").GetInt64().ToString("N0", CultureInfo.InvariantCulture)}", keras2);
    }
}
