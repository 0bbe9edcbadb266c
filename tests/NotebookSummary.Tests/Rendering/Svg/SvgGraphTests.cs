using System.Globalization;
using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Functional;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>
/// The drawing of a functional model with branches and merges, read back from the parsed document: every layer is on
/// one element, every "Connected to" entry (as Keras reported it in the case's expected.json) is one edge between the
/// two elements, merges draw all their inputs, parallel branches stand in one column and no two boxes overlap.
/// </summary>
public class SvgGraphTests
{
    public static TheoryData<string> GraphCases() => ConformanceCases.GraphsBuiltInCSharp();

    private static readonly string[] ElementClasses = ["feature-map", "vector", "error", "omitted", "repeat"];

    /// <summary>A drawn element: its group, the rows it stands for and the bounding box of its box polygons.</summary>
    private sealed record Drawn(XElement Group, int[] Rows, double Left, double Top, double Right, double Bottom)
    {
        public double CenterX => (Left + Right) / 2;
        public double Distance(Point p) => Math.Max(0, Math.Max(Left - p.X, p.X - Right)) + Math.Max(0, Math.Max(Top - p.Y, p.Y - Bottom));
    }

    private readonly record struct Point(double X, double Y);

    private static List<Drawn> Elements(XDocument doc) =>
        [.. doc.Descendants(SvgNs + "g").Where(g => ElementClasses.Contains((string?)g.Attribute("class"))).Select(g =>
        {
            var points = g.Elements(SvgNs + "polygon").SelectMany(p => Points((string)p.Attribute("points")!)).ToList();
            int[] rows = ((string?)g.Attribute("data-rows") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            if (points.Count == 0) // a marker: its glyph and captions, each taken as a point
                points = [.. g.Elements(SvgNs + "text").Select(t => new Point(Number(t, "x"), Number(t, "y")))];
            return new Drawn(g, rows, points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
        })];

    private static IEnumerable<Point> Points(string list) => list.Split(' ').Select(pair =>
    {
        var xy = pair.Split(',');
        return new Point(double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
    });

    private static List<XElement> Edges(XDocument doc) => Groups(doc, "edge");

    private static int Attr(XElement e, string name) => int.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    /// <summary>The start of an edge's first path and the end of its last (<c>M x,y C … x,y</c>).</summary>
    private static (Point Start, Point End)? Ends(XElement edge)
    {
        var paths = edge.Elements(SvgNs + "path").Select(p => ((string)p.Attribute("d")!).Split([' ', ',']).Where(s => s.Length > 0)
            .Select(s => s.TrimStart('M', 'C')).Where(s => s.Length > 0).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray()).ToList();
        if (paths.Count == 0) return null; // drawn as a kernel window with projection lines
        return (new Point(paths[0][0], paths[0][1]), new Point(paths[^1][^2], paths[^1][^1]));
    }

    [Theory]
    [MemberData(nameof(GraphCases))]
    public void Every_layer_is_on_one_element_and_every_connection_is_one_edge_between_them(string id)
    {
        var c = ConformanceCase.Functional(id);
        var summary = FunctionalModels.All[id]().Summarize();
        Assert.Equal(c.Rows.Select(l => l.Name), summary.Rows.Select(r => r.Name)); // the rows are Keras's
        var inbound = c.Rows.ToDictionary(l => l.Name, l => l.Inbound!.ToList());
        // Wide (one row for most) and the notebook's 560 and 352 px drawings (wrapped: edges across rows and down the side).
        foreach (var options in new[] { SvgOptions.Default, SvgOptions.Notebook })
            foreach (var (doc, k) in Drawings(summary, options).Select((d, k) => (d, k)))
                AssertDrawsEveryRowAndConnection($"case {id} at {options.MaxWidth}, drawing {k}", summary, doc, row => inbound[row.Name]);
    }

    /// <summary>Every row on exactly one element; every entry of <paramref name="inbound"/> one edge from its
    /// source's element to its row's element (none when both are on one element); merges draw all their inputs.</summary>
    private static void AssertDrawsEveryRowAndConnection(string what, ModelSummary summary, XDocument doc,
        Func<SummaryRow, IReadOnlyList<string>> inbound)
    {
        var elementOf = new Dictionary<int, Drawn>();
        foreach (var e in Elements(doc))
            foreach (int row in e.Rows) Assert.True(elementOf.TryAdd(row, e), $"{what}: row {row} is on two elements");
        foreach (var row in summary.Rows) Assert.True(elementOf.ContainsKey(row.Index), $"{what}: {row.Name} is not drawn");

        var edges = Edges(doc).GroupBy(e => (Attr(e, "data-from"), Attr(e, "data-to"))).ToDictionary(g => g.Key, g => g.ToList());
        var byName = summary.Rows.ToDictionary(r => r.Name);
        int expectedEdges = 0;
        foreach (var row in summary.Rows)
        {
            var entries = inbound(row);
            foreach (var group in entries.GroupBy(entry => entry[..entry.IndexOf('[')]))
            {
                var source = byName[group.Key];
                if (ReferenceEquals(elementOf[source.Index], elementOf[row.Index])) continue; // one element: a tag, or repeats behind a marker
                expectedEdges += group.Count();
                Assert.True(edges.TryGetValue((source.Index, row.Index), out var drawn) && drawn.Count == group.Count(),
                    $"{what}: {group.Count()} edge(s) from {source.Name} to {row.Name}");
                foreach (var edge in drawn!)
                    if (Ends(edge) is var (start, end))
                    {
                        // Edges leave the source's cell (its label above, captions below) and reach the target's.
                        Assert.True(elementOf[source.Index].Distance(start) < 70, $"{what}: edge {source.Name} → {row.Name} starts away from its source");
                        Assert.True(elementOf[row.Index].Distance(end) < 70, $"{what}: edge {source.Name} → {row.Name} ends away from its target");
                    }
            }
            bool merge = row.ClassName is "Add" or "Concatenate" or "Multiply" or "Average" or "Subtract" or "Maximum" or "Minimum" or "Dot";
            if (entries.Count >= 2 && merge && elementOf[row.Index].Group.Attribute("class")!.Value != "repeat")
                Assert.True(Edges(doc).Count(e => Attr(e, "data-to") == row.Index) >= 2, $"{what}: merge {row.Name} draws fewer than 2 inputs");
        }
        Assert.Equal(expectedEdges, Edges(doc).Count);
    }

    [Fact]
    public void Twelve_identical_residual_blocks_draw_once_with_a_times_12_marker()
    {
        // conv, then 12 × (conv relu, conv, add with the block's input, relu), then pooling and a classifier.
        var input = new Input(16, 16, 8);
        KerasTensor x = new Conv2D(16, 3, padding: "same").Call(input);
        for (int i = 0; i < 12; i++)
        {
            var h = new Conv2D(16, 3, padding: "same", activation: "relu").Call(x);
            h = new Conv2D(16, 3, padding: "same").Call(h);
            x = new Activation("relu").Call(new Add().Call(x, h));
        }
        var model = new Model(input, new Dense(10).Call(new GlobalAveragePooling2D().Call(x)), name: "residual_stack");
        var summary = model.Summarize();
        Assert.Equal(SummaryLayout.Graph, summary.Layout);
        var doc = Parse(summary);
        var marker = Assert.Single(Groups(doc, "repeat"));
        Assert.Contains("× 12", Texts(marker));
        Assert.Contains("the 3 boxes before", Texts(marker));
        // Input, the first conv, one block (two convs and the add, its relu a tag), pooling and dense.
        Assert.Equal(5, Groups(doc, "feature-map").Count);
        Assert.Equal(2, Groups(doc, "vector").Count);
        // The other 11 blocks are behind the marker: 11 × 4 layers (two convs, the add and its relu).
        Assert.Equal(44, ((string)marker.Attribute("data-rows")!).Split(' ').Length);
        AssertDrawsEveryRowAndConnection("residual stack", summary, doc, row => row.ConnectedTo);
    }

    [Theory]
    [MemberData(nameof(GraphCases))]
    public void No_two_boxes_overlap(string id)
    {
        foreach (var options in new[] { SvgOptions.Default, SvgOptions.Notebook })
            foreach (var doc in Drawings(FunctionalModels.All[id]().Summarize(), options))
                AssertApart(id, Elements(doc).Where(e => e.Right > e.Left).ToList());
    }

    private static void AssertApart(string id, List<Drawn> boxes)
    {
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                bool apart = a.Right <= b.Left + 0.5 || b.Right <= a.Left + 0.5 || a.Bottom <= b.Top + 0.5 || b.Bottom <= a.Top + 0.5;
                Assert.True(apart, $"case {id}: elements {string.Join(",", a.Rows)} and {string.Join(",", b.Rows)} overlap");
            }
    }

    [Fact]
    public void Inception_towers_stand_side_by_side_in_columns_and_join_in_the_concatenation()
    {
        // Case 0014 (keras.io's Inception module): three towers read the input and a Concatenate joins their ends.
        var c = ConformanceCase.Functional("0014");
        var summary = FunctionalModels.All["0014"]().Summarize();
        var elements = Elements(Parse(summary));
        var layers = c.Rows;
        Drawn Of(string name) => elements.Single(e => e.Rows.Contains(summary.Rows.Single(r => r.Name == name).Index));
        string[] Reading(Func<string, bool> inbound) => [.. layers
            .Where(l => l.Inbound!.Any(inbound))
            .Select(l => l.Name)];

        string input = layers.Single(l => l.ClassName == "InputLayer").Name;
        var firsts = Reading(x => x.StartsWith(input + "[", StringComparison.Ordinal));
        Assert.Equal(3, firsts.Length);
        var concat = layers.Single(l => l.ClassName == "Concatenate");
        var ends = concat.Inbound!.Select(x => x[..x.IndexOf('[')]).ToArray();
        Assert.Equal(3, ends.Length);

        foreach (var column in new[] { firsts, ends })
        {
            var xs = column.Select(n => Of(n).CenterX).ToList();
            Assert.All(xs, x => Assert.Equal(xs[0], x, 0.5)); // one column
            var tops = column.Select(n => Of(n)).OrderBy(e => e.Top).ToList();
            for (int k = 1; k < tops.Count; k++) Assert.True(tops[k - 1].Bottom < tops[k].Top); // stacked, apart
        }
        Assert.True(Of(firsts[0]).CenterX < Of(ends[0]).CenterX);
        Assert.True(Of(ends[0]).Right < Of(concat.Name).Left);
        Assert.True(Of(input).Right < Of(firsts[0]).Left);
    }

    [Fact]
    public void Toy_resnet_skips_are_arcs_over_the_block_they_skip()
    {
        // Case 0004: add([x, block_1_output]) reads the max pooling output two convolutions back.
        var summary = FunctionalModels.All["0004"]().Summarize();
        var doc = Parse(summary);
        var rows = summary.Rows.ToDictionary(r => r.Name);
        var adds = summary.Rows.Where(r => r.ClassName == "Add").ToList();
        Assert.Equal(2, adds.Count);
        foreach (var add in adds)
        {
            var incoming = Edges(doc).Where(e => Attr(e, "data-to") == add.Index).ToList();
            Assert.Equal(2, incoming.Count);
            // One edge from the layer just before, one arc: its path rises above both of its ends.
            Assert.Contains(incoming, e =>
            {
                var d = ((string)e.Element(SvgNs + "path")!.Attribute("d")!).Replace("M", "").Replace("C", "")
                    .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                return d[3] < d[1] - 10 && d[5] < d[7] - 10; // controls above start and end
            });
        }
    }

    [Fact]
    public void A_functional_chain_draws_as_the_same_sequential_model_does()
    {
        var functional = new Input(28, 28, 1) { Name = "x" };
        var y = new Conv2D(8, 3, activation: "relu", name: "c").Call(functional);
        y = new MaxPooling2D(2, name: "p").Call(y);
        y = new Flatten(name: "f").Call(y);
        var model = new Model(functional, new Dense(10, name: "d").Call(y), name: "m");
        var summary = model.Summarize();
        Assert.Equal(SummaryLayout.SequentialLike, summary.Layout);
        var sequential = new Sequential("m") { new Input(28, 28, 1), new Conv2D(8, 3, activation: "relu", name: "c"),
            new MaxPooling2D(2, name: "p"), new Flatten(name: "f"), new Dense(10, name: "d") }.Summarize();
        var a = Parse(summary);
        var b = Parse(sequential);
        Assert.Empty(Edges(a));
        foreach (var cls in new[] { "feature-map", "vector", "kernel", "pool-window", "connector" })
            Assert.Equal(Groups(b, cls).Count, Groups(a, cls).Count);
        Assert.Equal(b.Descendants(SvgNs + "polygon").Select(p => (string)p.Attribute("points")!),
            a.Descendants(SvgNs + "polygon").Select(p => (string)p.Attribute("points")!));
    }

    [Fact]
    public void Graph_drawings_use_plain_svg_with_paths_for_curves()
    {
        string[] allowed = ["svg", "g", "title", "rect", "polygon", "line", "text", "path"];
        foreach (var id in new[] { "0004", "0014", "0054" })
        {
            var doc = Parse(FunctionalModels.All[id]().Summarize());
            Assert.All(doc.Descendants(), e => Assert.Contains(e.Name.LocalName, allowed));
            Assert.All(doc.Descendants().Attributes(), a => Assert.DoesNotContain("var(", a.Value));
        }
    }

    [Fact]
    public void Hostile_layer_names_in_a_graph_stay_text()
    {
        string[] names = ["<script>x</script>", "a\"b", "d[0][0]", "<g class=\"edge\" data-from=\"0\">"];
        var input = new Input(8) { Name = names[0] };
        var a = new Dense(4, name: names[1]).Call(input);
        var b = new Dense(4, name: names[2]).Call(input);
        var model = new Model(input, new Add(name: names[3]).Call(a, b), name: "<svg>");
        var summary = model.Summarize();
        var doc = Parse(summary);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal(4, Edges(doc).Count); // the fake edge group in a name adds none
        var titles = doc.Descendants(SvgNs + "title").Select(t => t.Value).ToList();
        foreach (var name in names) Assert.Contains(titles, t => t.Contains(name, StringComparison.Ordinal));
        Assert.All(doc.Descendants().Attributes().Where(x => x.Name.LocalName.StartsWith("data-", StringComparison.Ordinal)),
            x => Assert.Matches("^[0-9 ]+$", x.Value));
    }
}
