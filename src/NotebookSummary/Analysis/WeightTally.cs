namespace NotebookSummary.Analysis;

/// <summary>
/// A model's parameter totals with each layer's weights counted once, as Keras counts them (totals come from the
/// model's unique weights): a layer called several times is one row already, but a layer used directly and also
/// inside a nested model, or a model nested twice, shows its weights on several rows. A nested model's row is counted
/// through its own rows; rows are told apart by the layer they show (<see cref="SummaryRow.WeightOwner"/>), since two
/// nested models may each hold a different layer of the same explicit name. A row made without one counts as its own.
/// </summary>
internal sealed class WeightTally
{
    // The summarizer's rows, each added after it was counted: before the first nested model, the rows counted.
    private readonly IReadOnlyList<SummaryRow> _rows;
    // The layers counted, made at the first nested model's row: until then every row counted shows a layer of its own
    // (a summarizer makes one row a layer), so a model without nested ones needs no set of its 100,000 layers.
    private HashSet<object>? _counted;
    private long _params, _trainable, _nonTrainable;

    /// <summary>A tally of the rows the summarizer adds to <paramref name="rows"/>, each after counting it here, one row a layer.</summary>
    public WeightTally(IReadOnlyList<SummaryRow> rows) => _rows = rows;

    public ModelTotals Totals => new(_params, _trainable, _nonTrainable);

    /// <summary>Counts the weights of <paramref name="row"/> not counted yet.</summary>
    /// <exception cref="OverflowException">The total exceeds 64 bits; the tally is unchanged.</exception>
    public void Add(SummaryRow row)
    {
        if (row.Nested is null)
        {
            // Most rows: one layer's own weights, added at once (the tuple is assigned after every sum is checked).
            if (row.HasNoWeights || _counted is not null && _counted.Contains(Key(row))) return;
            long trains = row.Trainable ? row.TrainableParams : 0;
            (_params, _trainable, _nonTrainable) = (checked(_params + row.Params), checked(_trainable + trains),
                checked(_nonTrainable + (row.Params - trains)));
            _counted?.Add(Key(row));
            return;
        }
        var counted = _counted ?? CountedSoFar();
        var leaves = new List<(object Key, long Params, long Trainable)>();
        Collect(row, frozen: false, leaves);
        var (total, trainable, nonTrainable) = (_params, _trainable, _nonTrainable);
        var added = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (key, count, trains) in leaves)
        {
            if (counted.Contains(key) || !added.Add(key)) continue;
            total = checked(total + count);
            trainable = checked(trainable + trains);
            nonTrainable = checked(nonTrainable + (count - trains));
        }
        (_params, _trainable, _nonTrainable) = (total, trainable, nonTrainable);
        counted.UnionWith(added);
        _counted = counted;
    }

    // The layers of the rows counted before the first nested model: each row's own (there was no nested model yet).
    private HashSet<object> CountedSoFar()
    {
        var counted = new HashSet<object>(_rows.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < _rows.Count; i++)
            if (!_rows[i].HasNoWeights) counted.Add(Key(_rows[i]));
        return counted;
    }

    // The rows holding weights of their own: the row itself, or a nested model's rows. A frozen row (its layer, or
    // the model holding it, not trainable) freezes everything inside it.
    private static void Collect(SummaryRow row, bool frozen, List<(object, long, long)> leaves)
    {
        frozen |= !row.Trainable;
        if (row.Nested is { } nested)
            foreach (var inner in nested.Rows) Collect(inner, frozen, leaves);
        else if (!row.HasNoWeights)
            leaves.Add((Key(row), row.Params, frozen ? 0 : row.TrainableParams));
    }

    // The layer a row shows; a row without one (made by hand) is its own key, so it always counts.
    private static object Key(SummaryRow row) => row.WeightOwner ?? (object)row;
}
