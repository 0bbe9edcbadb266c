using NotebookSummary.Rendering;
using NotebookSummary.Rendering.Html;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Html;

/// <summary>The collapse rule on its own (structure, no markup), and the share labels.</summary>
public class HtmlCollapseRuleTests
{
    private static string Describe(TableEntry e) => e switch
    {
        GroupEntry g => $"{g.FirstIndex}-{g.LastIndex}:{g.BlockLength}x{g.Repeats}",
        _ => e.FirstIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void A_single_layer_repeated_collapses_with_block_length_one()
    {
        // Dense(8) on an 8-wide input 60 times: every layer (8 + 1)·8 = 72 parameters, (None, 8) → (None, 8).
        var m = new Sequential { new Input(8) };
        for (int i = 0; i < 60; i++) m.Add(new Dense(8));
        var plan = CollapseRule.Plan(m.Summarize().Rows, HtmlOptions.Default);
        Assert.Equal(["0-59:1x60"], plan.All.Select(Describe));
        Assert.Equal(60 * 72, plan.All.Single().Params);
    }

    [Fact]
    public void A_block_of_three_collapses_and_odd_layers_stay_single()
    {
        // Dense(16) from 4 inputs differs; then [Dense(16), Dropout, Activation] × 20; then Dense(2).
        var m = new Sequential { new Input(4), new Dense(16) };
        for (int i = 0; i < 20; i++)
        {
            m.Add(new Dense(16));
            m.Add(new Dropout(0.2));
            m.Add(new Activation("relu"));
        }
        m.Add(new Dense(2));
        var plan = CollapseRule.Plan(m.Summarize().Rows, HtmlOptions.Default); // 62 layers > 50
        Assert.Equal(["0", "1-60:3x20", "61"], plan.All.Select(Describe));
    }

    [Fact]
    public void The_repeat_threshold_decides_whether_a_block_collapses()
    {
        // [Dense(8), Dense(8), Dense(9)] × 20 on a 9-wide input: the two Dense(8) differ (9 inputs, then 8), so no
        // layer repeats back to back, but the block of 3 repeats 20 times.
        var m = new Sequential { new Input(9) };
        for (int i = 0; i < 20; i++)
        {
            m.Add(new Dense(8));
            m.Add(new Dense(8));
            m.Add(new Dense(9));
        }
        var rows = m.Summarize().Rows; // 60 layers
        var plan = CollapseRule.Plan(rows, HtmlOptions.Default);
        Assert.Equal(["0-59:3x20"], plan.All.Select(Describe));
        var noBlocks = CollapseRule.Plan(rows, HtmlOptions.Default with { CollapseRepeats = 21 });
        Assert.DoesNotContain(noBlocks.All, e => e is GroupEntry);
    }

    [Fact]
    public void Layers_with_the_same_counts_but_different_arithmetic_do_not_group()
    {
        // Conv2D with kernel (3, 1) then (1, 3), 'same' padding: the same shapes and (3·1·4 + 1)·4 = 52 parameters
        // each, but different walk-throughs, so they are not "the same layer".
        var m = new Sequential { new Input(8, 8, 4) };
        for (int i = 0; i < 30; i++)
        {
            m.Add(new Conv2D(4, (3, 1), padding: "same"));
            m.Add(new Conv2D(4, (1, 3), padding: "same"));
        }
        var rows = m.Summarize().Rows;
        Assert.All(rows, r => Assert.Equal(52, r.Params));
        var plan = CollapseRule.Plan(rows, HtmlOptions.Default);
        Assert.Equal(["0-59:2x30"], plan.All.Select(Describe));
    }

    [Fact]
    public void Remainder_keeps_exactly_the_limit_of_lines()
    {
        var m = new Sequential { new Input(2) };
        for (int i = 0; i < 30; i++) m.Add(new Dense(3 + i));
        var plan = CollapseRule.Plan(m.Summarize().Rows, HtmlOptions.Default with { MaxVisibleRows = 10 });
        // tail = 10 / 5 = 2; head = 10 − 2 − 1 = 7; the remainder holds the other 21.
        Assert.Equal(7, plan.Head.Count);
        Assert.Equal(21, plan.Folded.Count);
        Assert.Equal(2, plan.Tail.Count);
        Assert.Equal([28, 29], plan.Tail.Select(e => e.FirstIndex));
        // A limit below 3 counts as 3: one line, the remainder, one line.
        var tiny = CollapseRule.Plan(m.Summarize().Rows, HtmlOptions.Default with { MaxVisibleRows = 0 });
        Assert.Equal((1, 28, 1), (tiny.Head.Count, tiny.Folded.Count, tiny.Tail.Count));
    }

    [Theory]
    [InlineData(1, 1000, "0.1%")]          // 0.1% exactly
    [InlineData(1, 3000, "&lt;0.1%")]      // 0.0333…% would print 0.0
    [InlineData(999_999, 1_000_000, "&gt;99.9%")] // 99.9999% would print 100.0 without being all
    [InlineData(7, 7, "100%")]
    [InlineData(1, 3, "33.3%")]
    [InlineData(2, 3, "66.7%")]
    public void Share_labels_never_round_to_a_misleading_value(long part, long total, string expected) =>
        Assert.Equal(expected, ShareBar.Label(part, total));
}
