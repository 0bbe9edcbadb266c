using System.Xml.Linq;

namespace NotebookSummary.Tests.Support;

/// <summary>
/// The drawings of an SVG output: a standalone document is one; the notebook's HTML fragment (a <c>&lt;style&gt;</c>
/// and a <c>&lt;div&gt;</c> holding a wide and a narrow drawing) is read as XML inside a wrapper element, and each of
/// its <c>&lt;svg&gt;</c> elements becomes a document of its own.
/// </summary>
internal static class SvgDrawings
{
    public static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    /// <summary>True when <paramref name="output"/> is the notebook's fragment rather than one SVG document.</summary>
    public static bool IsFragment(string output) => !output.StartsWith("<svg", StringComparison.Ordinal);

    /// <summary>The fragment inside a <c>&lt;fragment&gt;</c> element, parsed by <paramref name="parse"/>.</summary>
    public static XElement Fragment(string output, Func<string, XDocument> parse) =>
        parse("<fragment>" + output + "</fragment>").Root!;

    /// <summary>Each drawing of <paramref name="output"/> as its own document, in order (wide first).</summary>
    public static List<XDocument> Of(string output, Func<string, XDocument>? parse = null)
    {
        parse ??= text => XDocument.Parse(text);
        if (!IsFragment(output)) return [parse(output)];
        return Fragment(output, parse).Descendants(SvgNs + "svg")
            .Where(svg => svg.Parent?.Name != SvgNs + "svg")
            .Select(svg => new XDocument(new XElement(svg)))
            .ToList();
    }
}
