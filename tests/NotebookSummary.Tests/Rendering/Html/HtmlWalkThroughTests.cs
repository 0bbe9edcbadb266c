using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>The walk-through inside each row's details: formulas, symbolic then with numbers then the result.</summary>
public class HtmlWalkThroughTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> MnistRows(HtmlOptions? options = null) =>
        LayerRows(RenderAndParse(MnistWithFrozenConv().Summarize(), options));

    /// <summary>The equations of a row: target, symbolic, substituted, result (texts as read, subscripts inline; a
    /// step left out is empty).</summary>
    private static List<string[]> Equations(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll(".nbs-walk .nbs-lhs").Select(lhs =>
        {
            var eq = lhs.NextElementSibling!;
            Assert.Contains("nbs-eq", eq.ClassList);
            string Step(string cssClass) => eq.QuerySelector(":scope > ." + cssClass)?.TextContent ?? "";
            return new[] { lhs.TextContent, Step("nbs-sym"), Step("nbs-num"), Step("nbs-res") };
        }).ToList();

    [Fact]
    public void Conv2D_parameter_formula_is_symbolic_then_substituted_then_the_result()
    {
        // Keras Conv2D: (k_h·k_w·c_in + 1)·filters = (3·3·1 + 1)·32 = 320.
        var eqs = Equations(MnistRows()[0]);
        Assert.Equal(["params", "= (kh·kw·cin + 1)·filters", "= (3·3·1 + 1)·32", "= 320"], eqs[0]);
    }

    [Fact]
    public void Symbols_are_typeset_as_variables_with_subscripts()
    {
        // (k_h·k_w·c_in + 1)·filters: single letters are italic variables, words (in, filters) stand upright.
        var sym = MnistRows()[0].QuerySelector(".nbs-walk .nbs-sym")!;
        Assert.Equal(["k", "h", "k", "w", "c"], sym.QuerySelectorAll("var").Select(v => v.TextContent));
        Assert.Equal(["h", "w", "in"], sym.QuerySelectorAll("sub").Select(v => v.TextContent));
        Assert.Equal(["in", "filters"], sym.QuerySelectorAll(".nbs-w").Select(v => v.TextContent));
    }

    [Fact]
    public void Multi_letter_names_are_upright()
    {
        var walk = MnistRows()[0].QuerySelector(".nbs-walk")!;
        var words = new[] { "params", "filters", "out" };
        var italic = walk.QuerySelectorAll("var, i, em").Select(e => e.TextContent).ToList();
        Assert.All(words, w => Assert.DoesNotContain(w, italic));
        // and they are there, upright: params and out_h as targets, filters in the rule
        var upright = walk.QuerySelectorAll(".nbs-w").Select(e => e.TextContent).ToList();
        Assert.All(words, w => Assert.Contains(w, upright));
    }

    [Fact]
    public void Each_value_is_paired_with_its_symbol()
    {
        // (k_h·k_w·c_in + 1)·filters = (3·3·1 + 1)·32: each number of a symbol says which symbol it is.
        var num = MnistRows()[0].QuerySelector(".nbs-walk .nbs-num")!;
        Assert.Equal(["k_h=3", "k_w=3", "c_in=1", "filters=32"],
            num.QuerySelectorAll(".nbs-val").Select(v => v.GetAttribute("title") + "=" + v.TextContent));
        // the constant 1 is a number, not a symbol's value
        Assert.Equal("= (3·3·1 + 1)·32", num.TextContent);
    }

    [Fact]
    public void Pairs_of_symbols_stand_together_in_the_legend()
    {
        var pairs = MnistRows()[0].QuerySelectorAll(".nbs-walk .nbs-legend .nbs-pair")
            .Select(p => string.Join(" ", p.QuerySelectorAll("dt .nbs-val").Select(v => v.GetAttribute("title")))).ToList();
        Assert.Equal(["k_h k_w", "h w", "s_h s_w"], pairs);
    }

    [Fact]
    public void Output_shape_arithmetic_uses_floor_brackets_and_real_minus()
    {
        // 'valid' padding: out = ⌊(n − k)/s⌋ + 1 = ⌊(28 − 3)/1⌋ + 1 = 26 for both axes.
        var eqs = Equations(MnistRows()[0]);
        Assert.Equal(["outh", "= ⌊(h − kh)/sh⌋ + 1", "= ⌊(28 − 3)/1⌋ + 1", "= 26"], eqs[1]);
        Assert.Equal(["outw", "= ⌊(w − kw)/sw⌋ + 1", "= ⌊(28 − 3)/1⌋ + 1", "= 26"], eqs[2]);
        var io = MnistRows()[0].QuerySelector(".nbs-walk .nbs-io")!.TextContent;
        Assert.Equal("(None, 28, 28, 1) → (None, 26, 26, 32)", io);
    }

    [Fact]
    public void Dense_formula_uses_thousands_separators()
    {
        // VGG16's first Dense: (n_in + 1)·units = (25,088 + 1)·4,096 = 102,764,544.
        var rows = LayerRows(RenderAndParse(SeedModels.Vgg16ChannelsFirst().Summarize()));
        var eq = Equations(rows[19])[0];
        Assert.Equal(["params", "= (nin + 1)·units", "= (25,088 + 1)·4,096", "= 102,764,544"], eq);
    }

    [Fact]
    public void Legend_explains_each_symbol_once_with_its_value()
    {
        var legend = MnistRows()[0].QuerySelectorAll(".nbs-walk .nbs-legend dt")
            .Select(dt => dt.TextContent + " | " + dt.NextElementSibling!.TextContent).ToList();
        // Conv2D on a 28×28×1 input with 32 3×3 filters, stride 1.
        Assert.Contains("kh = 3 | kernel height", legend);
        Assert.Contains("cin = 1 | input channels", legend);
        Assert.Contains("filters = 32 | filters (output channels)", legend);
        Assert.Contains("h = 28 | input height", legend);
        Assert.Contains("sw = 1 | stride along the width", legend);
        var names = legend.Select(l => l[..l.IndexOf(" = ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(8, names.Count); // k_h, k_w, c_in, filters, h, s_h, w, s_w
    }

    [Fact]
    public void Layer_without_weights_says_why()
    {
        var pool = MnistRows()[2];
        Assert.Equal("max_pooling2d", Cell(pool, "nbs-name"));
        var text = pool.QuerySelector(".nbs-walk")!.TextContent;
        Assert.Contains("0 — pooling takes the maximum of each window: it has no weights.", text);
        Assert.Contains("strides default to the pool size", pool.QuerySelector(".nbs-notes")!.TextContent);
        // ⌊(24 − 2)/2⌋ + 1 = 12
        Assert.Equal(["outh", "= ⌊(h − poolh)/sh⌋ + 1", "= ⌊(24 − 2)/2⌋ + 1", "= 12"], Equations(pool)[0]);
    }

    [Fact]
    public void Flatten_shows_its_product()
    {
        // 12·12·64 = 9,216; the layer has no weights, so the units formula is its only equation.
        var eqs = Equations(MnistRows()[3]);
        Assert.Equal(["units", "= d1·d2·d3", "= 12·12·64", "= 9,216"], Assert.Single(eqs));
    }

    [Fact]
    public void Frozen_layer_walk_through_says_so()
    {
        var text = MnistRows()[1].QuerySelector(".nbs-walk")!.TextContent;
        Assert.Contains("Frozen (trainable=False): all 18,496 parameters are non-trainable.", text);
    }

    [Fact]
    public void Walk_throughs_are_closed_by_default_and_open_with_ExpandFormulas()
    {
        Assert.All(MnistRows(), r => Assert.False(r.HasAttribute("open")));
        Assert.All(MnistRows(new HtmlOptions { ExpandFormulas = true }), r => Assert.True(r.HasAttribute("open")));
    }

    [Fact]
    public void Every_row_is_a_details_whose_summary_is_the_row()
    {
        foreach (var row in MnistRows())
        {
            Assert.Equal("DETAILS", row.TagName);
            Assert.Equal("SUMMARY", row.FirstElementChild!.TagName);
            Assert.NotNull(row.QuerySelector(":scope > .nbs-walk"));
        }
    }
}
