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
    public static List<DiagramElement> Fold(List<DiagramElement> elements, IReadOnlyList<SummaryRow> rows, int minRepeats)
    {
        if (minRepeats < 2) return elements;
        var runs = RepeatedBlocks.Find(Signatures(elements, rows), minRepeats);
        if (runs.Count == 0) return elements;
        var folded = new List<DiagramElement>(elements.Count);
        int i = 0;
        foreach (var run in runs)
        {
            // The input element (no row) never repeats: its signature is unique.
            for (; i < run.Start + run.BlockLength; i++) folded.Add(elements[i]);
            var repeated = new List<SummaryRow>();
            for (; i < run.End; i++) repeated.AddRange(elements[i].AllRows);
            folded.Add(new DiagramElement
            {
                Form = ElementForm.Repeat, Kind = LayerKind.Other, Repeats = run.Repeats, BlockElements = run.BlockLength,
                RepeatedRows = repeated,
            });
        }
        for (; i < elements.Count; i++) folded.Add(elements[i]);
        return folded;
    }

    /// <summary>One integer per element: equal when the element's rows are pairwise the same but for their names.</summary>
    private static int[] Signatures(List<DiagramElement> elements, IReadOnlyList<SummaryRow> rows)
    {
        var rowSignatures = RepeatedBlocks.RowSignatures(rows);
        // A row's Index is its layer's position in the model, which skips a layer that was not built: look rows up
        // by reference instead.
        var position = new Dictionary<SummaryRow, int>(rows.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < rows.Count; i++) position[rows[i]] = i;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[elements.Count];
        var key = new System.Text.StringBuilder();
        for (int i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            if (e.Row is null || e.Form is not (ElementForm.Map or ElementForm.Vector))
            {
                result[i] = -1 - i; // unique: markers and the input never fold
                continue;
            }
            key.Clear();
            foreach (var r in e.AllRows) key.Append(rowSignatures[position[r]]).Append(',');
            string k = key.ToString();
            if (!ids.TryGetValue(k, out int id)) ids[k] = id = ids.Count;
            result[i] = id;
        }
        return result;
    }
}
