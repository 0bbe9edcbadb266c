using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Svg;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Every output of a summary: each format of <see cref="SummaryRenderer"/> (so a new format is covered without an edit
/// here), with each option that takes another path through a renderer, and the HTML of single walk-throughs.
/// </summary>
internal static class EveryOutput
{
    public sealed record Output(string Variant, SummaryFormat Format, string Text)
    {
        public override string ToString() => Variant;
    }

    /// <summary>Every format once, then every variant (<paramref name="allVariants"/>) or one picked by the summary.</summary>
    /// <remarks>A fuzz case renders each format and one variant: every renderer for every case, every option over
    /// many cases, at a third of the cost.</remarks>
    public static IEnumerable<Output> Render(ModelSummary summary, bool allVariants)
    {
        foreach (var format in Enum.GetValues<SummaryFormat>())
            yield return new(SummaryRenderer.NameOf(format), format, SummaryRenderer.Render(summary, format));
        var variants = Variants(summary);
        if (allVariants)
            foreach (var variant in variants) yield return variant();
        else
            yield return variants[Pick(summary, variants.Count)]();
    }

    private static List<Func<Output>> Variants(ModelSummary summary)
    {
        var variants = new List<Func<Output>>
        {
            () => Variant(summary, SummaryFormat.Text, "text --show-trainable", new RenderOptions { ShowTrainable = true }),
            () => Variant(summary, SummaryFormat.Text, "text --width 250", new RenderOptions { Width = 250 }),
            () => Variant(summary, SummaryFormat.Html, "html --formulas", new RenderOptions { ExpandFormulas = true }),
            () => Variant(summary, SummaryFormat.Html, "html page", new RenderOptions { StandalonePage = true }),
            () => Variant(summary, SummaryFormat.Svg, "svg file", new RenderOptions { StandalonePage = true }),
            () => Variant(summary, SummaryFormat.Json, "json one line", new RenderOptions { IndentJson = false }),
            // Small limits send a small model through grouping and the folded remainder; the model name as title.
            () => new("html folded", SummaryFormat.Html,
                HtmlRenderer.Render(summary, new HtmlOptions { MaxVisibleRows = 3, CollapseRepeats = 2, Title = summary.Name })),
            () => new("svg small", SummaryFormat.Svg,
                SvgRenderer.Render(summary, new SvgOptions { MaxWidth = 200, MaxColumns = 3, MaxTagsPerElement = 1 })),
        };
        foreach (var row in summary.Rows.Take(3))
            variants.Add(() => new($"html walk-through of row {row.Index}", SummaryFormat.Html, HtmlRenderer.RenderWalkThrough(row)));
        return variants;
    }

    // Stable for a summary, so a replayed case renders the same variant.
    private static int Pick(ModelSummary summary, int count)
    {
        uint h = (uint)summary.Rows.Count;
        foreach (char c in summary.Name) h = h * 31 + c;
        foreach (var row in summary.Rows.Take(16)) h = h * 31 + (uint)row.Params;
        return (int)(h % (uint)count);
    }

    private static Output Variant(ModelSummary summary, SummaryFormat format, string variant, RenderOptions options) =>
        new(variant, format, SummaryRenderer.Render(summary, format, options));

    /// <summary>
    /// No public getter and no renderer throws; JSON parses and keeps every name; SVG is well-formed XML; HTML
    /// parses; neither holds markup that came from user text.
    /// </summary>
    public static void AssertWellFormed(ModelSummary summary)
    {
        PublicGetters.ReadAll(summary);
        foreach (var output in Render(summary, allVariants: false)) AssertWellFormed(output, summary);
    }

    /// <summary>One output of <paramref name="summary"/>: JSON, SVG and HTML as above; text formats need no parser.</summary>
    public static void AssertWellFormed(Output output, ModelSummary summary)
    {
        try
        {
            switch (output.Format)
            {
                case SummaryFormat.Json: JsonOutputCheck.Assert(output.Text, summary); break;
                case SummaryFormat.Svg: SvgOutputCheck.Assert(output.Text); break;
                case SummaryFormat.Html: HtmlOutputCheck.Assert(output.Text); break;
            }
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{output.Variant}: {e.Message}", e);
        }
    }

    /// <summary>
    /// No output carries a raw control character (other than line feed and tab) or a bidirectional override: in a
    /// terminal they recolour or rewrite what the user sees, in a page they reorder it.
    /// </summary>
    public static void AssertNoRawControlCharacters(ModelSummary summary)
    {
        var raw = new List<string>();
        foreach (var output in Render(summary, allVariants: false))
        {
            int at = output.Text.AsSpan().IndexOfAnyExcept(SafeCharacters);
            if (at >= 0) raw.Add($"{output.Variant} (U+{(int)output.Text[at]:X4}: {HostileText.Abbreviate(Around(output.Text, at))})");
        }
        if (raw.Count > 0) throw new InvalidOperationException("raw control characters in " + string.Join("; ", raw));
    }

    private static readonly System.Buffers.SearchValues<char> SafeCharacters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => c is '\n' or '\t' || !(char.IsControl(c) || HostileText.IsFormatting(c))).ToArray());

    private static string Around(string text, int at) => text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 40)];
}
