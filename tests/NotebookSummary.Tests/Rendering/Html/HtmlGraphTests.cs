using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Functional;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>
/// The HTML summary of functional models, parsed: each graph row lists Keras's "Connected to" entries as links to
/// rows of the same output, a nested model's row holds the inner model's rows as Keras reports them, a ResNet's
/// repeated bottleneck blocks fold with their multiplicity, and bars are exactly as wide as their shares.
/// </summary>
public class HtmlGraphTests
{
    private static readonly HtmlOptions Fixed = new() { IdPrefix = "t" };

    public static TheoryData<string> Cases() => ConformanceCases.FunctionalBuiltInCSharp();

    private static JsonElement[] ExpectedLayers(JsonElement expected) => expected.GetProperty("layers").EnumerateArray().ToArray();

    /// <summary>A row's link texts and the ids they point at.</summary>
    private static (string Text, string Target)[] Links(IElement row) =>
        row.QuerySelectorAll(":scope > summary > .nbs-conn a, :scope > .nbs-conn a")
            .Select(a => (a.TextContent, a.GetAttribute("href")!)).ToArray();

    /// <summary>The layer name of a "Connected to" entry, <c>dense[1][0]</c> → <c>dense</c>.</summary>
    private static string LayerOf(string entry) => entry[..entry.LastIndexOf('[', entry.LastIndexOf('[') - 1)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_graph_row_links_each_of_its_inputs_to_the_row_it_comes_from(string id)
    {
        var c = ConformanceCase.Functional(id);
        var doc = RenderAndParse(FunctionalModels.All[id]().Summarize(), Fixed);
        var layers = ExpectedLayers(c.Expected);
        var indexByName = layers.Select((l, i) => (l.GetProperty("name").GetString()!, i)).ToDictionary(p => p.Item1, p => p.i);
        var folded = FoldedLines(doc);
        int linked = 0;
        for (int i = 0; i < layers.Length; i++)
        {
            var inbound = layers[i].GetProperty("inbound").EnumerateArray().Select(e => e.GetString()!).ToArray();
            // Every layer has an element with its id (its row, or its name in a group's list: the group shows the
            // first repeat's rows), or a line in a big model's folded remainder, which lists the entries as text.
            var element = doc.GetElementById($"t-{i}");
            if (folded.TryGetValue(i, out var line))
            {
                Assert.Equal(layers[i].GetProperty("name").GetString(), FoldedName(line));
                if (inbound.Length > 0) Assert.EndsWith("← " + string.Join(", ", inbound), line);
                continue;
            }
            Assert.NotNull(element);
            if (element.LocalName == "span") continue;
            var links = Links(element);
            Assert.Equal(inbound, links.Select(l => l.Text));
            foreach (var (text, target) in links)
            {
                Assert.Equal($"#t-{indexByName[LayerOf(text)]}", target);
                Assert.NotNull(doc.GetElementById(target[1..]));
                linked++;
            }
        }
        int expectedLinks = layers.Sum(l => l.GetProperty("inbound").GetArrayLength());
        Assert.True(linked > 0 || expectedLinks == 0);
    }

    [Fact]
    public void Hovering_a_link_highlights_its_source_row_by_a_rule_of_the_style_block()
    {
        var doc = RenderAndParse(FunctionalModels.Case0054().Summarize(), Fixed);
        var css = doc.QuerySelector("style")!.TextContent;
        var links = doc.QuerySelectorAll(".nbs-conn a").ToList();
        Assert.NotEmpty(links);
        foreach (var a in links)
        {
            string href = a.GetAttribute("href")!;
            Assert.Equal("details", doc.GetElementById(href[1..])!.LocalName);
            Assert.Contains($".nbs-root:has(a[href=\"{href}\"]:hover) {href}>summary", css);
        }
    }

    [Fact]
    public void Two_summaries_on_one_page_never_share_an_id_and_link_only_within_themselves()
    {
        var first = FunctionalModels.Case0004().Summarize();
        var second = FunctionalModels.Case0054().Summarize();
        var doc = Parse(HtmlRenderer.Render(first) + HtmlRenderer.Render(second));
        var ids = doc.All.Select(e => e.Id).Where(i => !string.IsNullOrEmpty(i)).ToList();
        Assert.Equal(first.Rows.Count + second.Rows.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var links = doc.QuerySelectorAll(".nbs-conn a").ToList();
        Assert.Equal(first.Rows.Sum(r => r.ConnectedTo.Count) + second.Rows.Sum(r => r.ConnectedTo.Count), links.Count);
        foreach (var a in links)
        {
            var target = doc.GetElementById(a.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Same(a.Closest(".nbs-root"), target.Closest(".nbs-root"));
        }
    }

    [Fact]
    public void The_same_summary_renders_the_same_html()
    {
        // Ids come from what the summary shows, so a notebook run again saves the same output.
        Assert.Equal(HtmlRenderer.Render(FunctionalModels.Case0004().Summarize()), HtmlRenderer.Render(FunctionalModels.Case0004().Summarize()));
    }

    [Theory]
    [InlineData("0007")] // an autoencoder of two nested functional models
    [InlineData("0009")] // an ensemble of three models on one input
    [InlineData("0012")] // one nested model called on two inputs (a shared layer)
    [InlineData("0079")] // a GAN: two Sequential models in a Sequential
    public void A_nested_models_row_opens_to_the_inner_rows_keras_reports(string id)
    {
        var c = ConformanceCase.Functional(id);
        var doc = RenderAndParse(FunctionalModels.All[id]().Summarize(), Fixed);
        var layers = ExpectedLayers(c.Expected);
        int nested = 0;
        for (int i = 0; i < layers.Length; i++)
        {
            if (!layers[i].TryGetProperty("nested", out var inner)) continue;
            nested++;
            var row = doc.GetElementById($"t-{i}")!;
            Assert.Contains("nbs-nest", row.ClassList);
            var innerRows = row.QuerySelectorAll(":scope > .nbs-inner > details.nbs-layer").ToList();
            var expected = inner.GetProperty("layers").EnumerateArray().ToArray();
            Assert.Equal(expected.Length, innerRows.Count);
            for (int j = 0; j < expected.Length; j++)
            {
                Assert.Equal($"t-{i}-{j}", innerRows[j].Id);
                var name = NameText(innerRows[j].QuerySelector("summary .nbs-name")!);
                Assert.Equal(expected[j].GetProperty("name").GetString(), name);
                Assert.Equal(expected[j].GetProperty("class_name").GetString(),
                    innerRows[j].QuerySelector("summary .nbs-type")!.ChildNodes[0].TextContent);
                Assert.Equal(expected[j].GetProperty("params").GetInt64(), Count(Cell(innerRows[j], "nbs-params")));
                // The inner model's own "Connected to" entries (Keras's inbound) link to its own rows; a nested
                // Sequential's first layer names its input layer, which has no row, so that entry is no link.
                var innerNames = expected.Select(e => e.GetProperty("name").GetString()!).ToHashSet();
                var entries = expected[j].GetProperty("inbound").EnumerateArray().Select(e => e.GetString()!)
                    .Where(e => innerNames.Contains(e[..e.IndexOf('[')])).ToArray();
                Assert.Equal(entries, Links(innerRows[j]).Select(l => l.Text));
                foreach (var (_, target) in Links(innerRows[j]))
                    Assert.StartsWith($"#t-{i}-", target);
            }
        }
        Assert.True(nested > 0);
    }

    private static long Count(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>
    /// A ResNet of bottleneck blocks (1×1, 3×3, 1×1 convolutions, each with BatchNormalization, an Add of the
    /// shortcut, then relu): three stages of one projection block and 2, 3 and 15 identity blocks. Rows by Keras's
    /// order: 4 stem rows; each projection block is 12 rows, each identity block 10; then the pooling and the head.
    /// </summary>
    private const string BottleneckResNet = """
        import keras
        from keras import layers

        def bottleneck(x, filters, stride=1, project=False):
            shortcut = x
            x = layers.Conv2D(filters, 1, strides=stride, use_bias=False)(x)
            x = layers.BatchNormalization()(x)
            x = layers.Activation("relu")(x)
            x = layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
            x = layers.BatchNormalization()(x)
            x = layers.Activation("relu")(x)
            x = layers.Conv2D(filters * 4, 1, use_bias=False)(x)
            x = layers.BatchNormalization()(x)
            if project:
                shortcut = layers.Conv2D(filters * 4, 1, strides=stride, use_bias=False)(shortcut)
                shortcut = layers.BatchNormalization()(shortcut)
            x = layers.Add()([x, shortcut])
            return layers.Activation("relu")(x)

        inputs = keras.Input(shape=(64, 64, 3))
        x = layers.Conv2D(64, 7, strides=2, padding="same", use_bias=False)(inputs)
        x = layers.BatchNormalization()(x)
        x = layers.Activation("relu")(x)
        for filters, blocks, stride in [(64, 3, 1), (128, 4, 2), (256, 16, 2)]:
            x = bottleneck(x, filters, stride, project=True)
            for _ in range(blocks - 1):
                x = bottleneck(x, filters)
        x = layers.GlobalAveragePooling2D()(x)
        outputs = layers.Dense(10, activation="softmax")(x)
        model = keras.Model(inputs, outputs, name="bottleneck_resnet")
        """;

    private static ModelSummary ResNet() => KerasSource.Parse(BottleneckResNet).Summarize().Summary!;

    [Fact]
    public void A_resnets_identity_blocks_fold_per_stage_although_every_name_differs()
    {
        var summary = ResNet();
        Assert.Equal(4 + 3 * 12 + (2 + 3 + 15) * 10 + 2, summary.Rows.Count);
        var doc = RenderAndParse(summary, Fixed);
        var groups = doc.QuerySelectorAll("details.nbs-group").ToList();
        // Stage 1's two identity blocks are fewer than the three repeats that fold; stage 2's three and stage 3's
        // fifteen fold, each as one block of 10 rows; the projection blocks, wired differently, do not.
        Assert.Equal(2, groups.Count);
        int stage2 = 4 + 12 + 2 * 10 + 12, stage3 = stage2 + 3 * 10 + 12;
        var expected = new[] { (Repeats: 3, First: stage2), (Repeats: 15, First: stage3) };
        for (int k = 0; k < 2; k++)
        {
            var (repeats, first) = expected[k];
            var summaryRow = groups[k].QuerySelector(":scope > summary")!;
            Assert.Equal($"× {repeats}", summaryRow.QuerySelector(".nbs-x")!.TextContent);
            Assert.Equal($"{first}–{first + repeats * 10 - 1}", summaryRow.QuerySelector(".nbs-i")!.TextContent);
            Assert.Contains($"The same block of 10 layers, {repeats} times in a row", groups[k].TextContent);
            var shown = groups[k].QuerySelectorAll(".nbs-gbody > details.nbs-layer").Select(r => r.Id).ToArray();
            Assert.Equal(Enumerable.Range(first, 10).Select(i => $"t-{i}"), shown);
            // The group's bar is its rows' share, no more.
            long groupParams = summary.Rows.Skip(first).Take(repeats * 10).Sum(r => r.Params);
            Assert.Equal(groupParams, Count(summaryRow.QuerySelector(".nbs-params")!.TextContent));
            Assert.InRange(DrawnWidth(summaryRow) - 100.0 * groupParams / summary.Totals.Params, -0.0002, 0.0002);
        }
        // Every row is shown: as a row, a name in a group's list, or a line of the folded remainder; every link has a target.
        var folded = FoldedLines(doc);
        for (int i = 0; i < summary.Rows.Count; i++) Assert.True(doc.GetElementById($"t-{i}") is not null || folded.ContainsKey(i));
        foreach (var a in doc.QuerySelectorAll(".nbs-conn a"))
            Assert.NotNull(doc.GetElementById(a.GetAttribute("href")![1..]));
    }

    [Fact]
    public void Blocks_wired_differently_do_not_fold()
    {
        // Dense → Dropout → Add twenty times, the Add's second input alternately the block's input (the previous Add)
        // and the block's own Dense: equal layers and shapes, two wirings.
        var inputs = new Input(8);
        var x = new Dense(8).Call(inputs);
        for (int i = 0; i < 20; i++)
        {
            var dense = new Dense(8).Call(x);
            var dropped = new Dropout(0.1).Call(dense);
            x = new Add().Call(dropped, i % 2 == 0 ? x : dense);
        }
        var html = HtmlRenderer.Render(new Model(inputs, x).Summarize(), Fixed with { MaxVisibleRows = 10 });
        var groups = Parse(html).QuerySelectorAll("details.nbs-group").Select(g => g.QuerySelector(".nbs-gnote")!.TextContent).ToList();
        // A repeat is two triples, one of each wiring, never one triple.
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.StartsWith("The same block of 6 layers", g));
    }

    /// <summary>The drawn width of the bar in a row, in percent of the bar: the sum of its segments.</summary>
    private static double DrawnWidth(IElement row) =>
        row.QuerySelectorAll(":scope > .nbs-share .nbs-bar i").Sum(WidthPercent);

    public static TheoryData<string> BarModels() => ["resnet", "vgg16", "frozen-batchnorm", "0054"];

    private static ModelSummary BarModel(string name) => name switch
    {
        "resnet" => ResNet(),
        "vgg16" => SeedModels.Vgg16().Summarize(),
        "frozen-batchnorm" => CaseModels.FrozenAndBatchNorm().Summarize(),
        _ => FunctionalModels.All[name]().Summarize(),
    };

    [Theory]
    [MemberData(nameof(BarModels))]
    public void Every_bar_is_exactly_as_wide_as_its_share_so_bars_are_ordered_like_shares(string model)
    {
        var summary = BarModel(model);
        long total = summary.Totals.Params;
        var bars = RenderAndParse(summary, Fixed).QuerySelectorAll(".nbs-tr")
            .Where(r => r.QuerySelector(":scope > .nbs-share .nbs-bar") is not null)
            .Select(r => (Share: 100.0 * Count(r.QuerySelector(":scope > .nbs-params")!.TextContent) / total, Drawn: DrawnWidth(r)))
            .ToList();
        Assert.True(bars.Count >= 4);
        foreach (var (share, drawn) in bars) Assert.InRange(drawn - share, -0.0002, 0.0002); // 4 decimals per segment, at most two
        var byShare = bars.OrderBy(b => b.Share).ToList();
        for (int i = 1; i < byShare.Count; i++) Assert.True(byShare[i].Drawn >= byShare[i - 1].Drawn);
    }

    [Fact]
    public void Segments_have_no_minimum_width_and_a_share_below_a_pixel_shows_as_a_thin_tick()
    {
        var css = Parse(HtmlRenderer.Render(CaseModels.FrozenAndBatchNorm().Summarize())).QuerySelector("style")!.TextContent;
        var segmentRule = css[css.IndexOf(".nbs-root .nbs-bar i{", StringComparison.Ordinal)..];
        Assert.DoesNotContain("min-width", segmentRule[..segmentRule.IndexOf('}')]);
        Assert.Contains(".nbs-root .nbs-bar::before{content:\"\";position:absolute;left:0;", css);
    }

    [Fact]
    public void A_bars_tooltip_gives_the_trainable_and_non_trainable_split()
    {
        // Conformance case 0066: BatchNormalization's moving statistics never train.
        var layers = ConformanceCase.Load("0066").Rows;
        var rows = LayerRows(RenderAndParse(CaseModels.FrozenAndBatchNorm().Summarize()));
        int split = 0;
        for (int i = 0; i < layers.Count; i++)
        {
            long trainable = layers[i].TrainableParams;
            long nonTrainable = layers[i].NonTrainableParams;
            if (nonTrainable == 0) continue;
            var title = rows[i].QuerySelector("summary .nbs-bar")!.GetAttribute("title")!;
            Assert.Contains($"{trainable:N0} trainable, {nonTrainable:N0} non-trainable", title);
            split++;
        }
        Assert.True(split >= 2);
    }

    [Fact]
    public void Names_in_links_and_their_tooltips_stay_text()
    {
        const string Hostile = "<img src=x onerror=alert(1)>";
        var inputs = new Input(4) { Name = "in\"put" };
        var a = new Dense(3, name: Hostile).Call(inputs);
        var b = new Dense(3, name: "b&amp;").Call(inputs);
        var merged = new Add(name: "</style><script>x</script>").Call(a, b);
        var html = HtmlRenderer.Render(new Model(inputs, merged, name: "m").Summarize(), Fixed);
        Fuzz.HtmlOutputCheck.Assert(html);
        var doc = Parse(html);
        Assert.Empty(doc.QuerySelectorAll("img, script"));
        var links = doc.QuerySelectorAll(".nbs-conn a").ToList();
        Assert.Contains(links, l => l.TextContent == Hostile + "[0][0]" && l.GetAttribute("title")!.StartsWith(Hostile, StringComparison.Ordinal));
        Assert.Contains(links, l => l.TextContent == "b&amp;[0][0]");
        Assert.All(links, l => Assert.Matches("^#t-[0-9]+$", l.GetAttribute("href")!));
    }

    [Fact]
    public void An_id_prefix_must_be_a_plain_token()
    {
        Assert.Throws<ArgumentException>(() => new HtmlOptions { IdPrefix = "a\"b" });
        Assert.Throws<ArgumentException>(() => new HtmlOptions { IdPrefix = "1a" });
        Assert.Equal("t-0", RenderAndParse(FunctionalModels.Case0004().Summarize(), Fixed).QuerySelector("details.nbs-layer")!.Id);
    }
}
