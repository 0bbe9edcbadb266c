using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>One line of the HTML table: a layer, or a group of repeated layers. Structure only, no markup.</summary>
internal abstract class TableEntry
{
    /// <summary>Index of the entry's first layer in the model.</summary>
    public abstract int FirstIndex { get; }

    /// <summary>Index of the entry's last layer in the model.</summary>
    public abstract int LastIndex { get; }

    /// <summary>Parameters of all the layers the entry stands for.</summary>
    public abstract long Params { get; }

    public abstract long NonTrainableParams { get; }

    /// <summary>The number of layers the entry stands for.</summary>
    public int LayerCount => LastIndex - FirstIndex + 1;
}

/// <summary>A single layer, shown as its own row.</summary>
internal sealed class LayerEntry(SummaryRow row) : TableEntry
{
    public SummaryRow Row { get; } = row;
    public override int FirstIndex => Row.Index;
    public override int LastIndex => Row.Index;
    public override long Params => Row.Params;
    public override long NonTrainableParams => Row.NonTrainableParams;
}

/// <summary>
/// A block of <see cref="BlockLength"/> consecutive layers repeated <see cref="Repeats"/> times back to back, every
/// repeat identical to the first in everything but the layer names (see <see cref="CollapseRule"/>).
/// </summary>
internal sealed class GroupEntry : TableEntry
{
    private readonly IReadOnlyList<SummaryRow> _rows;
    private readonly int _start;

    public GroupEntry(IReadOnlyList<SummaryRow> rows, int start, int blockLength, int repeats)
    {
        _rows = rows;
        _start = start;
        BlockLength = blockLength;
        Repeats = repeats;
        long total = 0, nonTrainable = 0;
        for (int i = 0; i < blockLength * repeats; i++)
        {
            total = checked(total + rows[start + i].Params);
            nonTrainable = checked(nonTrainable + rows[start + i].NonTrainableParams);
        }
        Params = total;
        NonTrainableParams = nonTrainable;
    }

    public int BlockLength { get; }
    public int Repeats { get; }

    /// <summary>The group's layer at <paramref name="position"/> (0 to <see cref="TableEntry.LayerCount"/> − 1), in
    /// order: read by position, a group of thousands of layers is listed without an enumerator's calls per layer.</summary>
    public SummaryRow Row(int position) => _rows[_start + position];

    /// <summary>The first repeat, which stands for all of them.</summary>
    public IEnumerable<SummaryRow> Block => Enumerable.Range(_start, BlockLength).Select(i => _rows[i]);

    public SummaryRow First => _rows[_start];
    public SummaryRow Last => _rows[_start + BlockLength * Repeats - 1];

    public override int FirstIndex => First.Index;
    public override int LastIndex => Last.Index;
    public override long Params { get; }
    public override long NonTrainableParams { get; }

    /// <summary>Parameters of one repeat of the block.</summary>
    public long BlockParams => Params / Repeats;
}
