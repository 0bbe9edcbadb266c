namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The column of every element of a graph drawing: the longest path from an input, so every layer stands right of
/// all the layers it reads. Elements come in Keras's row order, deepest first, so an edge's source comes before its
/// target; an edge that does not (a shared layer called again on a later layer's output) is left out of the ranking
/// and drawn as an arc back. An input used only late (a second input joining a merge) is moved right, next to its
/// first reader, so it does not stretch an edge across the whole drawing. Linear in elements and edges.
/// </summary>
internal static class GraphRanks
{
    public static int[] Assign(int count, IReadOnlyList<GraphEdge> edges)
    {
        var rank = new int[count];
        if (count == 0) return rank;
        var (inStart, inList) = Adjacency.Build(count, edges, incoming: true);
        var (outStart, outList) = Adjacency.Build(count, edges, incoming: false);
        for (int e = 0; e < count; e++)
            for (int k = inStart[e]; k < inStart[e + 1]; k++)
                if (inList[k] < e) rank[e] = Math.Max(rank[e], rank[inList[k]] + 1);

        // Sources (no forward incoming edge) move right to one column before their first reader.
        for (int e = count - 1; e >= 0; e--)
        {
            bool source = true;
            for (int k = inStart[e]; k < inStart[e + 1] && source; k++) source = inList[k] >= e;
            if (!source) continue;
            int first = int.MaxValue;
            for (int k = outStart[e]; k < outStart[e + 1]; k++)
                if (outList[k] > e) first = Math.Min(first, rank[outList[k]]);
            if (first != int.MaxValue) rank[e] = Math.Max(rank[e], first - 1);
        }
        return rank;
    }
}

/// <summary>Neighbour lists of a graph drawing's elements in compressed form: the neighbours of element e are
/// <c>list[start[e]..start[e + 1]]</c>. Self-edges (a folded layer's entry) are left out.</summary>
internal static class Adjacency
{
    public static (int[] Start, int[] List) Build(int count, IReadOnlyList<GraphEdge> edges, bool incoming)
    {
        var start = new int[count + 1];
        foreach (var edge in edges)
            if (edge.From != edge.To) start[(incoming ? edge.To : edge.From) + 1]++;
        for (int e = 0; e < count; e++) start[e + 1] += start[e];
        var fill = (int[])start.Clone();
        var list = new int[start[count]];
        foreach (var edge in edges)
            if (edge.From != edge.To)
            {
                int at = incoming ? edge.To : edge.From;
                list[fill[at]++] = incoming ? edge.From : edge.To;
            }
        return (start, list);
    }
}
