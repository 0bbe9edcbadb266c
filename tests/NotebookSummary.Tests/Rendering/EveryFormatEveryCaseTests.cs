using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering.Ascii;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.Markdown;
using NotebookSummary.Rendering.Svg;
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

    private static IEnumerable<string> LayerNames(ConformanceCase c) => c.Rows.Select(r => r.Name);

    // Keras prints counts with thousands separators: 138,357,544.
    private static string Total(ConformanceCase c) =>
        c.TotalParams.ToString("N0", CultureInfo.InvariantCulture);

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

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A drawn layer's tooltip: "conv2d (Conv2D): output (None, 26, 26, 32), 320 params", maybe ", frozen (...)" after.
    private static readonly Regex SvgRowTitle = new(@"^(?<name>\S+) \((?<type>.+)\): output (?<shape>\(.*?\)), (?<params>[\d,]+) params?(, .*)?$");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Svg_draws_every_layer_in_order_with_the_shape_and_count_Keras_reported(string id)
    {
        var (c, summary) = Read(id);
        var svg = XDocument.Parse(SvgRenderer.Render(summary));
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        // Each drawn element's <title> names its layers; a repeated block stands for layers it does not draw again.
        var drawn = new List<(string Name, Match? Label)>();
        foreach (var g in svg.Descendants(Svg + "g"))
        {
            if (g.Element(Svg + "title")?.Value is not { } title) continue;
            if (g.Attribute("class")?.Value == "repeat")
            {
                const string marker = "not drawn again: ";
                drawn.AddRange(title[(title.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Split(", ").Select(n => (n, (Match?)null)));
                continue;
            }
            foreach (var line in title.Split('\n'))
                if (SvgRowTitle.Match(line) is { Success: true } m) drawn.Add((m.Groups["name"].Value, m));
        }
        Assert.Equal(c.Rows.Select(r => r.Name), drawn.Select(d => d.Name));
        for (int i = 0; i < c.Rows.Count; i++)
        {
            if (drawn[i].Label is not { } label) continue;
            var keras = c.Rows[i];
            Assert.StartsWith(keras.ClassName, label.Groups["type"].Value); // Bidirectional(LSTM) names the wrapped layer too
            Assert.Equal(keras.ShapeText, label.Groups["shape"].Value);
            Assert.Equal(keras.Params.ToString("N0", CultureInfo.InvariantCulture), label.Groups["params"].Value);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keras2_table_prints_every_row_in_tf_keras_columns(string id)
    {
        var (c, summary) = Read(id);
        // tf.keras 2.x print_summary of a Sequential model: line length 65, fields ending at positions 29, 55 and 65
        // ([.45, .85, 1] × 65), each field's last character a space (print_row writes the next field over it, so
        // "batch_normalization (BatchNo"); a row's fields are "name (class)", the shape tuple, the count without separators.
        var lines = KerasTableRenderer.Render(summary, new KerasTableOptions { Style = KerasTableStyle.Keras2 }).Split('\n');
        int header = Array.IndexOf(lines, new string('=', 65));
        var rows = lines.Skip(header + 1).TakeWhile(l => l != new string('=', 65)).Where(l => !l.StartsWith('_')).ToArray();
        Assert.Equal(c.Rows.Count, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            var keras = c.Rows[i];
            string layer = $"{keras.Name} ({keras.ClassName})";
            Assert.Equal(layer[..Math.Min(layer.Length, 28)].TrimEnd(), rows[i][..29].TrimEnd());
            Assert.Equal(keras.ShapeText[..Math.Min(keras.ShapeText.Length, 25)].TrimEnd(), rows[i][29..55].TrimEnd());
            Assert.Equal(keras.Params.ToString(CultureInfo.InvariantCulture), rows[i][55..].Trim());
        }
    }

    // Keras layers with an `activation` argument (keras.layers API): after one of these an Activation layer keeps
    // its own operation line in keras-sequential-ascii; after any other layer it is folded onto that layer's data line.
    private static readonly HashSet<string> TakesActivation =
    [
        "Dense", "EinsumDense", "Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose",
        "SeparableConv1D", "SeparableConv2D", "DepthwiseConv1D", "DepthwiseConv2D", "SimpleRNN", "LSTM", "GRU",
        "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D", "Activation",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ascii_diagram_gives_each_operation_its_Keras_count_in_order(string id)
    {
        var (c, summary) = Read(id);
        // An operation line: glyph, dashes, the count and its share, e.g. "Dense   XXXXX -------------------   16910    98.8%".
        var counts = Regex.Matches(AsciiDiagramRenderer.Render(summary), @"-{19}\s+(\d+)\s+\d+\.\d%")
            .Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var operations = c.Rows.Where((r, i) => !(r.ClassName == "Activation" && i > 0 && !TakesActivation.Contains(c.Rows[i - 1].ClassName)));
        Assert.Equal(operations.Select(r => r.Params), counts);
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
