namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The order of the elements within each column of a graph drawing, top to bottom, chosen to keep edges from
/// crossing: starting from Keras's row order, a few barycentric sweeps (right, then left) sort each column by the
/// mean position of its neighbours in the columns already placed. Positions are measured from each column's middle,
/// as the columns are drawn centred on the band's axis. O(edges + n log n) per sweep, a fixed number of sweeps.
/// </summary>
internal static class GraphOrdering
{
    private const int Sweeps = 4;

    public static List<int>[] Order(int[] rank, IReadOnlyList<GraphEdge> edges)
    {
        int count = rank.Length;
        int columns = count == 0 ? 0 : rank.Max() + 1;
        var ranks = new List<int>[columns];
        for (int c = 0; c < columns; c++) ranks[c] = [];
        for (int e = 0; e < count; e++) ranks[rank[e]].Add(e);

        var position = new double[count];
        void Measure(List<int> column)
        {
            double middle = (column.Count - 1) / 2.0;
            for (int k = 0; k < column.Count; k++) position[column[k]] = k - middle;
        }
        foreach (var column in ranks) Measure(column);

        var (inStart, inList) = Adjacency.Build(count, edges, incoming: true);
        var (outStart, outList) = Adjacency.Build(count, edges, incoming: false);
        var key = new double[count];
        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            bool rightwards = sweep % 2 == 0;
            var (start, list) = rightwards ? (inStart, inList) : (outStart, outList);
            for (int step = 1; step < columns; step++)
            {
                int c = rightwards ? step : columns - 1 - step;
                var column = ranks[c];
                if (column.Count < 2) continue;
                foreach (int e in column)
                {
                    double sum = 0;
                    int n = 0;
                    for (int k = start[e]; k < start[e + 1]; k++)
                        if (rightwards ? rank[list[k]] < c : rank[list[k]] > c)
                        {
                            sum += position[list[k]];
                            n++;
                        }
                    key[e] = n > 0 ? sum / n : position[e];
                }
                // Stable: equal keys keep their order (List.Sort is not stable, so the index breaks ties).
                var order = column.Select((e, k) => (e, k)).OrderBy(t => key[t.e]).ThenBy(t => t.k).Select(t => t.e).ToList();
                column.Clear();
                column.AddRange(order);
                Measure(column);
            }
        }
        return ranks;
    }
}
