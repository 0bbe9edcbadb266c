using NotebookSummary.Rendering;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>User text cannot inject markup, script or style.</summary>
public class HtmlEscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Img = "\"><img src=x onerror=alert(1)>";
    private const string EndStyle = "</style><b class=\"pwned\">x</b>";
    private const string Quote = "a'b\"c&amp;<i>";

    /// <param name="styles">Style elements expected: the fragment's one (plus the page's own in a page).</param>
    private static void AssertNothingInjected(AngleSharp.Dom.IDocument doc, int styles = 1)
    {
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Empty(doc.QuerySelectorAll(".pwned"));
        Assert.Equal(styles, doc.QuerySelectorAll("style").Length);
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(doc.All, e => e.TagName == "I" && e.ParentElement?.ClassList.Contains("nbs-bar") != true
            && e.ParentElement?.ClassList.Contains("nbs-key") != true);
    }

    [Fact]
    public void Hostile_layer_model_and_activation_names_are_text()
    {
        var model = new Sequential(Script + EndStyle)
        {
            new Input(4),
            new Dense(3, name: Script),
            new Dense(3, name: Img, activation: Img),
            new Dense(3, name: EndStyle, trainable: false),
            new Activation(Quote, name: Quote),
        };
        var doc = RenderAndParse(model.Summarize(), new HtmlOptions { Title = Img, ExpandFormulas = true });
        AssertNothingInjected(doc);

        var rows = LayerRows(doc);
        Assert.Equal([Script, Img, EndStyle + "frozen", Quote], rows.Select(r => Cell(r, "nbs-name")));
        Assert.Equal(Img, rows[1].QuerySelector("summary .nbs-act")!.TextContent);
        Assert.Equal(Quote, rows[3].QuerySelector("summary .nbs-act")!.TextContent);
        Assert.Equal(Script + EndStyle, doc.QuerySelector(".nbs-model")!.TextContent);
        Assert.Equal(Img, doc.QuerySelector(".nbs-title")!.TextContent);
    }

    [Fact]
    public void Hostile_text_in_error_messages_is_text()
    {
        // Keras rejects a repeated name; the message quotes it.
        var model = new Sequential
        {
            new Input(4),
            new Dense(3, name: Script + Img),
            new Dense(3, name: Script + Img),
        };
        var summary = model.Summarize();
        Assert.Contains(Script, summary.Error!.Message);
        var doc = RenderAndParse(summary);
        AssertNothingInjected(doc);
        Assert.Contains(summary.Error.Message, doc.QuerySelector(".nbs-errmsg")!.TextContent);
        Assert.Contains(Script + Img, doc.QuerySelector(".nbs-cap .nbs-bad")!.TextContent);
    }

    [Fact]
    public void Hostile_names_in_groups_and_the_remainder_are_text()
    {
        var model = new Sequential { new Input(8) };
        for (int i = 0; i < 60; i++) model.Add(new Dense(8, name: $"{Script}{i}"));
        for (int i = 0; i < 60; i++) model.Add(new Dense(9 + i, name: $"{Img}{i}"));
        var doc = RenderAndParse(model.Summarize());
        AssertNothingInjected(doc);
        Assert.NotNull(doc.QuerySelector(".nbs-group"));
        Assert.NotNull(doc.QuerySelector(".nbs-more"));
        Assert.Contains($"{Script}59", doc.QuerySelector(".nbs-gnames")!.TextContent);
    }

    [Fact]
    public void Page_title_is_escaped()
    {
        var page = HtmlRenderer.RenderPage(new Sequential("</title>" + Script) { new Input(2), new Dense(1) }.Summarize());
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        Assert.Equal("</title>" + Script, doc.Title);
        AssertNothingInjected(doc, styles: 2);
    }
}
