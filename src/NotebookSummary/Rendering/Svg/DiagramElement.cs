using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Svg;

/// <summary>How an element is drawn.</summary>
internal enum ElementForm
{
    /// <summary>A feature map (h×w×c, a 1D sequence, or a volume): a 3-D box.</summary>
    Map,
    /// <summary>A vector (rank-1 sample): a thin vertical bar.</summary>
    Vector,
    /// <summary>Stands for the layers left out of a very deep model.</summary>
    Omitted,
    /// <summary>The layer that failed to build.</summary>
    Failed,
    /// <summary>Says that the block of elements before it repeats: "× n" (the repeats after the first are not drawn).</summary>
    Repeat,
}

/// <summary>
/// The drawn axes of a tensor. Following convnet-drawer, rows run vertically, columns recede obliquely and channels
/// run horizontally; null marks an unknown (None) dimension.
/// </summary>
/// <param name="Rows">Height (or steps of a 1-D sequence): the vertical axis.</param>
/// <param name="Cols">Width: the receding axis; null for sequences, which are drawn thin.</param>
/// <param name="Channels">Channels: the horizontal axis.</param>
/// <param name="HasFrames">The tensor has axes beyond the three drawn ones (a 3-D volume's depth, or the time
/// steps of a sequence of maps): drawn as a short stack of frames.</param>
/// <param name="Frames">The product of those extra axes; null when unknown or absent.</param>
/// <param name="IsSequence">A 1-D sequence (steps, channels): drawn as a thin map with no column axis.</param>
internal readonly record struct MapAxes(long? Rows, long? Cols, long? Channels, bool HasFrames, long? Frames, bool IsSequence);

/// <summary>
/// One column of the drawing: a tensor and the layer that produced it (none for the input), plus the shape-keeping
/// layers folded into it. The first stage of rendering; it knows nothing of pixels.
/// </summary>
internal sealed class DiagramElement
{
    public required ElementForm Form { get; init; }

    /// <summary>Kind of the producing layer (<see cref="LayerKind.Input"/> for the input); picks the colour.</summary>
    public required LayerKind Kind { get; init; }

    /// <summary>The producing layer; null for the input and for markers.</summary>
    public SummaryRow? Row { get; init; }

    /// <summary>The tensor drawn (batch first); null for markers.</summary>
    public Shape? Shape { get; init; }

    public MapAxes Axes { get; init; }

    /// <summary>Units of a vector (null = unknown).</summary>
    public long? Units { get; init; }

    /// <summary>Layers that keep the shape (Dropout, Activation, BatchNormalization, ...), drawn as tags.</summary>
    public IReadOnlyList<SummaryRow> Folded => _folded ?? (IReadOnlyList<SummaryRow>)[];

    // Made by the first folded layer: most elements of a deep graph fold none.
    private List<SummaryRow>? _folded;

    /// <summary>Adds a layer to <see cref="Folded"/>.</summary>
    public void Fold(SummaryRow row) => (_folded ??= []).Add(row);

    /// <summary>For <see cref="ElementForm.Omitted"/>: how many layers the marker stands for.</summary>
    public int OmittedLayers { get; init; }

    /// <summary>For <see cref="ElementForm.Repeat"/>: how many times the block is repeated in all (the first drawn).</summary>
    public int Repeats { get; init; }

    /// <summary>For <see cref="ElementForm.Repeat"/>: how many elements before the marker make up the block.</summary>
    public int BlockElements { get; init; }

    /// <summary>For <see cref="ElementForm.Repeat"/>: the layers of the repeats that are not drawn.</summary>
    public IReadOnlyList<SummaryRow> RepeatedRows { get; init; } = [];

    /// <summary>For <see cref="ElementForm.Failed"/>: the error.</summary>
    public ModelError? Error { get; init; }

    /// <summary>Every layer the element stands for: its own, the folded ones and, for a repeat marker, the repeats.</summary>
    public IEnumerable<SummaryRow> AllRows
    {
        get
        {
            if (Row is { } row) yield return row;
            for (int i = 0; i < Folded.Count; i++) yield return Folded[i];
            for (int i = 0; i < RepeatedRows.Count; i++) yield return RepeatedRows[i];
        }
    }

    /// <summary>Adds <see cref="AllRows"/> to <paramref name="rows"/> (without an enumerator: a deep graph's
    /// planning does it for every element).</summary>
    public void AddRowsTo(List<SummaryRow> rows)
    {
        if (Row is { } row) rows.Add(row);
        for (int i = 0; i < Folded.Count; i++) rows.Add(Folded[i]);
        for (int i = 0; i < RepeatedRows.Count; i++) rows.Add(RepeatedRows[i]);
    }

    /// <summary>How many layers <see cref="AllRows"/> holds.</summary>
    public int RowCount => (Row is null ? 0 : 1) + Folded.Count + RepeatedRows.Count;

    /// <summary>True when any drawn dimension is unknown (drawn dashed, at a placeholder size).</summary>
    public bool HasUnknownSize => Form switch
    {
        ElementForm.Map => Axes.Rows is null || (!Axes.IsSequence && Axes.Cols is null) || Axes.Channels is null
            || (Axes.HasFrames && Axes.Frames is null),
        ElementForm.Vector => Units is null,
        _ => false,
    };
}
