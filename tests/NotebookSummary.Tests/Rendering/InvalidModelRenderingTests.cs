using NotebookSummary.Analysis;
using NotebookSummary.Rendering.Ascii;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.Markdown;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Rendering;

/// <summary>An invalid model: every renderer shows the rows that built, then the failing layer and why.</summary>
public class InvalidModelRenderingTests
{
    // Conv2D after Flatten gets a 2D input: layer 2 (conv2d_1) fails; conv2d and flatten built.
    private static ModelSummary Broken()
    {
        var s = new Sequential
        {
            new Input(28, 28, 1),
            new Conv2D(32, 3),
            new Flatten(),
            new Conv2D(8, 3),
            new Dense(10),
        }.Summarize();
        Assert.False(s.IsValid);
        Assert.Equal(2, s.Error!.LayerIndex);
        Assert.NotNull(s.Error.Hint);
        return s;
    }

    /// <summary>
    /// Asserts the error lines state the facts of the failure: the layer (index, name, class), what Conv2D needs (a
    /// 4D input) against what it got ((None, 21632), 2D), and a hint naming the fix Keras offers for it, Reshape.
    /// </summary>
    private static void AssertConvOnFlatError(string errorLine, string hintLine)
    {
        Assert.StartsWith("Error in layer 2 'conv2d_1' (Conv2D)", errorLine.Replace("\\_", "_").Replace("**", ""));
        Assert.Contains("4D", errorLine);
        Assert.Contains("(None, 21632)", errorLine);
        Assert.Contains("2D", errorLine[errorLine.IndexOf("(None, 21632)", StringComparison.Ordinal)..]);
        Assert.Contains("Hint:", hintLine);
        Assert.Contains("Reshape", hintLine);
    }

    /// <summary>Splits rendered text at the error line: what comes before it, the error line and the (next non-blank) hint line.</summary>
    private static (string Before, string Error, string Hint) AtError(string text, string marker = "Error in layer")
    {
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, text);
        int lineStart = text.LastIndexOf('\n', at) + 1;
        var lines = text[lineStart..].Split('\n').Where(l => l.Trim().Length > 0).ToArray(); // Markdown: a paragraph each
        return (text[..lineStart], lines[0].Trim(), lines[1].Trim());
    }

    [Fact]
    public void Keras3_table_shows_the_built_rows_then_the_error_instead_of_totals()
    {
        var s = Broken();
        var (table, error, hint) = AtError(KerasTableRenderer.Render(s));
        Assert.Equal("""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
            │ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │
            ├─────────────────────────────────┼────────────────────────┼───────────────┤
            │ flatten (Flatten)               │ (None, 21632)          │             0 │
            └─────────────────────────────────┴────────────────────────┴───────────────┘

            """, table);
        AssertConvOnFlatError(error, hint);
        Assert.DoesNotContain("Total params", KerasTableRenderer.Render(s));
    }

    [Fact]
    public void Keras2_table_shows_the_built_rows_then_the_error()
    {
        var s = Broken();
        var lines = KerasTableRenderer.Render(s, new KerasTableOptions { Style = KerasTableStyle.Keras2 }).Split('\n');
        AssertConvOnFlatError(lines[8], lines[9]);
        Assert.Equal(
            [
                "Model: \"sequential\"",
                new string('_', 65),
                "Layer (type)                 Output Shape              Param #   ",
                new string('=', 65),
                "conv2d (Conv2D)              (None, 26, 26, 32)        320       ",
                new string('_', 65),
                "flatten (Flatten)            (None, 21632)             0         ",
                new string('=', 65),
            ], lines[..8]);
        Assert.Equal([new string('_', 65), ""], lines[10..]);
    }

    [Fact]
    public void Ascii_diagram_draws_the_built_layers_then_the_error()
    {
        var s = Broken();
        var (diagram, error, hint) = AtError(AsciiDiagramRenderer.Render(s));
        Assert.Equal(
            "      OPERATION           DATA DIMENSIONS   WEIGHTS(N)   WEIGHTS(%)\n" +
            "\n" +
            "          Input   #####   (28, 28, 1)\n" +
            "         Conv2D    \\|/  -------------------       320   100.0%\n" +
            "                  #####   (26, 26, 32)\n" +
            "        Flatten   ||||| -------------------         0     0.0%\n" +
            "                  #####   (21632,)\n" +
            "\n", diagram);
        AssertConvOnFlatError(error, hint);
    }

    [Fact]
    public void Markdown_shows_the_built_rows_then_the_error()
    {
        var s = Broken();
        var md = MarkdownRenderer.Render(s);
        var (rows, error, hint) = AtError(md, "**Error in layer");
        Assert.EndsWith("| 1 | flatten | Flatten | (None, 21632) | 0 |\n\n", rows);
        AssertConvOnFlatError(error, hint);
        Assert.DoesNotContain("Total params", md);
    }

    [Fact]
    public void A_model_without_an_input_shape_has_no_rows_and_says_so()
    {
        var s = new Sequential { new Dense(3) }.Summarize();
        Assert.Equal(0, s.Error!.LayerIndex);
        var (table, error, hint) = AtError(KerasTableRenderer.Render(s));
        Assert.Equal("""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
            └─────────────────────────────────┴────────────────────────┴───────────────┘

            """, table);
        // The facts: the first layer, no input shape, and the two ways Keras takes one (input_shape=, an Input).
        Assert.StartsWith("Error in layer 0 'dense' (Dense)", error);
        Assert.Contains("no input shape", error);
        Assert.Contains("input_shape=", hint);
        Assert.Contains("Input(", hint);
        var ascii = AsciiDiagramRenderer.Render(s);
        Assert.DoesNotContain("#####", ascii); // no data line without an input shape
        var (_, asciiError, asciiHint) = AtError(ascii);
        Assert.Equal((error, hint), (asciiError, asciiHint));
    }

    [Fact]
    public void The_source_location_is_named_when_known()
    {
        var dense = new Dense(3) { Source = new SourceLocation(7, 5, 10) };
        var s = new Sequential { dense }.Summarize();
        var (_, error, _) = AtError(KerasTableRenderer.Render(s));
        Assert.StartsWith("Error in layer 0 'dense' (Dense) at line 7, column 5: ", error);
    }
}
