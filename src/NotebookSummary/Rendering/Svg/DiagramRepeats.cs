using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Folds repeated blocks of a chain drawing as the HTML table folds repeated layers (<see cref="RepeatedBlocks"/>):
/// a block of elements that occurs at least <see cref="SvgOptions.CollapseRepeats"/> times back to back is drawn once, followed by
/// a "× n" marker that stands for the other repeats. Two elements are the same when their layers (the element's own
/// and the shape-keeping ones folded into it) are the same but for their names. Linear in the number of elements.
/// </summary>
internal static class DiagramRepeats
{
    /// <summary>One integer per element of <paramref name="outline"/>: equal when the elements' rows are pairwise the
    /// same but for their names; unique for the input and the error, which never fold.</summary>
    public static int[] Signatures(ChainOutline outline, IReadOnlyList<SummaryRow> rows)
    {
        var rowSignatures = RepeatedBlocks.RowSignatures(rows);
        // Elements are keys by their index: two are the same key when their rows' signatures are.
        var ids = new Dictionary<int, int>(new SameRows(outline, rowSignatures));
        var result = new int[outline.Count];
        for (int i = 0; i < outline.Count; i++)
        {
            if (!outline.IsLayer(i))
            {
                result[i] = -1 - i;
                continue;
            }
            if (!ids.TryGetValue(i, out int id)) ids[i] = id = ids.Count;
            result[i] = id;
        }
        return result;
    }

    /// <summary>Compares elements by the signatures of their rows, in order.</summary>
    private sealed class SameRows(ChainOutline outline, int[] rowSignatures) : IEqualityComparer<int>
    {
        public bool Equals(int a, int b)
        {
            var x = outline.RowsOf(a);
            var y = outline.RowsOf(b);
            if (x.Length != y.Length) return false;
            for (int i = 0; i < x.Length; i++)
                if (rowSignatures[x[i]] != rowSignatures[y[i]]) return false;
            return true;
        }

        public int GetHashCode(int element)
        {
            var hash = new HashCode();
            foreach (int row in outline.RowsOf(element)) hash.Add(rowSignatures[row]);
            return hash.ToHashCode();
        }
    }
}
