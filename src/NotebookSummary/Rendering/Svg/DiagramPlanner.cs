using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>The elements to draw, in order, before any measuring.</summary>
internal sealed class DiagramPlan
{
    public required ModelSummary Summary { get; init; }
    public required IReadOnlyList<DiagramElement> Elements { get; init; }
    /// <summary>For a graph drawing, its edges and columns; null for a chain, drawn left to right in order.</summary>
    public DiagramGraph? Graph { get; init; }
}

/// <summary>
/// Turns a summary into the columns of the drawing. Rules:
/// <list type="bullet">
/// <item>The input and every layer output is one element: rank-1 samples are vectors (bars), everything else a map
/// (rank 2 = a 1-D sequence, rank 3 = h×w×c, rank ≥ 4 = a stack of maps); the data format of the producing layer
/// (or, for the input, of the first layer that has one) says where the channels are.</item>
/// <item>Layers that keep their input's shape and only transform values (Dropout, Activation, normalization, other)
/// do not get a column: they fold into the element before them as tags, so a Conv → BatchNorm → ReLU → Dropout
/// block reads as one map. Convolutions, pooling, dense and reshaping layers always get a column, even when they
/// keep the shape.</item>
/// <item>A failing model ends with a failed-layer element.</item>
/// <item>A functional model's InputLayer rows are not drawn again after the input; a model with branches or merges
/// is a graph drawing, planned by <see cref="GraphPlanner"/>.</item>
/// <item>A block of elements repeated back to back is drawn once, with a "× n" marker (<see cref="DiagramRepeats"/>).</item>
/// <item>At most <see cref="SvgOptions.MaxColumns"/> elements: the first <c>MaxColumns − 2</c>, a marker counting
/// the layers left out, and the last.</item>
/// </list>
/// One linear pass over the rows.
/// </summary>
internal static class DiagramPlanner
{
    public static DiagramPlan Plan(ModelSummary summary, SvgOptions options)
    {
        if (summary.Layout == SummaryLayout.Graph) return GraphPlanner.Plan(summary, options);
        var outline = ChainOutline.Of(summary);
        var runs = options.CollapseRepeats >= 2
            ? RepeatedBlocks.Find(DiagramRepeats.Signatures(outline, summary.Rows), options.CollapseRepeats)
            : [];
        return new DiagramPlan { Summary = summary, Elements = Cap(Folded(outline, runs), outline, Math.Max(3, options.MaxColumns)) };
    }

    /// <summary>One column of the drawing after repeats are folded: an element of the outline, or the marker that
    /// stands for the later repeats of a run.</summary>
    private readonly record struct Slot(int Element, RepeatRun? Run = null);

    // Each run keeps its first block; its later repeats become one marker.
    private static List<Slot> Folded(ChainOutline outline, List<RepeatRun> runs)
    {
        int count = outline.Count;
        foreach (var run in runs) count -= run.BlockLength * (run.Repeats - 1) - 1;
        var slots = new List<Slot>(count);
        int i = 0;
        foreach (var run in runs)
        {
            // The input element (no row) never repeats: its signature is unique.
            for (; i < run.Start + run.BlockLength; i++) slots.Add(new Slot(i));
            slots.Add(new Slot(-1, run));
            i = run.End;
        }
        for (; i < outline.Count; i++) slots.Add(new Slot(i));
        return slots;
    }

    private static DiagramElement Create(ChainOutline outline, Slot slot) => slot.Run is { } run
        ? new DiagramElement
        {
            Form = ElementForm.Repeat, Kind = LayerKind.Other, Repeats = run.Repeats, BlockElements = run.BlockLength,
            RepeatedRows = outline.Rows(run.Start + run.BlockLength, run.End),
        }
        : outline.Create(slot.Element);

    private static int RowCount(ChainOutline outline, Slot slot) => slot.Run is { } run
        ? outline.RowCount(run.Start + run.BlockLength, run.End)
        : outline.RowCount(slot.Element, slot.Element + 1);

    /// <summary>Shape-keeping, value-only layers fold into the previous element.</summary>
    public static bool IsFoldable(SummaryRow row) =>
        row.Kind is LayerKind.Dropout or LayerKind.Activation or LayerKind.Normalization or LayerKind.Other
        && row.OutputShape.Equals(row.InputShape);

    public static bool InputChannelsFirst(ModelSummary summary)
    {
        foreach (var row in summary.Rows)
            if (ChannelsFirst(row) is { } first) return first;
        return false;
    }

    /// <summary>Whether the row's layer lays out channels first; null when it has no data format (layout unchanged).</summary>
    public static bool? ChannelsFirst(SummaryRow row) => row.DataFormat is { } format ? format == "channels_first" : null;

    private static List<DiagramElement> Cap(List<Slot> slots, ChainOutline outline, int max)
    {
        if (slots.Count <= max) return slots.ConvertAll(s => Create(outline, s));
        int head = max - 2;
        int hidden = 0;
        for (int i = head; i < slots.Count - 1; i++)
            hidden += RowCount(outline, slots[i]);
        var capped = new List<DiagramElement>(max);
        for (int i = 0; i < head; i++) capped.Add(Create(outline, slots[i]));
        capped.Add(new DiagramElement { Form = ElementForm.Omitted, Kind = LayerKind.Other, OmittedLayers = hidden });
        capped.Add(Create(outline, slots[^1]));
        return capped;
    }

    public static DiagramElement FromTensor(Shape shape, LayerKind kind, SummaryRow? row, bool channelsFirst)
    {
        var s = new SampleDims(shape);
        int r = s.Count;
        if (r <= 1)
            return new DiagramElement { Form = ElementForm.Vector, Kind = kind, Row = row, Shape = shape, Units = r == 1 ? s[0] : 1 };

        MapAxes axes;
        if (r == 2)
            axes = channelsFirst
                ? new MapAxes(s[1], null, s[0], false, null, true)
                : new MapAxes(s[0], null, s[1], false, null, true);
        else if (r == 3)
            axes = channelsFirst
                ? new MapAxes(s[1], s[2], s[0], false, null, false)
                : new MapAxes(s[0], s[1], s[2], false, null, false);
        else
            axes = channelsFirst
                ? new MapAxes(s[r - 2], s[r - 1], s[0], true, Product(s, 1, r - 2), false)
                : new MapAxes(s[r - 3], s[r - 2], s[r - 1], true, Product(s, 0, r - 3), false);
        return new DiagramElement { Form = ElementForm.Map, Kind = kind, Row = row, Shape = shape, Axes = axes };
    }

    /// <summary>A shape's dimensions after the batch, read in place (<see cref="Shape.SampleDims"/> makes a list).</summary>
    private readonly struct SampleDims(Shape shape)
    {
        public int Count => Math.Max(0, shape.Rank - 1);

        public long? this[int axis] => shape[axis + 1];
    }

    /// <summary>Product of <paramref name="dims"/>[from..to); null when one is unknown or the product overflows.</summary>
    private static long? Product(SampleDims dims, int from, int to)
    {
        long p = 1;
        for (int i = from; i < to; i++)
        {
            if (dims[i] is not { } d) return null;
            try { p = checked(p * d); }
            catch (OverflowException) { return null; }
        }
        return p;
    }
}
