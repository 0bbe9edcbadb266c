using System.Runtime.InteropServices;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// The elements of a chain drawing before any is made (<see cref="DiagramPlanner"/>'s rules): for each, where it
/// comes from (the input, a row, the error) and which rows it stands for — its own and the shape-keeping ones folded
/// into it, consecutive among the drawn rows. A deep model's drawing shows a few dozen elements of tens of thousands:
/// folding repeats and capping on this outline makes a <see cref="DiagramElement"/> only for those shown.
/// </summary>
internal sealed class ChainOutline
{
    private enum Source : byte { Input, Row, Failed }

    /// <param name="FirstLayer">Where the element's rows start in <see cref="_layers"/>; they end where the next
    /// element's start.</param>
    private readonly record struct Entry(int FirstLayer, Source Source, bool ChannelsFirst);

    private readonly ModelSummary _summary;
    private readonly List<Entry> _elements = [];
    // The position in the summary's rows of every row drawn (all but a functional chain's InputLayer row), in order.
    private readonly List<int> _layers;

    private ChainOutline(ModelSummary summary)
    {
        _summary = summary;
        var rows = summary.Rows;
        _layers = new List<int>(rows.Count);
        bool channelsFirst = DiagramPlanner.InputChannelsFirst(summary);
        if (summary.InputShape is not null) _elements.Add(new Entry(0, Source.Input, channelsFirst));
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // A functional chain's InputLayer row: the input is drawn above.
            if (row.Kind == LayerKind.Input) continue;
            if (!DiagramPlanner.IsFoldable(row) || _elements.Count == 0)
            {
                channelsFirst = DiagramPlanner.ChannelsFirst(row) ?? channelsFirst;
                _elements.Add(new Entry(_layers.Count, Source.Row, channelsFirst));
            }
            _layers.Add(i);
        }
        if (summary.Error is not null) _elements.Add(new Entry(_layers.Count, Source.Failed, channelsFirst));
    }

    /// <summary>The outline of <paramref name="summary"/>, a chain.</summary>
    public static ChainOutline Of(ModelSummary summary) => new(summary);

    public int Count => _elements.Count;

    /// <summary>True for an element drawn for a row (not the input or the error): only those fold as repeats.</summary>
    public bool IsLayer(int element) => _elements[element].Source == Source.Row;

    /// <summary>The positions in the summary's rows of the rows element <paramref name="element"/> stands for.</summary>
    public ReadOnlySpan<int> RowsOf(int element) =>
        CollectionsMarshal.AsSpan(_layers)[LayerStart(element)..LayerStart(element + 1)];

    /// <summary>How many rows elements <paramref name="from"/> to <paramref name="to"/> (excluded) stand for.</summary>
    public int RowCount(int from, int to) => LayerStart(to) - LayerStart(from);

    /// <summary>The rows elements <paramref name="from"/> to <paramref name="to"/> (excluded) stand for, in order.</summary>
    public List<SummaryRow> Rows(int from, int to)
    {
        var rows = new List<SummaryRow>(RowCount(from, to));
        for (int i = LayerStart(from); i < LayerStart(to); i++) rows.Add(_summary.Rows[_layers[i]]);
        return rows;
    }

    /// <summary>Element <paramref name="element"/> as it is drawn.</summary>
    public DiagramElement Create(int element)
    {
        var (first, source, channelsFirst) = _elements[element];
        if (source == Source.Failed)
            return new DiagramElement { Form = ElementForm.Failed, Kind = LayerKind.Other, Error = _summary.Error };
        var created = source == Source.Input
            ? DiagramPlanner.FromTensor(_summary.InputShape!, LayerKind.Input, null, channelsFirst)
            : DiagramPlanner.FromTensor(_summary.Rows[_layers[first]].OutputShape, _summary.Rows[_layers[first]].Kind,
                _summary.Rows[_layers[first]], channelsFirst);
        // The input's folded rows start at its first; a row's, after its own.
        for (int i = source == Source.Input ? first : first + 1; i < LayerStart(element + 1); i++)
            created.Fold(_summary.Rows[_layers[i]]);
        return created;
    }

    private int LayerStart(int element) => element < _elements.Count ? _elements[element].FirstLayer : _layers.Count;
}
