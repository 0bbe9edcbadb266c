using System.Xml.Linq;

namespace NotebookSummary.KernelTests.Support;

/// <summary>A drawing (<c>View(SummaryFormat.Svg)</c>, <c>#!summary --format svg</c>) read as SVG: one document, or
/// the notebook's HTML fragment (a <c>&lt;style&gt;</c> and a <c>&lt;div&gt;</c> of a wide and a narrow drawing).</summary>
public static class SvgDrawing
{
    /// <summary>The drawings of the output, wide first.</summary>
    public static List<XElement> Drawings(string output)
    {
        var root = XDocument.Parse(output.StartsWith("<svg", StringComparison.Ordinal) ? output : "<fragment>" + output + "</fragment>").Root!;
        var drawings = root.Name.LocalName == "svg" ? [root] : root.Descendants().Where(e => e.Name.LocalName == "svg").ToList();
        Assert.NotEmpty(drawings);
        return drawings;
    }

    /// <summary>The texts of the (wide) drawing, in document order.</summary>
    public static List<string> Texts(string svg) =>
        Drawings(svg)[0].Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();

    /// <summary>
    /// The drawing's labels of Keras's output shapes for a conformance case, without the batch dimension:
    /// (None, 55, 55, 96) is drawn 55×55×96, (None, 4096) is 4096.
    /// </summary>
    public static IEnumerable<string> ShapeLabels(string caseId) =>
        KerasGolden.Expected(caseId).GetProperty("layers").EnumerateArray()
            .Select(l => string.Join("×", l.GetProperty("output_shape").EnumerateArray().Skip(1).Select(d => d.GetInt64())));

    /// <summary>Every one of <paramref name="expected"/> occurs in <paramref name="texts"/>, in this order.</summary>
    public static void AssertInOrder(IEnumerable<string> expected, IReadOnlyList<string> texts)
    {
        int at = 0;
        foreach (var e in expected)
        {
            while (at < texts.Count && texts[at] != e) at++;
            Assert.True(at < texts.Count, $"'{e}' missing or out of order in: {string.Join(" | ", texts)}");
            at++;
        }
    }
}
