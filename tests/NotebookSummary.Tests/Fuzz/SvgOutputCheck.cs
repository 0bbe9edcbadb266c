using System.Xml;
using System.Xml.Linq;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// SVG is well-formed XML, with only the renderer's own elements and attributes, and user text only as text. The
/// notebook's fragment is checked as a whole — a <c>&lt;style&gt;</c> without user text, then one <c>&lt;div&gt;</c>
/// holding only drawings, the same ones a browser's HTML parser finds — and each of its drawings as an SVG document.
/// </summary>
internal static class SvgOutputCheck
{
    private static readonly XmlReaderSettings Strict = new() { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true };

    private static XDocument ParseXml(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), Strict);
        return XDocument.Load(reader);
    }

    /// <summary>Every drawing of the output (one, or those of the notebook's fragment), each parsed strictly.</summary>
    public static List<XDocument> Parse(string svg) => SvgDrawings.Of(svg, ParseXml);

    public static void Assert(string svg)
    {
        if (SvgDrawings.IsFragment(svg)) AssertFragment(svg);
        foreach (var drawing in Parse(svg)) AssertDrawing(drawing);
    }

    private static void AssertFragment(string fragment)
    {
        var root = SvgDrawings.Fragment(fragment, ParseXml);
        var names = root.Elements().Select(e => e.Name.ToString()).ToList();
        if (!names.SequenceEqual(["style", "div"]))
            throw new InvalidOperationException($"the notebook's SVG is <{string.Join("><", names)}>, not a <style> and a <div>");
        if (root.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
            throw new InvalidOperationException("the notebook's SVG has text outside its drawings");
        var style = root.Element("style")!;
        if (style.HasElements || style.Attributes().Any() || MarkupChecks.HasMarker(style.Value))
            throw new InvalidOperationException($"the notebook's SVG style holds markup or user text: {HostileText.Abbreviate(style.Value, 200)}");
        var div = root.Element("div")!;
        if (div.Attributes().Any(a => a.Name != "class") || MarkupChecks.HasMarker((string?)div.Attribute("class") ?? ""))
            throw new InvalidOperationException("the notebook's SVG box has an attribute other than its class, or user text in it");
        if (div.Elements().Any(e => e.Name != SvgDrawings.SvgNs + "svg") || div.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
            throw new InvalidOperationException("the notebook's SVG box holds more than drawings");
        // A browser reads the fragment as HTML: it must find the same drawings there, and nothing else at the top.
        var html = HtmlOutputCheck.Parse(fragment);
        if (html.Body!.Children.Select(e => e.LocalName).SequenceEqual(["style", "div"]) is false
            || html.QuerySelectorAll("div > svg").Length != div.Elements().Count())
            throw new InvalidOperationException("a browser reads the notebook's SVG differently from XML");
    }

    private static void AssertDrawing(XDocument doc)
    {
        var vocabulary = MarkupVocabulary.Svg;
        foreach (var element in doc.Descendants())
        {
            if (!vocabulary.Elements.Contains(element.Name.ToString()))
                throw new InvalidOperationException($"SVG element <{element.Name}> is not one the renderer emits");
            foreach (var attribute in element.Attributes())
            {
                if (!vocabulary.Attributes.Contains(attribute.Name.ToString()))
                    throw new InvalidOperationException($"SVG attribute {attribute.Name} on <{element.Name.LocalName}> is not one the renderer emits");
                if (MarkupChecks.HasNonFiniteNumber(attribute.Value))
                    throw new InvalidOperationException($"SVG attribute {attribute.Name} on <{element.Name.LocalName}> is {attribute.Value}");
                if (MarkupChecks.HasMarker(attribute.Value))
                    throw new InvalidOperationException($"SVG attribute {attribute.Name} holds user text: {HostileText.Abbreviate(attribute.Value, 200)}");
            }
        }
        foreach (var node in doc.DescendantNodes())
            if (node is XComment or XProcessingInstruction or XCData && MarkupChecks.HasMarker(node.ToString()))
                throw new InvalidOperationException($"SVG {node.NodeType} holds user text: {HostileText.Abbreviate(node.ToString(), 200)}");
    }
}
