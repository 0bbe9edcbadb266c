using AngleSharp.Html.Parser;

namespace NotebookSummary.KernelTests.Support;

/// <summary>HTML outputs read as a browser reads them.</summary>
public static class HtmlText
{
    /// <summary>The text a browser shows for <paramref name="html"/> (entities decoded, markup gone).</summary>
    public static string Of(string? html) => new HtmlParser().ParseDocument(html ?? "").Body?.TextContent ?? "";
}
