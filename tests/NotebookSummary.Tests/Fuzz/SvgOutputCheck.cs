using System.Xml;
using System.Xml.Linq;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>SVG is well-formed XML, with only the renderer's own elements and attributes, and user text only as text.</summary>
internal static class SvgOutputCheck
{
    private static readonly XmlReaderSettings Strict = new() { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true };

    public static XDocument Parse(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), Strict);
        return XDocument.Load(reader);
    }

    public static void Assert(string svg)
    {
        var doc = Parse(svg);
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
