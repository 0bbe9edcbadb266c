namespace NotebookSummary.Rendering.Svg;

/// <summary>
/// Settings of <see cref="SvgRenderer"/>. The defaults suit a notebook cell or a slide; every size is in SVG user
/// units (pixels at 100% zoom).
/// </summary>
public sealed record SvgOptions
{
    /// <summary>The default options: a standalone picture (a file, a slide).</summary>
    public static SvgOptions Default { get; } = new();

    /// <summary>The drawing as a notebook shows it: <see cref="NotebookCell"/>, at most 560 px wide.</summary>
    public static SvgOptions Notebook { get; } = new() { NotebookCell = true, MaxWidth = 560 };

    /// <summary>
    /// Drawn for a notebook output cell rather than as a standalone picture. The output is then an HTML fragment
    /// (notebooks display SVG as HTML): the model drawn at <see cref="MaxWidth"/> and again wrapped into more rows for
    /// a 396 px cell, with a container query that shows the wide drawing while the cell is at least 90% of its width
    /// and the narrow one otherwise. Each scales down to the cell (a <c>viewBox</c>, <c>width="100%"</c> and a
    /// <c>max-width</c> of its own width) but never below 90%, where its smallest text (10 px) would fall under 9 px —
    /// so text stays readable down to a 360 px cell, and a narrower one scrolls. A drawing no wider than 396 px is
    /// one SVG. It has no background and its text takes the cell's colour (<c>currentColor</c>), so it follows a
    /// light or dark theme. A standalone picture (false, the default) is one SVG document of fixed size, with a white
    /// background and plain colours, which every viewer and PowerPoint read alike.
    /// </summary>
    public bool NotebookCell { get; init; }

    /// <summary>
    /// The drawing is never wider than this (clamped to 240…100,000). A model that does not fit is first drawn
    /// smaller (down to 60%), then wrapped into rows; when that takes more than two rows, the boxes are drawn at 60%
    /// so more of the model fits on a screen.
    /// </summary>
    public double MaxWidth { get; init; } = 1280;

    /// <summary>
    /// The most elements (feature maps, bars, markers) drawn. A longer model shows its first
    /// <c>MaxColumns − 2</c> elements, a "⋯ N more layers" marker and its last element, so the drawing's size is
    /// bounded by the options, not by the model. Values below 3 count as 3.
    /// </summary>
    public int MaxColumns { get; init; } = 120;

    /// <summary>
    /// Exponent e of the channel axis: thickness ∝ <c>c^e</c> (convnet-drawer's <c>channel_scale</c>), the deepest
    /// map staying 64 px thick; null (or a value outside 0 &lt; e ≤ 2) computes e from the model so that thin maps
    /// stay visible too.
    /// </summary>
    public double? ChannelExponent { get; init; }

    /// <summary>Exponent of the spatial axes (height, width, steps): length ∝ <c>n^e</c>, the largest map staying
    /// 150 px tall; null computes e from the model (1, true proportions, unless the smallest map would be too small).</summary>
    public double? SpatialExponent { get; init; }

    /// <summary>Draw the legend explaining shapes and colours.</summary>
    public bool ShowLegend { get; init; } = true;

    /// <summary>Draw the model name and parameter total at the top.</summary>
    public bool ShowTitle { get; init; } = true;

    /// <summary>
    /// A block of elements (1 to 8) repeated back to back at least this many times is drawn once, followed by a
    /// "× n" marker, as the HTML table folds repeated layers; values below 2 draw every repeat. The default, 4, keeps
    /// VGG's three identical convolutions of a block drawn out.
    /// </summary>
    public int CollapseRepeats { get; init; } = 4;

    /// <summary>Shape-keeping layers folded into one element beyond this many are summarized as "+N more".</summary>
    public int MaxTagsPerElement { get; init; } = 3;
}
