using NotebookSummary.Analysis;
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

    [Fact]
    public void Keras3_table_shows_the_built_rows_then_the_error_instead_of_totals()
    {
        var s = Broken();
        var e = s.Error!;
        Assert.Equal($"""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
            │ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │
            ├─────────────────────────────────┼────────────────────────┼───────────────┤
            │ flatten (Flatten)               │ (None, 21632)          │             0 │
            └─────────────────────────────────┴────────────────────────┴───────────────┘
             Error in layer 2 'conv2d_1' (Conv2D): {e.Message}
             Hint: {e.Hint}

            """, KerasTableRenderer.Render(s));
    }

    [Fact]
    public void Keras2_table_shows_the_built_rows_then_the_error()
    {
        var s = Broken();
        var lines = KerasTableRenderer.Render(s, new KerasTableOptions { Style = KerasTableStyle.Keras2 }).Split('\n');
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
                $"Error in layer 2 'conv2d_1' (Conv2D): {s.Error!.Message}",
                $"Hint: {s.Error.Hint}",
                new string('_', 65),
                "",
            ], lines);
    }

    [Fact]
    public void Ascii_diagram_draws_the_built_layers_then_the_error()
    {
        var s = Broken();
        Assert.Equal(
            "      OPERATION           DATA DIMENSIONS   WEIGHTS(N)   WEIGHTS(%)\n" +
            "\n" +
            "          Input   #####   (28, 28, 1)\n" +
            "         Conv2D    \\|/  -------------------       320   100.0%\n" +
            "                  #####   (26, 26, 32)\n" +
            "        Flatten   ||||| -------------------         0     0.0%\n" +
            "                  #####   (21632,)\n" +
            "\n" +
            $"Error in layer 2 'conv2d_1' (Conv2D): {s.Error!.Message}\n" +
            $"Hint: {s.Error.Hint}\n", AsciiDiagramRenderer.Render(s));
    }

    [Fact]
    public void Markdown_shows_the_built_rows_then_the_error()
    {
        var s = Broken();
        var md = MarkdownRenderer.Render(s);
        Assert.Contains("| 1 | flatten | Flatten | (None, 21632) | 0 |\n\n**Error in layer 2 'conv2d\\_1' (Conv2D):** ", md);
        Assert.Contains("\n**Hint:** ", md);
        Assert.DoesNotContain("Total params", md);
    }

    [Fact]
    public void A_model_without_an_input_shape_has_no_rows_and_says_so()
    {
        var s = new Sequential { new Dense(3) }.Summarize();
        Assert.Equal(0, s.Error!.LayerIndex);
        Assert.Equal($"""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
            └─────────────────────────────────┴────────────────────────┴───────────────┘
             Error in layer 0 'dense' (Dense): {s.Error.Message}
             Hint: {s.Error.Hint}

            """, KerasTableRenderer.Render(s));
        var ascii = AsciiDiagramRenderer.Render(s);
        Assert.DoesNotContain("#####", ascii); // no data line without an input shape
        Assert.EndsWith($"Error in layer 0 'dense' (Dense): {s.Error.Message}\nHint: {s.Error.Hint}\n", ascii);
    }

    [Fact]
    public void The_source_location_is_named_when_known()
    {
        var dense = new Dense(3) { Source = new SourceLocation(7, 5, 10) };
        var s = new Sequential { dense }.Summarize();
        Assert.Contains($" Error in layer 0 'dense' (Dense) at line 7, column 5: {s.Error!.Message}\n", KerasTableRenderer.Render(s));
    }
}
