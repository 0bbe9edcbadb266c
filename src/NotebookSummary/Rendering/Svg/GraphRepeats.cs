using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Folds repeated blocks of a graph drawing (a ResNet's identity blocks, a stack of identical Inception modules):
/// <list type="number">
/// <item>The graph is cut at its waists: a column that holds one element and that no edge passes over. Between two
/// waists lies a segment — a residual block from the element after one block's output to the next block's output.</item>
/// <item>Two segments are the same when their elements are (layers the same but for their names, as
/// <see cref="RepeatedBlocks.RowSignatures"/> says without the walk-through, whose merges name their inputs; column
/// by column) and so are their edges.</item>
/// <item>A run of segments repeated back to back (found by <see cref="RepeatedBlocks"/>, as the HTML table finds
/// repeated layers) is drawn once, followed by a "× n" marker that stands for the other repeats and carries their
/// edges. A block of three or more elements folds from two repeats (it takes a screen's width); a smaller one
/// from <see cref="SvgOptions.CollapseRepeats"/>, as in a chain.</item>
/// </list>
/// A graph of at most <see cref="DrawnOut"/> elements fits a screen or two and is drawn out, as the HTML table shows
/// every layer of a small model: the toy ResNet of Keras's guide shows both of its residual blocks.
/// Linear in elements and edges.
/// </summary>
internal static class GraphRepeats
{
    private const int BigBlock = 3;
    public const int DrawnOut = 30;

    public static void Fold(List<DiagramElement> elements, List<GraphEdge> edges, int[] rank, IReadOnlyList<SummaryRow> rows,
        int minRepeats)
    {
        if (minRepeats < 2 || elements.Count <= DrawnOut) return;
        var segmentOf = Segments(elements.Count, edges, rank, out int segments);
        if (segments < 3) return;

        // Elements of each segment, by column then index: the order its signature lists them.
        var members = new List<int>[segments];
        for (int s = 0; s < segments; s++) members[s] = [];
        for (int e = 0; e < elements.Count; e++) members[segmentOf[e]].Add(e);
        foreach (var m in members) m.Sort((a, b) => rank[a] != rank[b] ? rank[a].CompareTo(rank[b]) : a.CompareTo(b));

        var signatures = Signatures(elements, edges, rank, rows, segmentOf, members);
        var hiddenBy = new int[elements.Count]; // 0: drawn; k > 0: hidden by marker k − 1
        var markers = new List<DiagramElement>();
        foreach (var run in RepeatedBlocks.Find(signatures, 2))
        {
            int blockElements = 0;
            for (int s = run.Start; s < run.Start + run.BlockLength; s++) blockElements += members[s].Count;
            if (run.Repeats < minRepeats && blockElements < BigBlock) continue;
            var repeated = new List<SummaryRow>();
            for (int s = run.Start + run.BlockLength; s < run.End; s++)
                foreach (int e in members[s])
                {
                    hiddenBy[e] = markers.Count + 1;
                    elements[e].AddRowsTo(repeated);
                }
            markers.Add(new DiagramElement
            {
                Form = ElementForm.Repeat, Kind = LayerKind.Other, Repeats = run.Repeats, BlockElements = blockElements,
                RepeatedRows = repeated,
            });
        }
        if (markers.Count == 0) return;

        // Each marker takes the place of the first element it hides; edges follow their elements.
        var newIndex = new int[elements.Count];
        var kept = new List<DiagramElement>(elements.Count);
        var markerIndex = new int[markers.Count];
        Array.Fill(markerIndex, -1);
        for (int e = 0; e < elements.Count; e++)
        {
            int k = hiddenBy[e] - 1;
            if (k < 0)
            {
                newIndex[e] = kept.Count;
                kept.Add(elements[e]);
                continue;
            }
            if (markerIndex[k] < 0)
            {
                markerIndex[k] = kept.Count;
                kept.Add(markers[k]);
            }
            newIndex[e] = markerIndex[k];
        }
        for (int i = 0; i < edges.Count; i++)
            edges[i] = edges[i] with { From = newIndex[edges[i].From], To = newIndex[edges[i].To] };
        elements.Clear();
        elements.AddRange(kept);
    }

    /// <summary>The segment of every element: a waist ends the segment it belongs to.</summary>
    private static int[] Segments(int count, List<GraphEdge> edges, int[] rank, out int segments)
    {
        int columns = rank.Max() + 1;
        var perColumn = new int[columns];
        foreach (int r in rank) perColumn[r]++;
        var passing = new int[columns + 1]; // difference array: edges passing over each column
        foreach (var edge in edges)
        {
            int a = rank[edge.From], b = rank[edge.To];
            if (a > b) (a, b) = (b, a);
            if (b - a < 2) continue;
            passing[a + 1]++;
            passing[b]--;
        }
        var segmentOfColumn = new int[columns];
        int segment = 0, over = 0;
        for (int c = 0; c < columns; c++)
        {
            over += passing[c];
            segmentOfColumn[c] = segment;
            if (perColumn[c] == 1 && over == 0) segment++; // a waist closes its segment
        }
        segments = segment + (columns > 0 && segmentOfColumn[^1] == segment ? 1 : 0);
        var segmentOf = new int[count];
        for (int e = 0; e < count; e++) segmentOf[e] = segmentOfColumn[rank[e]];
        return segmentOf;
    }

    /// <summary>One integer per segment: equal when the segments draw the same, but for the layer names.</summary>
    private static int[] Signatures(List<DiagramElement> elements, List<GraphEdge> edges, int[] rank,
        IReadOnlyList<SummaryRow> rows, int[] segmentOf, List<int>[] members)
    {
        var rowSignatures = RepeatedBlocks.RowSignatures(rows, byArithmetic: false);
        var position = new Dictionary<SummaryRow, int>(rows.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < rows.Count; i++) position[rows[i]] = i;
        var slot = new int[elements.Count]; // an element's place in its segment
        foreach (var m in members)
            for (int k = 0; k < m.Count; k++) slot[m[k]] = k;

        var keys = new StringBuilder[members.Length];
        var rowsOf = new List<SummaryRow>();
        for (int s = 0; s < members.Length; s++)
        {
            var key = keys[s] = new StringBuilder();
            int first = members[s].Count > 0 ? rank[members[s][0]] : 0;
            foreach (int e in members[s])
            {
                var element = elements[e];
                key.Append(rank[e] - first).Append(':');
                if (element.Row is null || element.Form is not (ElementForm.Map or ElementForm.Vector)) key.Append('#').Append(e);
                else
                {
                    rowsOf.Clear();
                    element.AddRowsTo(rowsOf);
                    foreach (var r in rowsOf) key.Append(rowSignatures[position[r]]).Append(',');
                }
                key.Append(';');
            }
        }
        // Edges into a segment, from inside it (by slot) or from the waist before it ("w").
        foreach (var edge in edges)
        {
            if (edge.From == edge.To) continue;
            int s = segmentOf[edge.To];
            var key = keys[s];
            key.Append('|');
            if (segmentOf[edge.From] == s) key.Append(slot[edge.From]);
            else if (segmentOf[edge.From] == s - 1 && slot[edge.From] == members[s - 1].Count - 1) key.Append('w');
            else key.Append('#').Append(edge.From); // from further back: never the same as another segment's
            key.Append('>').Append(slot[edge.To]);
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[members.Length];
        for (int s = 0; s < members.Length; s++)
        {
            string k = keys[s].ToString();
            if (!ids.TryGetValue(k, out int id)) ids[k] = id = ids.Count;
            result[s] = id;
        }
        return result;
    }
}
