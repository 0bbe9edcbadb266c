namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Places a graph drawing: its columns (ranks) left to right in bands, the wrapped rows of the drawing; within a
/// column the elements are stacked top to bottom in <see cref="GraphOrdering"/>'s order, the stack centred on the
/// band's axis, so a chain runs straight along the axis and parallel branches spread above and below it. A band
/// with skip connections keeps room above and below for their arcs. Then <see cref="EdgeRouting"/> draws the edges.
/// Linear in elements and edges.
/// </summary>
internal sealed class GraphBands(DiagramPlan plan, DiagramGraph graph, List<(int Start, int End)> bands,
    double[] columnWidths, BoxSize[] sizes, string?[] labels, List<CaptionLine>[] captions, double left)
{
    /// <summary>Room above and below a band for the arcs of its skip connections.</summary>
    public const double ArcRoom = 34;
    private const double StackGap = 16;
    private const double LabelHeight = ElementText.LabelSize * DiagramLayoutEngine.LineSpacing + 6;
    private const double CaptionGap = 8;

    /// <summary>The right edge of the widest band.</summary>
    public double Right { get; private set; }

    /// <summary>Places the bands from <paramref name="y"/> down; returns the bottom of the last one.</summary>
    public double Place(double y, PlacedElement[] placed, List<DrawnEdge> edges)
    {
        int n = plan.Elements.Count;
        var cells = new EdgeRouting.Cell[n];
        var bandOf = new int[graph.Ranks.Length];
        var stackTop = new double[graph.Ranks.Length];
        var stackBottom = new double[graph.Ranks.Length];
        var bandCentre = new double[bands.Count];
        var (hasArcs, crossings) = EdgesPerBand();
        var gapTop = new double[bands.Count];

        for (int b = 0; b < bands.Count; b++)
        {
            var (start, end) = bands[b];
            double bandHeight = 0;
            for (int c = start; c < end; c++) bandHeight = Math.Max(bandHeight, StackHeight(c));
            double top = y + (b == 0 ? 10 : DiagramLayoutEngine.RowGap + EdgeRouting.GapRoom(crossings[b - 1]))
                + (hasArcs[b] ? ArcRoom : 0);
            double centre = top + bandHeight / 2;
            bandCentre[b] = centre;

            double x = left;
            for (int c = start; c < end; c++)
            {
                bandOf[c] = b;
                double cx = x + columnWidths[c] / 2;
                x += columnWidths[c];
                double cellTop = centre - StackHeight(c) / 2;
                stackTop[c] = cellTop;
                foreach (int e in graph.Ranks[c])
                {
                    double boxHeight = BoxHeight(e);
                    double axis = cellTop + LabelHeight + boxHeight / 2;
                    double captionTop = axis + boxHeight / 2 + CaptionGap;
                    var extent = Extent.Place(sizes[e], cx, axis);
                    placed[e] = DiagramLayoutEngine.Placed(plan, plan.Elements[e], extent, labels[e], captions[e], cx,
                        captionTop, axis, null, []);
                    double cellBottom = cellTop + CellHeight(e);
                    cells[e] = new EdgeRouting.Cell(extent, cellTop, cellBottom, c);
                    cellTop = cellBottom + StackGap;
                }
                stackBottom[c] = cellTop - StackGap;
            }
            Right = Math.Max(Right, x - DiagramLayoutEngine.ColumnGap / 2);
            y = top + bandHeight + (hasArcs[b] ? ArcRoom : 0);
            gapTop[b] = y;
        }

        bool side = false;
        foreach (var edge in graph.Edges)
            side |= edge.From != edge.To && bandOf[graph.Rank[edge.To]] > bandOf[graph.Rank[edge.From]] + 1;
        new EdgeRouting(plan, graph, cells, bandOf, bandCentre, gapTop, stackTop, stackBottom, Right).Route(edges);
        if (side) Right += EdgeRouting.SideRoom;
        return y;
    }

    /// <summary>Which bands hold an edge drawn as an arc (between columns that are not neighbours), and how many
    /// edges run from each band to the next through the gap under it.</summary>
    private (bool[] Arcs, int[] Crossings) EdgesPerBand()
    {
        var bandOfColumn = new int[graph.Ranks.Length];
        for (int b = 0; b < bands.Count; b++)
            for (int c = bands[b].Start; c < bands[b].End; c++) bandOfColumn[c] = b;
        var arcs = new bool[bands.Count];
        var crossings = new int[bands.Count];
        foreach (var edge in graph.Edges)
        {
            if (edge.From == edge.To) continue;
            int from = graph.Rank[edge.From], to = graph.Rank[edge.To];
            int fromBand = bandOfColumn[from], toBand = bandOfColumn[to];
            if (to != from + 1 && fromBand == toBand) arcs[fromBand] = true;
            if (!EdgeRouting.ThroughGap(from, to, fromBand, toBand)) continue;
            crossings[fromBand]++;
            if (toBand > fromBand + 1) crossings[toBand - 1]++; // it lands through the gap above its target's band
        }
        return (arcs, crossings);
    }

    private double BoxHeight(int e) => Math.Max(20, sizes[e].ExtentHeight);

    private double CellHeight(int e)
    {
        double captionHeight = 0;
        foreach (var line in captions[e]) captionHeight += line.Size * DiagramLayoutEngine.LineSpacing;
        return LabelHeight + BoxHeight(e) + CaptionGap + captionHeight;
    }

    private double StackHeight(int column)
    {
        var stack = graph.Ranks[column];
        double height = StackGap * Math.Max(0, stack.Count - 1);
        foreach (int e in stack) height += CellHeight(e);
        return height;
    }
}
