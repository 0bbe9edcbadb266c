using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// What every row of one table needs besides itself: the model's total (bars of nested rows are shares of the
/// outermost model, so every bar on the page has one scale), the options, and the ids that "Connected to" links
/// point at. Ids are <c>{prefix}-{row index}</c>; a nested model's rows use <c>{prefix}-{its row index}</c> as their
/// prefix, so ids never repeat within an output, and the prefix is unique per output, so two summaries on one page
/// (a JupyterLab notebook is one document) never link into each other. Ids hold no user text.
/// </summary>
internal sealed class TableContext
{
    // Made when a "Connected to" entry is first looked up: a chain's rows have none.
    private Dictionary<string, int>? _indexByName;
    private readonly ModelSummary _summary;

    private TableContext(ModelSummary summary, string prefix, long total, HtmlOptions options)
    {
        _summary = summary;
        Prefix = prefix;
        Total = total;
        Options = options;
    }

    public static TableContext For(ModelSummary summary, HtmlOptions options) =>
        new(summary, options.IdPrefix ?? HtmlIds.PrefixFor(summary), summary.Totals.Params, options);

    /// <summary>The context of the rows of <paramref name="row"/>'s nested model.</summary>
    public TableContext Inside(SummaryRow row) => new(row.Nested!, Id(row.Index), Total, Options);

    public string Prefix { get; }
    public long Total { get; }
    public HtmlOptions Options { get; }

    /// <summary>The id of the row with index <paramref name="index"/>.</summary>
    public string Id(int index) => Prefix + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Appends <c> id="…"</c> for the row with index <paramref name="index"/>.</summary>
    public StringBuilder AppendId(StringBuilder sb, int index) =>
        sb.Append(" id=\"").Append(Prefix).Append('-').Append(index).Append('"');

    /// <summary>The model's row with index <paramref name="index"/>, or null.</summary>
    public SummaryRow? Row(int index) =>
        index >= 0 && index < _summary.Rows.Count && _summary.Rows[index].Index == index ? _summary.Rows[index] : null;

    /// <summary>
    /// The index of the row a "Connected to" entry (<c>name[node][tensor]</c>) comes from, or null when the model
    /// has no row of that name.
    /// </summary>
    public int? SourceOf(string entry)
    {
        int length = ConnectionEntry.NameLength(entry);
        if (length < 0) return null;
        if (_indexByName is null)
        {
            _indexByName = new Dictionary<string, int>(_summary.Rows.Count, StringComparer.Ordinal);
            foreach (var r in _summary.Rows) _indexByName.TryAdd(r.Name, r.Index);
        }
        return _indexByName.TryGetValue(entry[..length], out int index) ? index : null;
    }
}
