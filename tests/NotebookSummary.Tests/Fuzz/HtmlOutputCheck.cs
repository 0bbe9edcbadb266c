using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// HTML parses (AngleSharp, as a browser would) with only the renderer's own elements and attributes; user text
/// shows up only as text: never in an attribute (a <c>title</c> excepted), a comment, or a style or script element.
/// </summary>
internal static class HtmlOutputCheck
{
    private static readonly HashSet<string> TextAttributes = new(StringComparer.Ordinal) { "title" };

    /// <summary>A fragment is parsed the way a notebook inserts it, into a page's body; a page as it is.</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(
        html.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            ? html
            : "<!DOCTYPE html><html><head></head><body>" + html + "</body></html>");

    public static void Assert(string html)
    {
        var doc = Parse(html);
        var vocabulary = MarkupVocabulary.Html;
        foreach (var element in doc.All)
        {
            if (!vocabulary.Elements.Contains(element.LocalName))
                throw new InvalidOperationException($"HTML element <{element.LocalName}> is not one the renderer emits");
            foreach (var attribute in element.Attributes)
            {
                if (!vocabulary.Attributes.Contains(attribute.Name))
                    throw new InvalidOperationException($"HTML attribute {attribute.Name} on <{element.LocalName}> is not one the renderer emits");
                if (MarkupChecks.HasNonFiniteNumber(attribute.Value))
                    throw new InvalidOperationException($"HTML attribute {attribute.Name} on <{element.LocalName}> is {attribute.Value}");
                if (!TextAttributes.Contains(attribute.Name) && MarkupChecks.HasMarker(attribute.Value))
                    throw new InvalidOperationException($"HTML attribute {attribute.Name} on <{element.LocalName}> holds user text: {HostileText.Abbreviate(attribute.Value, 200)}");
            }
            if (element.LocalName is "style" or "script" && MarkupChecks.HasMarker(element.TextContent))
                throw new InvalidOperationException($"HTML <{element.LocalName}> holds user text");
        }
        foreach (var comment in doc.Descendants<IComment>())
            if (MarkupChecks.HasMarker(comment.Data))
                throw new InvalidOperationException($"an HTML comment holds user text: {HostileText.Abbreviate(comment.Data, 200)}");
    }
}
