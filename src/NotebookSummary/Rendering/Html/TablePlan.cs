namespace NotebookSummary.Rendering.Html;

/// <summary>
/// What the table shows, decided before any markup: the entries shown first, the entries folded into the
/// expandable remainder (empty when nothing folds) and the entries shown after it.
/// </summary>
internal sealed record TablePlan(IReadOnlyList<TableEntry> Head, IReadOnlyList<TableEntry> Folded, IReadOnlyList<TableEntry> Tail)
{
    /// <summary>Every entry, in model order.</summary>
    public IEnumerable<TableEntry> All => Head.Concat(Folded).Concat(Tail);
}
