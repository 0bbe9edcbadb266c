using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// The element and attribute names the HTML and SVG renderers emit for benign models (every conformance case, graphs
/// with links between rows and a nested model,
/// a model error, a big model that groups and folds, walk-throughs opened). Markup in a fuzzed output outside these
/// sets can only have come from user text.
/// </summary>
internal sealed class MarkupVocabulary
{
    private MarkupVocabulary(IEnumerable<string> elements, IEnumerable<string> attributes)
    {
        Elements = elements.ToHashSet(StringComparer.Ordinal);
        Attributes = attributes.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Elements { get; }
    public IReadOnlySet<string> Attributes { get; }

    private static readonly Lazy<MarkupVocabulary> HtmlVocabulary = new(() =>
    {
        var docs = BenignOutputs(SummaryFormat.Html).Select(HtmlOutputCheck.Parse).ToList();
        var elements = docs.SelectMany(d => d.All);
        return new MarkupVocabulary(elements.Select(e => e.LocalName), elements.SelectMany(e => e.Attributes).Select(a => a.Name));
    });

    private static readonly Lazy<MarkupVocabulary> SvgVocabulary = new(() =>
    {
        var elements = BenignOutputs(SummaryFormat.Svg).SelectMany(svg => SvgOutputCheck.Parse(svg)).SelectMany(doc => doc.Descendants()).ToList();
        return new MarkupVocabulary(elements.Select(e => e.Name.ToString()), elements.SelectMany(e => e.Attributes()).Select(a => a.Name.ToString()));
    });

    public static MarkupVocabulary Html => HtmlVocabulary.Value;
    public static MarkupVocabulary Svg => SvgVocabulary.Value;

    private static IEnumerable<string> BenignOutputs(SummaryFormat format) =>
        BenignSummaries().SelectMany(s => EveryOutput.Render(s, allVariants: true)).Where(o => o.Format == format).Select(o => o.Text);

    private static IEnumerable<ModelSummary> BenignSummaries()
    {
        foreach (var id in ConformanceCase.AllIds())
            yield return KerasSource.Parse(ConformanceCase.Load(id).Source).Summarize().Summary!;
        // Graphs draw edges as paths; the functional cases built in C# are benign too.
        foreach (var build in FunctionalModels.All.Values) yield return build().Summarize();
        yield return new Sequential { new Input(4, 4, 1), new Conv2D(2, 5) }.Summarize(); // a model error
        foreach (var graph in new[] { FunctionalModels.Case0004(), FunctionalModels.Case0007() }) // links, nested rows
            yield return graph.Summarize();
        var big = new Sequential { new Input(16) };
        for (int i = 0; i < 60; i++) big.Add(new Dense(16, activation: "relu", trainable: i % 3 != 0));
        for (int i = 0; i < 60; i++) big.Add(new Dense(17 + i));
        yield return big.Summarize();
        yield return new Sequential { new Input(null, 8), new LSTM(4), new Dense(2, activation: "softmax") }.Summarize();
    }
}
