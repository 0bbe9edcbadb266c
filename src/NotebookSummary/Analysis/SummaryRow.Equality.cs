namespace NotebookSummary.Analysis;

// A row's equality is value equality over what it shows. The synthesized record equality would compare its private
// fields too: the walk-through cache (a row would stop being equal to its copy once one of them was read) and the
// layer it rebuilds the walk-through from (rows of two summaries of one model would never be equal).
public sealed partial record SummaryRow
{
    /// <summary>True when every public value is equal, the walk-through compared by value.</summary>
    public bool Equals(SummaryRow? other) =>
        ReferenceEquals(this, other) || other is not null
        && Index == other.Index && Name == other.Name && ClassName == other.ClassName
        && DisplayType == other.DisplayType && Activation == other.Activation && Kind == other.Kind
        && InputShape.Equals(other.InputShape) && OutputShape.Equals(other.OutputShape)
        && Params == other.Params && TrainableParams == other.TrainableParams
        && NonTrainableParams == other.NonTrainableParams && Trainable == other.Trainable
        && HasNoWeights == other.HasNoWeights && IsOperation == other.IsOperation && MultiplyAccumulates == other.MultiplyAccumulates
        && Equals(Window, other.Window) && DataFormat == other.DataFormat
        && OutputShapes.SequenceEqual(other.OutputShapes) && ConnectedTo.SequenceEqual(other.ConnectedTo, StringComparer.Ordinal)
        && SameNested(other.Nested) && SameWalkThrough(other);

    // A nested model's summary shows as its name and rows; ModelSummary itself has reference equality.
    private bool SameNested(ModelSummary? other) =>
        ReferenceEquals(Nested, other) || Nested is not null && other is not null
        && Nested.Name == other.Name && Nested.Rows.SequenceEqual(other.Rows);

    // One immutable layer built on equal inputs gives equal walk-throughs, and the fingerprint is a function of the
    // walk-through (different fingerprints, different walk-throughs): most comparisons need not build one.
    private bool SameWalkThrough(SummaryRow other)
    {
        if (_rebuilds && other._rebuilds && ReferenceEquals(_owner, other._owner) && SourceInputs!.Equals(other.SourceInputs))
            return true;
        if (WalkThroughFingerprint != other.WalkThroughFingerprint) return false;
        return WalkThrough.Equals(other.WalkThrough);
    }

    /// <summary>A hash of values that equal rows share (the walk-through's through its fingerprint).</summary>
    public override int GetHashCode() =>
        HashCode.Combine(Index, Name, ClassName, OutputShape, Params, TrainableParams, Trainable, WalkThroughFingerprint);
}
