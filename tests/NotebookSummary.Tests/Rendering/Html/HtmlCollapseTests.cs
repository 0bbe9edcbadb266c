using System.Text;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>The collapse rule for big models, and the size of the output and the work of rendering it.</summary>
public class HtmlCollapseTests
{
    /// <summary>Input(784), then <paramref name="repeats"/> × [Dense(64, relu), Dropout], then Dense(10).</summary>
    private static Sequential DeepMlp(int repeats)
    {
        var m = new Sequential("deep_mlp") { new Input(784) };
        for (int i = 0; i < repeats; i++)
        {
            m.Add(new Dense(64, activation: "relu"));
            m.Add(new Dropout(0.1));
        }
        m.Add(new Dense(10, activation: "softmax"));
        return m;
    }

    /// <summary><paramref name="count"/> Dense layers that all differ (units 17, 18, …), so nothing groups.</summary>
    private static Sequential DistinctDenses(int count)
    {
        var m = new Sequential("distinct") { new Input(16) };
        for (int i = 0; i < count; i++) m.Add(new Dense(17 + i, activation: i % 2 == 0 ? "relu" : null));
        return m;
    }

    /// <summary>The layers shown as full rows or as lines of the folded remainder.</summary>
    private static int RowsShown(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll("details.nbs-layer").Length + FoldedLines(doc).Count;

    [Fact]
    public void Small_models_show_every_layer_even_when_layers_repeat()
    {
        var doc = RenderAndParse(DeepMlp(20).Summarize()); // 41 layers ≤ 50
        Assert.Equal(41, LayerRows(doc).Count);
        Assert.Empty(doc.QuerySelectorAll(".nbs-group, .nbs-more"));
    }

    [Fact]
    public void Repeated_blocks_of_a_big_model_collapse_into_one_group()
    {
        var summary = DeepMlp(100).Summarize(); // 201 layers
        var doc = RenderAndParse(summary);

        // dense (784 → 64, different input) and dropout stay single; then [dense_1, dropout_1] … repeats 99 times.
        var visible = doc.QuerySelector(".nbs-table")!.Children
            .Where(c => c.ClassList.Contains("nbs-layer") || c.ClassList.Contains("nbs-group")).ToList();
        Assert.Equal(["dense", "dropout", "× 99 dense_1 … dropout_99", "dense_100"],
            visible.Select(v => v.QuerySelector("summary .nbs-name")!.TextContent));

        var group = visible[2];
        Assert.Equal("2–199", group.QuerySelector("summary .nbs-i")!.TextContent);
        Assert.Equal("Dense relu → Dropout", group.QuerySelector("summary .nbs-type")!.TextContent.Replace("relu", " relu"));
        // Each repeat: (64 + 1)·64 = 4,160 parameters; 99 repeats: 411,840.
        Assert.Equal("411,840", group.QuerySelector("summary .nbs-params")!.TextContent);
        Assert.Contains("(4,160 parameters each time)", group.QuerySelector(".nbs-gnote")!.TextContent);
        // Opened: the first repeat as full rows with walk-throughs, and the names of all 198 layers.
        Assert.Equal(["dense_1", "dropout_1"], group.QuerySelectorAll("details.nbs-layer").Select(r => Cell(r, "nbs-name")));
        var names = group.QuerySelector(".nbs-gnames")!.TextContent;
        Assert.StartsWith("All 198 layers: dense_1, dropout_1, dense_2,", names);
        Assert.EndsWith("dense_99, dropout_99", names);
        // Share of all: (784 + 1)·64 = 50,240 + 411,840 + (64 + 1)·10 = 650 → total 462,730; 411,840 / 462,730 = 89.0%.
        Assert.Equal("89.0%", group.QuerySelector("summary .nbs-pct")!.TextContent);
    }

    [Fact]
    public void Grouping_can_be_turned_off()
    {
        var doc = RenderAndParse(DeepMlp(100).Summarize(), new HtmlOptions { CollapseRepeats = 0, MaxVisibleRows = 1000 });
        Assert.Equal(201, LayerRows(doc).Count);
        Assert.Empty(doc.QuerySelectorAll(".nbs-group"));
    }

    [Fact]
    public void Rows_beyond_the_limit_fold_into_an_expandable_remainder()
    {
        var doc = RenderAndParse(DistinctDenses(1000).Summarize());
        var table = doc.QuerySelector(".nbs-table")!;
        var lines = table.Children.Where(c => c.TagName == "DETAILS").ToList();
        // 50 lines: 44 layers, the remainder, the last 5 layers.
        Assert.Equal(50, lines.Count);
        var more = Assert.Single(lines, l => l.ClassList.Contains("nbs-more"));
        Assert.Equal(44, lines.IndexOf(more));
        Assert.Equal("44–994", more.QuerySelector("summary .nbs-i")!.TextContent);
        Assert.Equal("951 more layers", more.QuerySelector("summary .nbs-mlabel")!.TextContent);
        var folded = FoldedLines(doc);
        Assert.Equal(Enumerable.Range(44, 951), folded.Keys);
        Assert.Empty(more.QuerySelectorAll(".nbs-walk")); // lines of text, no walk-throughs
        // A line: index, name, type and activation, output shape, parameters: dense_44 is Dense(17 + 44) on 60 inputs.
        Assert.Equal(["44", "dense_44", "Dense", "relu", "(None,", "61)", "3,721"],
            folded[44].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["dense_995", "dense_996", "dense_997", "dense_998", "dense_999"],
            lines.Skip(45).Select(l => Cell(l, "nbs-name")));
        // Every layer appears exactly once.
        Assert.Equal(1000, RowsShown(doc));
        var names = doc.QuerySelectorAll("details.nbs-layer > summary .nbs-name").Select(n => (Index: int.Parse(n.PreviousElementSibling!.TextContent, System.Globalization.CultureInfo.InvariantCulture), Name: n.TextContent))
            .Concat(folded.Select(l => (Index: l.Key, Name: FoldedName(l.Value)))).OrderBy(n => n.Index).Select(n => n.Name).ToList();
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i == 0 ? "dense" : $"dense_{i}"), names);
    }

    [Fact]
    public void Remainder_parameters_are_the_sum_of_its_layers()
    {
        var summary = DistinctDenses(100).Summarize();
        var doc = RenderAndParse(summary, new HtmlOptions { MaxVisibleRows = 10 });
        // 10 lines: 7 layers, the remainder (layers 7–97), 2 layers (tail = 10 / 5).
        // Dense i has (n_in + 1)·units with n_in = 16 + i (the previous units), units = 17 + i: (17 + i)².
        long expected = Enumerable.Range(7, 91).Sum(i => (long)(17 + i) * (17 + i));
        var more = doc.QuerySelector(".nbs-more")!;
        Assert.Equal("7–97", more.QuerySelector("summary .nbs-i")!.TextContent);
        Assert.Equal(expected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            more.QuerySelector("summary .nbs-params")!.TextContent);
    }

    [Fact]
    public void Output_stays_under_1_KB_per_layer_and_grows_linearly()
    {
        int Bytes(Sequential m) => Encoding.UTF8.GetByteCount(HtmlRenderer.Render(m.Summarize()));
        int distinct1000 = Bytes(DistinctDenses(1000));
        int distinct2000 = Bytes(DistinctDenses(2000));
        int grouped1000 = Bytes(DeepMlp(500)); // 1,001 layers

        Assert.True(distinct1000 < 1000 * 1024, $"{distinct1000} bytes for 1,000 layers");
        Assert.True(grouped1000 < 1001 * 1024, $"{grouped1000} bytes for 1,001 layers");
        // Linear: a folded layer is one line of text, under 100 bytes; 10,000 irregular layers stay under a megabyte.
        Assert.InRange(distinct2000 - distinct1000, 1000 * 30, 1000 * 100);
        int distinct10000 = Bytes(DistinctDenses(10_000));
        Assert.True(distinct10000 < 1024 * 1024, $"{distinct10000} bytes for 10,000 layers");
    }

    [Fact]
    public void Ten_thousand_layers_render_with_work_that_grows_at_most_linearly()
    {
        // The work is counted in allocated bytes, not time (WorkMeter); the time is the benchmark's "render HTML".
        // Folding keeps it sub-linear today: 20,001 layers cost about 1.6× what 10,001 do.
        var summary = DeepMlp(5000).Summarize(); // 10,001 layers
        var twice = DeepMlp(10_000).Summarize(); // 20,001 layers
        HtmlRenderer.Render(DeepMlp(100).Summarize()); // warm-up
        string html = "";
        long work = WorkMeter.AllocatedBytes(() => html = HtmlRenderer.Render(summary));
        long workTwice = WorkMeter.AllocatedBytes(() => HtmlRenderer.Render(twice));
        WorkMeter.AssertLinear(work, workTwice, "HTML of 10,001 → 20,001 layers");
        Assert.Equal(10_001, Parse(html).QuerySelector(".nbs-gnames")!.TextContent.Split(", ").Length + 3);
    }
}
