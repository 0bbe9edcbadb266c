using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// A formula's text, written from its expression tree: each step once (no step that repeats the one before), numbers
/// as Keras prints them, brackets where the arithmetic needs them.
/// </summary>
public class FormulaTextTests
{
    [Fact]
    public void A_rule_with_symbols_shows_names_then_numbers_then_the_result()
    {
        // Keras Conv2D: (3·3·1 + 1)·32 = 320 parameters.
        var k = Expr.Sym("k_h", 3, "kernel height") * Expr.Sym("k_w", 3, "kernel width") * Expr.Sym("c_in", 1, "input channels");
        var f = new Formula("params", (k + 1) * Expr.Sym("filters", 32, "filters"));
        Assert.Equal("params = (k_h·k_w·c_in + 1)·filters = (3·3·1 + 1)·32 = 320", f.ToString());
    }

    [Fact]
    public void A_bare_symbol_shows_its_value_once()
    {
        Assert.Equal("c_out = filters = 32", new Formula("c_out", Expr.Sym("filters", 32, "filters")).ToString());
        Assert.Equal("h = None", new Formula("h", Expr.Number(null)).ToString());
    }

    [Fact]
    public void Arithmetic_without_symbols_is_not_repeated_with_numbers()
    {
        // Bidirectional's concatenation: 2·64 = 128 features.
        Assert.Equal("features = 2·64 = 128", new Formula("features", Expr.Const(2) * 64).ToString());
        Assert.Equal("n = 5", new Formula("n", Expr.Const(5)).ToString());
    }

    [Fact]
    public void Floor_and_ceiling_brackets_and_max_read_as_written()
    {
        var h = Expr.Sym("h", 28, "input height");
        var s = Expr.Sym("s_h", 2, "stride");
        Assert.Equal("out_h = ⌊(h − 3)/s_h⌋ + 1 = ⌊(28 − 3)/2⌋ + 1 = 13",
            new Formula("out_h", Expr.FloorDiv(h - 3, s) + 1).ToString());
        Assert.Equal("out_h = ⌈h/s_h⌉ = ⌈28/2⌉ = 14", new Formula("out_h", Expr.CeilDiv(h, s)).ToString());
        Assert.Equal("n = max(h, 25,088) = max(28, 25,088) = 25,088",
            new Formula("n", Expr.Max(h, 25_088)).ToString());
    }

    [Fact]
    public void A_note_led_by_a_formula_reads_formula_then_text()
    {
        // BatchNormalization(32): the moving mean and variance, 2·32 = 64 non-trainable values.
        var c = Expr.Sym("C", 32, "channels");
        var note = new WalkThroughNote(new Formula("non-trainable", Expr.Const(2) * c), "the moving statistics");
        Assert.Equal("non-trainable = 2·C = 2·32 = 64: the moving statistics", note.ToString());
    }

    [Fact]
    public void The_text_walk_through_lines_up_its_targets_and_notes_its_formulas()
    {
        // SeparableConv2D(16, 3) on 8×8×4 (depth multiplier 1): depthwise 3·3·4·1 = 36, pointwise 4·1·16 = 64.
        var model = new Sequential { new Input(8, 8, 4), new SeparableConv2D(16, 3) };
        var text = WalkThroughText.Render(model.Summarize().Rows[0].WalkThrough);
        Assert.Contains("  params = k_h·k_w·c_in·dm + c_in·dm·filters + filters = 3·3·4·1 + 4·1·16 + 16 = 116\n", text);
        Assert.Contains("  out_h  = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(8 − 3)/1⌋ + 1 = 6\n", text);
        Assert.Contains("  note: depthwise kernels = k_h·k_w·c_in·dm = 3·3·4·1 = 36\n", text);
        Assert.Contains("  note: pointwise 1×1 kernels = c_in·dm·filters = 4·1·16 = 64\n", text);
    }
}
