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
    private readonly HashSet<object> _counted;
    private long _params, _trainable, _nonTrainable;

    /// <summary>A tally for a model of about <paramref name="layers"/> layers (sized once, not grown by doubling).</summary>
    public WeightTally(int layers = 0) => _counted = new(layers, ReferenceEqualityComparer.Instance);

    /// <summary>Makes room for <paramref name="layers"/> layers at once, when their number is known after the tally was made.</summary>
    public void Reserve(int layers) => _counted.EnsureCapacity(layers);

    public ModelTotals Totals => new(_params, _trainable, _nonTrainable);

    /// <summary>Counts the weights of <paramref name="row"/> not counted yet.</summary>
    /// <exception cref="OverflowException">The total exceeds 64 bits; the tally is unchanged.</exception>
    public void Add(SummaryRow row)
    {
        if (row.Nested is null)
        {
            // Most rows: one layer's own weights, added at once (the tuple is assigned after every sum is checked).
            if (row.HasNoWeights || !IsNew(row, _counted)) return;
            long trains = row.Trainable ? row.TrainableParams : 0;
            (_params, _trainable, _nonTrainable) = (checked(_params + row.Params), checked(_trainable + trains),
                checked(_nonTrainable + (row.Params - trains)));
            _counted.Add(Key(row));
            return;
        }
        var leaves = new List<(object Key, long Params, long Trainable)>();
        Collect(row, frozen: false, leaves);
        var (total, trainable, nonTrainable) = (_params, _trainable, _nonTrainable);
        var added = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (key, count, trains) in leaves)
        {
            if (_counted.Contains(key) || !added.Add(key)) continue;
            total = checked(total + count);
            trainable = checked(trainable + trains);
            nonTrainable = checked(nonTrainable + (count - trains));
        }
        (_params, _trainable, _nonTrainable) = (total, trainable, nonTrainable);
        _counted.UnionWith(added);
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

    private static bool IsNew(SummaryRow row, HashSet<object> counted) => !counted.Contains(Key(row));
}
