using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>One "Connected to" entry as drawn: from the element that shows the source layer to the element that shows
/// the layer called on it; <see cref="FromRow"/> and <see cref="ToRow"/> are the layers' <see cref="SummaryRow.Index"/>.</summary>
internal readonly record struct GraphEdge(int From, int To, int FromRow, int ToRow);

/// <summary>The graph of a drawing: its edges, each element's rank (column) and each rank's elements top to bottom.</summary>
internal sealed class DiagramGraph
{
    public required IReadOnlyList<GraphEdge> Edges { get; init; }
    public required int[] Rank { get; init; }
    public required List<int>[] Ranks { get; init; }
}

/// <summary>
/// The elements and edges of a functional model with branches or merges (<see cref="SummaryLayout.Graph"/>):
/// <list type="bullet">
/// <item>Every row is an element (InputLayer rows are the inputs), except that a shape-keeping, value-only layer
/// (see <see cref="DiagramPlanner.IsFoldable"/>) called once, on a layer whose output goes nowhere else, folds into
/// that layer's element as a tag, as in a chain: a Conv → BatchNorm → ReLU of a ResNet reads as one map.</item>
/// <item>Every "Connected to" entry is an edge from the element showing its source to the row's element.</item>
/// <item>Repeated blocks fold into one drawn block and a "× n" marker (<see cref="GraphRepeats"/>).</item>
/// <item>At most <see cref="SvgOptions.MaxColumns"/> elements, the first by rank; a marker counts the rest.</item>
/// </list>
/// Linear in rows and entries (plus the sorts of <see cref="GraphOrdering"/>).
/// </summary>
internal static class GraphPlanner
{
    public static DiagramPlan Plan(ModelSummary summary, SvgOptions options)
    {
        var rows = summary.Rows;
        int n = rows.Count;
        var positionOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) positionOf.TryAdd(rows[i].Name, i);

        // Sources of every row (positions in Rows), and how many entries read each row.
        var sources = new int[n][];
        var readers = new int[n];
        Span<int> buffer = stackalloc int[64]; // a row's sources before they are copied to their array
        for (int i = 0; i < n; i++)
        {
            var entries = rows[i].ConnectedTo;
            var found = entries.Count <= buffer.Length ? buffer : new int[entries.Count];
            int count = 0;
            for (int k = 0; k < entries.Count; k++)
                if (positionOf.TryGetValue(LayerName(entries[k]), out int s))
                {
                    found[count++] = s;
                    readers[s]++;
                }
            sources[i] = found[..count].ToArray();
        }

        bool inputChannelsFirst = DiagramPlanner.InputChannelsFirst(summary);
        var channelsFirst = new bool[n];
        var elementOf = new int[n];
        var elements = new List<DiagramElement>(Math.Min(n + 1, 4096));
        for (int i = 0; i < n; i++)
        {
            var row = rows[i];
            var src = sources[i];
            channelsFirst[i] = DiagramPlanner.ChannelsFirst(row) ?? (src.Length > 0 ? channelsFirst[src[0]] : inputChannelsFirst);
            if (row.Kind != LayerKind.Input && DiagramPlanner.IsFoldable(row) && src.Length == 1 && src[0] < i
                && readers[src[0]] == 1 && row.ConnectedTo.Count == 1)
            {
                elementOf[i] = elementOf[src[0]];
                elements[elementOf[i]].Fold(row);
                continue;
            }
            elementOf[i] = elements.Count;
            elements.Add(DiagramPlanner.FromTensor(row.OutputShape, row.Kind, row, channelsFirst[i]));
        }

        var edges = new List<GraphEdge>(n + 8);
        for (int i = 0; i < n; i++)
            foreach (int s in sources[i])
                edges.Add(new GraphEdge(elementOf[s], elementOf[i], rows[s].Index, rows[i].Index));

        if (summary.Error is { } error)
            elements.Add(new DiagramElement { Form = ElementForm.Failed, Kind = LayerKind.Other, Error = error });

        var rank = GraphRanks.Assign(elements.Count, edges);
        int before = elements.Count;
        GraphRepeats.Fold(elements, edges, rank, rows, options.CollapseRepeats);
        if (elements.Count != before) rank = GraphRanks.Assign(elements.Count, edges);
        if (summary.Error is not null && elements.Count > 0)
            rank[^1] = rank.Max() + (elements.Count > 1 ? 1 : 0); // the failure comes after everything drawn
        Cap(elements, edges, ref rank, Math.Max(3, options.MaxColumns));
        var ranks = GraphOrdering.Order(rank, edges);
        return new DiagramPlan
        {
            Summary = summary,
            Elements = elements,
            Graph = new DiagramGraph { Edges = edges, Rank = rank, Ranks = ranks },
        };
    }

    /// <summary>The layer name of a "Connected to" entry <c>name[node][tensor]</c> (a name may hold brackets itself).</summary>
    public static string LayerName(string entry)
    {
        int end = entry.Length;
        for (int k = 0; k < 2; k++)
        {
            if (end == 0 || entry[end - 1] != ']') return entry[..end];
            int open = entry.LastIndexOf('[', end - 1);
            if (open < 0) return entry[..end];
            end = open;
        }
        return entry[..end];
    }

    /// <summary>Keeps the first <paramref name="max"/> − 1 elements by rank and a marker, one rank further, for the
    /// rest; edges to or from elements left out are dropped.</summary>
    private static void Cap(List<DiagramElement> elements, List<GraphEdge> edges, ref int[] rank, int max)
    {
        if (elements.Count <= max) return;
        // The rank at which the kept elements run out: count elements per rank.
        int maxRank = rank.Max();
        var perRank = new int[maxRank + 1];
        foreach (int r in rank) perRank[r]++;
        int limit = 0, kept = 0;
        while (limit <= maxRank && kept + perRank[limit] <= max - 1) kept += perRank[limit++];
        if (limit == 0) limit = 1; // always draw the first rank, however wide
        var newIndex = new int[elements.Count];
        var keptElements = new List<DiagramElement>(max);
        var keptRanks = new List<int>(max);
        int hidden = 0;
        for (int e = 0; e < elements.Count; e++)
        {
            if (rank[e] < limit)
            {
                newIndex[e] = keptElements.Count;
                keptElements.Add(elements[e]);
                keptRanks.Add(rank[e]);
            }
            else
            {
                newIndex[e] = -1;
                hidden += elements[e].RowCount;
            }
        }
        keptElements.Add(new DiagramElement { Form = ElementForm.Omitted, Kind = LayerKind.Other, OmittedLayers = hidden });
        keptRanks.Add(limit);
        var keptEdges = new List<GraphEdge>(edges.Count);
        foreach (var edge in edges)
            if (newIndex[edge.From] >= 0 && newIndex[edge.To] >= 0)
                keptEdges.Add(edge with { From = newIndex[edge.From], To = newIndex[edge.To] });
        elements.Clear();
        elements.AddRange(keptElements);
        edges.Clear();
        edges.AddRange(keptEdges);
        rank = [.. keptRanks];
    }
}
