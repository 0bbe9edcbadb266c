namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The curves of a graph drawing's edges, once every element is placed:
/// <list type="bullet">
/// <item>Neighbouring columns of a band: an S-curve from the right of the source to the left of the target (a
/// straight arrow when they are level). When a convolution or pooling layer reads a map that feeds nothing else,
/// its window is drawn on that map with lines projecting to the output, as in a chain.</item>
/// <item>Columns further apart (skip connections), or back to an earlier column (a shared layer called again):
/// an arc over the stacks in between, above the band's axis or below it, whichever side the two elements are on;
/// longer arcs rise higher, so nested skips do not share a line.</item>
/// <item>Between bands: where the model continues from the end of one band to the start of the next, a short arrow
/// out of the source and one into the target, as in a chain; an edge to a later band (a U-Net's skip across the
/// wrap) runs down from the source, along the gap under its band in a lane of its own, and down into the target —
/// to a band further than the next, down the right side of the drawing and along the gap above the target's band;
/// an edge back to an earlier band (a shared layer), dashed stubs out of the source and into the target.</item>
/// </list>
/// Each edge is O(1) but for an arc's clearance, which scans the columns it spans within one band.
/// </summary>
internal sealed class EdgeRouting(DiagramPlan plan, DiagramGraph graph, EdgeRouting.Cell[] cells, int[] bandOf,
    double[] bandCentre, double[] gapTop, double[] stackTop, double[] stackBottom, double right)
{
    /// <summary>How far right of the bands the vertical runs of edges across several bands may reach.</summary>
    public const double SideRoom = 10 + SideLanes * SideStep;

    private const double LaneStep = 5;
    private const int MaxLanes = 8;

    /// <summary>Whether an edge between columns <paramref name="from"/> and <paramref name="to"/> runs through the gap
    /// under the source's band (and, when it goes further than the next band, along the right side and through the gap
    /// above the target's band).</summary>
    public static bool ThroughGap(int from, int to, int fromBand, int toBand) => toBand > fromBand && to != from + 1;

    /// <summary>Lanes of the vertical run along the right side, for edges that cross more than one gap.</summary>
    private const int SideLanes = 6;
    private const double SideStep = 4;

    /// <summary>Extra room under a band for the lanes of <paramref name="crossings"/> edges through its gap.</summary>
    public static double GapRoom(int crossings) => crossings == 0 ? 0 : 6 + Math.Min(crossings, MaxLanes) * LaneStep;

    private readonly int[] _lanes = new int[gapTop.Length];
    private int _sideLanes;

    /// <summary>An element's box and the vertical span of its cell (label, box, captions), in column <see cref="Column"/>.</summary>
    public readonly record struct Cell(Extent Box, double Top, double Bottom, int Column);

    private const double Stub = 14;
    private const double ParallelStep = 5;
    private const double Clearance = 8;
    private const double ArcStep = 6;

    public void Route(List<DrawnEdge> edges)
    {
        var (inStart, _) = Adjacency.Build(cells.Length, graph.Edges, incoming: true);
        var (outStart, _) = Adjacency.Build(cells.Length, graph.Edges, incoming: false);
        // Several edges between the same two elements (a shared layer's calls read by one merge) are drawn apart.
        var parallel = new Dictionary<(int, int), int>();
        foreach (var edge in graph.Edges)
            if (edge.From != edge.To) parallel[(edge.From, edge.To)] = parallel.GetValueOrDefault((edge.From, edge.To)) + 1;
        var drawnSoFar = new Dictionary<(int, int), int>();
        foreach (var edge in graph.Edges)
        {
            if (edge.From == edge.To) continue; // a shape-keeping layer folded into its source's element
            int copies = parallel[(edge.From, edge.To)];
            int copy = drawnSoFar[(edge.From, edge.To)] = drawnSoFar.GetValueOrDefault((edge.From, edge.To)) + 1;
            double offset = (copy - 1 - (copies - 1) / 2.0) * ParallelStep;
            var from = cells[edge.From];
            var to = cells[edge.To];
            int fromBand = bandOf[from.Column], toBand = bandOf[to.Column];
            var curves = new List<Curve>(2);
            WindowMarker? window = null;
            if (ThroughGap(from.Column, to.Column, fromBand, toBand))
            {
                double lane = gapTop[fromBand] + 6 + (_lanes[fromBand]++ % MaxLanes) * LaneStep;
                if (toBand == fromBand + 1)
                    ThroughTheGap(from, to, lane, curves);
                else
                {
                    double landing = gapTop[toBand - 1] + 6 + (_lanes[toBand - 1]++ % MaxLanes) * LaneStep;
                    double side = right + 10 + (_sideLanes++ % SideLanes) * SideStep;
                    AlongTheSide(from, to, lane, side, landing, curves);
                }
            }
            else if (fromBand != toBand)
                Across(from, to, curves);
            else if (to.Column == from.Column + 1)
            {
                var target = plan.Elements[edge.To];
                var source = plan.Elements[edge.From];
                bool alone = inStart[edge.To + 1] - inStart[edge.To] == 1 && outStart[edge.From + 1] - outStart[edge.From] == 1;
                if (alone && target.Row?.Window is { } w && source.Form == ElementForm.Map)
                    window = DiagramConnections.Window(target, w, source, from.Box.Box, to.Box);
                else
                    curves.Add(Neighbours(from.Box, to.Box, offset));
            }
            else
                curves.Add(Arc(from, to, bandCentre[fromBand]));
            edges.Add(new DrawnEdge { FromRow = edge.FromRow, ToRow = edge.ToRow, Curves = curves, Window = window });
        }
    }

    private static Curve Neighbours(Extent from, Extent to, double offset)
    {
        var start = new Point(from.Right + 3, from.CenterY + offset);
        var end = new Point(to.Left - 3, to.CenterY + offset);
        if (Math.Abs(start.Y - end.Y) < 0.5) return Curve.Line(start, end);
        double bend = (end.X - start.X) / 2;
        return new Curve(start, new Point(start.X + bend, start.Y), new Point(end.X - bend, end.Y), end);
    }

    /// <summary>An arch from the top (or bottom) of the source's cell to that of the target, clearing every stack in
    /// between.</summary>
    private Curve Arc(Cell from, Cell to, double centre)
    {
        bool above = (from.Box.CenterY + to.Box.CenterY) / 2 <= centre + 0.5;
        int lo = Math.Min(from.Column, to.Column), hi = Math.Max(from.Column, to.Column);
        int level = Math.Min(3, Math.Max(0, hi - lo - 2));
        double x1 = from.Box.Box.CenterX, x2 = to.Box.Box.CenterX;
        if (above)
        {
            double peak = Math.Min(from.Top, to.Top);
            for (int c = lo + 1; c < hi; c++) peak = Math.Min(peak, stackTop[c]);
            peak -= Clearance + level * ArcStep;
            return Arch(new Point(x1, from.Top - 1), new Point(x2, to.Top - 1), peak);
        }
        double low = Math.Max(from.Bottom, to.Bottom);
        for (int c = lo + 1; c < hi; c++) low = Math.Max(low, stackBottom[c]);
        low += Clearance + level * ArcStep;
        return Arch(new Point(x1, from.Bottom + 1), new Point(x2, to.Bottom + 1), low);
    }

    /// <summary>A cubic from <paramref name="start"/> to <paramref name="end"/> leaving and arriving vertically, whose
    /// middle reaches <paramref name="extreme"/>: B(½) = (y₁ + y₂)/8 + ¾·h, solved for the controls' height h.</summary>
    private static Curve Arch(Point start, Point end, double extreme)
    {
        double h = (extreme - (start.Y + end.Y) / 8) * 4 / 3;
        return new Curve(start, new Point(start.X, h), new Point(end.X, h), end);
    }

    /// <summary>Down from the source's cell, along the gap at <paramref name="lane"/>, down into the target's cell.</summary>
    private static void ThroughTheGap(Cell from, Cell to, double lane, List<Curve> curves)
    {
        double x1 = from.Box.Box.CenterX, x2 = to.Box.Box.CenterX;
        curves.Add(Curve.Line(new Point(x1, from.Bottom + 1), new Point(x1, lane), arrow: false));
        curves.Add(Curve.Line(new Point(x1, lane), new Point(x2, lane), arrow: false));
        curves.Add(Curve.Line(new Point(x2, lane), new Point(x2, to.Top - 1)));
    }

    /// <summary>Down from the source's cell to the gap under its band, right to the side, down the side to the gap
    /// above the target's band, left to the target and down into its cell.</summary>
    private static void AlongTheSide(Cell from, Cell to, double lane, double side, double landing, List<Curve> curves)
    {
        double x1 = from.Box.Box.CenterX, x2 = to.Box.Box.CenterX;
        curves.Add(Curve.Line(new Point(x1, from.Bottom + 1), new Point(x1, lane), arrow: false));
        curves.Add(Curve.Line(new Point(x1, lane), new Point(side, lane), arrow: false));
        curves.Add(Curve.Line(new Point(side, lane), new Point(side, landing), arrow: false));
        curves.Add(Curve.Line(new Point(side, landing), new Point(x2, landing), arrow: false));
        curves.Add(Curve.Line(new Point(x2, landing), new Point(x2, to.Top - 1)));
    }

    /// <summary>An edge from one band to a later (or earlier) one: a stub out of the source and one into the target.</summary>
    private static void Across(Cell from, Cell to, List<Curve> curves)
    {
        bool continues = to.Column == from.Column + 1;
        if (continues)
        {
            curves.Add(Curve.Line(new Point(from.Box.Right + 3, from.Box.CenterY), new Point(from.Box.Right + 3 + Stub, from.Box.CenterY), strong: true));
            curves.Add(Curve.Line(new Point(to.Box.Left - 3 - Stub, to.Box.CenterY), new Point(to.Box.Left - 3, to.Box.CenterY), strong: true));
            return;
        }
        double x1 = from.Box.Box.CenterX, x2 = to.Box.Box.CenterX;
        curves.Add(Curve.Line(new Point(x1, from.Top - 1), new Point(x1, from.Top - 1 - Stub), dashed: true));
        curves.Add(Curve.Line(new Point(x2, to.Top - 1 - Stub), new Point(x2, to.Top - 1), dashed: true));
    }
}
