namespace NotebookSummary.Rendering.Html;

/// <summary>How <see cref="HtmlRenderer"/> lays out a summary. The defaults suit a notebook cell.</summary>
public sealed record HtmlOptions
{
    /// <summary>The default options.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>Open every layer's walk-through (<c>&lt;details open&gt;</c>), e.g. for teaching or printing.</summary>
    public bool ExpandFormulas { get; init; }

    /// <summary>
    /// The most table entries shown before the rest folds into an expandable remainder (see
    /// <see cref="HtmlRenderer"/> for the whole collapse rule). Models with at most this many layers show every
    /// layer as it is; values below 3 count as 3 (one line before the remainder, the remainder, one line after).
    /// </summary>
    public int MaxVisibleRows { get; init; } = 50;

    /// <summary>
    /// In a model with more than <see cref="MaxVisibleRows"/> layers, a block of layers repeated back to back at
    /// least this many times collapses into one "× n" group. 0 (or 1) turns grouping off.
    /// </summary>
    public int CollapseRepeats { get; init; } = 3;

    /// <summary>
    /// The prefix of the element ids the output uses ("Connected to" links point at rows by id): a letter, then
    /// letters, digits, <c>-</c> or <c>_</c>. Null (the default) makes one from what the summary shows, so the same
    /// summary always gives the same HTML and different summaries on one page never share an id.
    /// </summary>
    public string? IdPrefix
    {
        get => _idPrefix;
        init => _idPrefix = value is null || Html.HtmlIds.IsValidPrefix(value) ? value
            : throw new ArgumentException("an id prefix starts with a letter and holds only letters, digits, '-' and '_' (at most 64)", nameof(IdPrefix));
    }

    private readonly string? _idPrefix;

    /// <summary>A heading shown above the table (and the page title of <see cref="HtmlRenderer.RenderPage"/>);
    /// null shows <c>Model: "name"</c>.</summary>
    public string? Title { get; init; }
}
