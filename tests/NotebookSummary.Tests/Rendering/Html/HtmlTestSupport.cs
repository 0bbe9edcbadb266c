using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>Models and parsing shared by the HTML renderer tests.</summary>
internal static class HtmlTestSupport
{
    /// <summary>Parses a fragment the way a notebook inserts it: into a page's body.</summary>
    public static IDocument Parse(string fragment) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + fragment + "</body></html>");

    public static IDocument RenderAndParse(ModelSummary summary, HtmlOptions? options = null) =>
        Parse(HtmlRenderer.Render(summary, options));

    /// <summary>The full layer rows (each a details element), in order.</summary>
    public static IReadOnlyList<IElement> LayerRows(IDocument doc) => doc.QuerySelectorAll("details.nbs-layer").ToList();

    public static string Cell(IElement row, string cssClass) =>
        row.QuerySelector("summary ." + cssClass)!.TextContent;

    /// <summary>
    /// Asserts an HTML summary's top-level layer rows are the rows Keras reported for <paramref name="c"/>, in order:
    /// name, type (the class, maybe followed by the activation), the shape as Keras prints it and the count with separators.
    /// </summary>
    public static void AssertRowsAsKerasReported(ConformanceCase c, string html)
    {
        var doc = Parse(html);
        var rows = LayerRows(doc).Where(r => r.ParentElement?.Closest("details.nbs-layer") is null).ToList();
        Assert.Equal(c.Rows.Select(r => r.Name), rows.Select(r => Cell(r, "nbs-name")));
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.StartsWith(c.Rows[i].ClassName, Cell(rows[i], "nbs-type"));
            Assert.Equal(c.Rows[i].ShapeText, Cell(rows[i], "nbs-shape"));
            Assert.Equal(c.Rows[i].Params.ToString("N0", CultureInfo.InvariantCulture), Cell(rows[i], "nbs-params"));
        }
    }

    /// <summary>A name cell's own text, without its badges (frozen, layer count) and with its break points (<c>&lt;wbr&gt;</c>) closed.</summary>
    public static string NameText(IElement name) =>
        string.Concat(name.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent));

    /// <summary>The MNIST CNN (Keras's mnist_convnet example), with a second convolution frozen (trainable=False).</summary>
    public static Sequential MnistWithFrozenConv() => new("mnist_cnn")
    {
        new Input(28, 28, 1),
        new Conv2D(32, kernelSize: 3, activation: "relu"),
        new Conv2D(64, kernelSize: 3, activation: "relu", trainable: false),
        new MaxPooling2D(2),
        new Flatten(),
        new Dense(10, activation: "softmax"),
    };

    /// <summary>
    /// <paramref name="html"/> with its id prefix (random per output, <c>nbs</c> and 8 letters or digits) replaced
    /// by a fixed one: two renderings of one summary are equal but for it.
    /// </summary>
    public static string WithoutIdPrefix(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, @"\bnbs[a-z0-9]{8}-", "nbsIDPREFIX-");

    /// <summary>True when every layer row (a details element) is open, false when none is; fails on a mix.</summary>
    public static bool AllLayerRowsOpen(string html)
    {
        var rows = LayerRows(Parse(html));
        Assert.NotEmpty(rows);
        bool open = rows[0].HasAttribute("open");
        Assert.All(rows, r => Assert.Equal(open, r.HasAttribute("open")));
        return open;
    }

    /// <summary>
    /// The lines of a big model's folded remainder (<c>pre.nbs-list</c>), by layer index: each line is the index,
    /// the name, the type, the output shape, the parameters and, for a graph row, "← " and its entries.
    /// </summary>
    public static Dictionary<int, string> FoldedLines(IDocument doc) =>
        doc.QuerySelectorAll("pre.nbs-list").SelectMany(p => p.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(l => int.Parse(l.TrimStart().Split(' ')[0], CultureInfo.InvariantCulture), l => l);

    /// <summary>The layer name on a folded line (the field after the index).</summary>
    public static string FoldedName(string line) => line.TrimStart().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

    /// <summary>The width in percent of a bar segment (<c>style="width:74.2746%"</c>).</summary>
    public static double WidthPercent(IElement segment)
    {
        var style = segment.GetAttribute("style")!;
        Assert.StartsWith("width:", style);
        Assert.EndsWith("%", style);
        return double.Parse(style["width:".Length..^1], CultureInfo.InvariantCulture);
    }
}
