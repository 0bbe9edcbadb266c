using System.Xml.Linq;

namespace NotebookSummary.KernelTests.Support;

/// <summary>A drawing (<c>View(SummaryFormat.Svg)</c>, <c>#!summary --format svg</c>) read as an SVG document.</summary>
public static class SvgDrawing
{
    /// <summary>The texts of the drawing, in document order.</summary>
    public static List<string> Texts(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        return root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
    }

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
