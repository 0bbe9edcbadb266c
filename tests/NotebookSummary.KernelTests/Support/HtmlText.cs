using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NotebookSummary.KernelTests.Support;

/// <summary>HTML outputs read as a browser reads them.</summary>
public static class HtmlText
{
    /// <summary>The text a browser shows for <paramref name="html"/> (entities decoded, markup gone).</summary>
    public static string Of(string? html) => Parse(html).Body?.TextContent ?? "";

    /// <summary>The document a browser builds from <paramref name="html"/>, to query with CSS selectors.</summary>
    public static IDocument Parse(string? html) => new HtmlParser().ParseDocument(html ?? "");
}
