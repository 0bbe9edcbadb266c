using System.Text.RegularExpressions;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>The output's shape as a notebook fragment: one scoped style block, prefixed classes, no script.</summary>
public partial class HtmlStyleTests
{
    private static string Fragment(HtmlOptions? options = null) =>
        HtmlRenderer.Render(MnistWithFrozenConv().Summarize(), options);

    [Fact]
    public void Fragment_is_one_style_block_and_one_root()
    {
        var html = Fragment();
        Assert.StartsWith("<style>", html);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<body", html, StringComparison.OrdinalIgnoreCase);
        var body = Parse(html).Body!;
        Assert.Equal(["STYLE", "DIV"], body.Children.Select(c => c.TagName));
        Assert.Contains("nbs-root", body.Children[1].ClassList);
        Assert.Single(Parse(HtmlRenderer.Render(SeedModels.Vgg16ChannelsFirst().Summarize(), new HtmlOptions { ExpandFormulas = true })).QuerySelectorAll("style"));
    }

    [Fact]
    public void Every_class_has_the_prefix()
    {
        var doc = Parse(Fragment(new HtmlOptions { ExpandFormulas = true }));
        var classes = doc.All.SelectMany(e => e.ClassList).Distinct().ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.StartsWith("nbs-", c));
    }

    [Fact]
    public void Every_selector_is_scoped_under_the_root()
    {
        var css = Parse(Fragment()).QuerySelector("style")!.TextContent;
        // No @import, @media or @font-face that could reach outside; the narrow layout's container queries hold
        // rules scoped like the others, which the rule pattern reads once the query itself is taken out.
        Assert.Equal(1, CountOf(css, "@"));
        Assert.Equal(1, CountOf(css, "@container ("));
        css = ContainerQuery().Replace(css, "");
        var selectors = CssRule().Matches(css).Select(m => m.Groups[1].Value)
            .SelectMany(s => s.Split(',')).Select(s => s.Trim()).ToList();
        Assert.True(selectors.Count > 20);
        Assert.All(selectors, s => Assert.Matches(@"^\.nbs-root([ .:>\[]|$)", s));
    }

    [GeneratedRegex(@"(?:^|})\s*([^{}]+)\{")]
    private static partial Regex CssRule();

    [GeneratedRegex(@"@container \([^{}]*\)\{")]
    private static partial Regex ContainerQuery();

    private static int CountOf(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [Fact]
    public void Colours_come_from_the_notebook_theme_with_fallbacks()
    {
        var css = Parse(Fragment()).QuerySelector("style")!.TextContent;
        Assert.Contains("--nbs-fg:var(--vscode-editor-foreground,var(--jp-content-font-color1,", css);
        Assert.Contains("--nbs-accent:var(--vscode-charts-blue,var(--jp-brand-color1,", css);
        Assert.Contains("--nbs-error:var(--vscode-errorForeground,var(--jp-error-color1,", css);
    }

    [Fact]
    public void Numbers_are_right_aligned_tabular_and_the_table_scrolls_sideways()
    {
        var css = Parse(Fragment()).QuerySelector("style")!.TextContent;
        Assert.Contains(".nbs-root .nbs-params{text-align:right}", css);
        Assert.Contains("font-variant-numeric:tabular-nums", css);
        Assert.Matches(@"\.nbs-root \.nbs-scroll\{[^}]*overflow-x:auto", css);
    }

    [Fact]
    public void No_script_anywhere()
    {
        var doc = Parse(Fragment(new HtmlOptions { ExpandFormulas = true }));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain("javascript:", Fragment(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Column_template_is_named_by_its_widths_so_outputs_cannot_clash()
    {
        var doc = Parse(Fragment());
        var root = doc.QuerySelector(".nbs-root")!;
        var widthClass = Assert.Single(root.ClassList, c => c.StartsWith("nbs-w-", StringComparison.Ordinal));
        Assert.Matches(@"^nbs-w(-\d+){5}$", widthClass);
        Assert.Contains($".nbs-root.{widthClass} .nbs-tr{{grid-template-columns:", doc.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Page_is_a_standalone_html5_document()
    {
        var page = HtmlRenderer.RenderPage(MnistWithFrozenConv().Summarize());
        Assert.StartsWith("<!DOCTYPE html>", page);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        Assert.Equal("mnist_cnn", doc.Title);
        Assert.Equal("utf-8", doc.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Single(doc.QuerySelectorAll(".nbs-root"));
        Assert.Equal(5, doc.QuerySelectorAll("details.nbs-layer").Length);
    }
}
