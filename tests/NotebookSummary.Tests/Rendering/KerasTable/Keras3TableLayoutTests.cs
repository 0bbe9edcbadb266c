using NotebookSummary.Analysis;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.PlainText;
using NotebookSummary.Rendering;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.KerasTable;

/// <summary>
/// The Keras 3 table at widths other than the goldens', by the rules the conformance README states (column widths
/// from the line length, rich's fitting, wrapping and truncation), worked by hand.
/// </summary>
public class Keras3TableLayoutTests
{
    private static ModelSummary Mnist(bool denseTrainable = true) => new Sequential
    {
        new Input(28, 28, 1),
        new Conv2D(32, kernelSize: 3, activation: "relu"),
        new MaxPooling2D(2),
        new Flatten(),
        new Dense(10, activation: "softmax", trainable: denseTrainable),
    }.Summarize();

    [Theory]
    // line length, show_trainable, Keras's widths, rich's content widths: the README's table.
    [InlineData(76, false, new[] { 34, 26, 16 }, new[] { 31, 22, 13 })]
    [InlineData(88, false, new[] { 39, 31, 18 }, new[] { 36, 27, 15 })]
    [InlineData(76, true, new[] { 30, 24, 14, 8 }, new[] { 27, 21, 10, 5 })]
    [InlineData(100, true, new[] { 40, 32, 18, 10 }, new[] { 37, 29, 14, 7 })]
    public void Column_widths_follow_the_readme(int length, bool trainable, int[] keras, int[] content)
    {
        var headers = new[] { "a", "b", "c", "d" }[..keras.Length];
        var widths = KerasColumnWidths.FromPositions(length, KerasColumnWidths.Keras3(trainable), headers, 4);
        Assert.Equal(keras, widths);
        Assert.Equal(content, KerasColumnWidths.RichContentWidths(widths, length));
    }

    [Fact]
    public void Show_trainable_positions_are_scaled_in_double_as_keras_does() =>
        Assert.Equal([0.405, 0.7200000000000001, 0.9, 1.0], KerasColumnWidths.Keras3(showTrainable: true));

    [Fact]
    public void Width_88_table()
    {
        // Content widths 36, 27, 15. Totals: 54,410·4 = 217,640 B = 212.5390625 KB.
        Assert.Equal("""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩
            │ conv2d (Conv2D)                      │ (None, 26, 26, 32)          │             320 │
            ├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
            │ max_pooling2d (MaxPooling2D)         │ (None, 13, 13, 32)          │               0 │
            ├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
            │ flatten (Flatten)                    │ (None, 5408)                │               0 │
            ├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤
            │ dense (Dense)                        │ (None, 10)                  │          54,090 │
            └──────────────────────────────────────┴─────────────────────────────┴─────────────────┘
             Total params: 54,410 (212.54 KB)
             Trainable params: 54,410 (212.54 KB)
             Non-trainable params: 0 (0.00 B)

            """, KerasTableRenderer.Render(Mnist(), new KerasTableOptions { LineLength = 88 }));
    }

    [Fact]
    public void Width_100_table_with_trainable_column()
    {
        // Content widths 37, 29, 14, 7: "Trainable" (9) is one word wider than 7 → "Traina…". A frozen Dense is N.
        // Trainable 320·4 = 1,280 B = 1.25 KB; non-trainable 54,090·4 = 216,360 B = 211.2890625 KB.
        Assert.Equal("""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━┓
            ┃ Layer (type)                          ┃ Output Shape                  ┃        Param # ┃ Traina… ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━┩
            │ conv2d (Conv2D)                       │ (None, 26, 26, 32)            │            320 │    Y    │
            ├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
            │ max_pooling2d (MaxPooling2D)          │ (None, 13, 13, 32)            │              0 │    -    │
            ├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
            │ flatten (Flatten)                     │ (None, 5408)                  │              0 │    -    │
            ├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
            │ dense (Dense)                         │ (None, 10)                    │         54,090 │    N    │
            └───────────────────────────────────────┴───────────────────────────────┴────────────────┴─────────┘
             Total params: 54,410 (212.54 KB)
             Trainable params: 320 (1.25 KB)
             Non-trainable params: 54,090 (211.29 KB)

            """, KerasTableRenderer.Render(Mnist(denseTrainable: false),
                new KerasTableOptions { LineLength = 100, ShowTrainable = true }));
    }

    [Fact]
    public void Narrow_table_wraps_every_cell_and_cuts_a_count_with_an_ellipsis()
    {
        // L = 40: Keras widths 18, 14, 8 → content 15, 10, 5. Headers wrap and sit at the bottom; body cells wrap at
        // spaces and sit at the top; "54,090" is one word wider than 5 → "54,0…".
        Assert.Equal("""
            Model: "sequential"
            ┏━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━┓
            ┃                 ┃ Output     ┃ Param ┃
            ┃ Layer (type)    ┃ Shape      ┃     # ┃
            ┡━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━┩
            │ conv2d (Conv2D) │ (None, 26, │   320 │
            │                 │ 26, 32)    │       │
            ├─────────────────┼────────────┼───────┤
            │ max_pooling2d   │ (None, 13, │     0 │
            │ (MaxPooling2D)  │ 13, 32)    │       │
            ├─────────────────┼────────────┼───────┤
            │ flatten         │ (None,     │     0 │
            │ (Flatten)       │ 5408)      │       │
            ├─────────────────┼────────────┼───────┤
            │ dense (Dense)   │ (None, 10) │ 54,0… │
            └─────────────────┴────────────┴───────┘
             Total params: 54,410 (212.54 KB)
             Trainable params: 54,410 (212.54 KB)
             Non-trainable params: 0 (0.00 B)

            """, KerasTableRenderer.Render(Mnist(), new KerasTableOptions { LineLength = 40 }));
    }

    [Theory]
    // Smallest widths: int(0.45·16) = 7, int(0.8·16) − 7 = 5, 16 − 12 = 4; at 15 the last column gets 15 − 12 = 3.
    [InlineData(false, 15, 16)]
    // With the Trainable column the last one is L − int(0.9·L): 31 − 27 = 4, but 30 − 27 = 3.
    [InlineData(true, 30, 31)]
    public void Too_narrow_a_line_is_keras_insufficient_console_width(bool trainable, int tooSmall, int smallest)
    {
        var summary = Mnist();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            KerasTableRenderer.Render(summary, new KerasTableOptions { LineLength = tooSmall, ShowTrainable = trainable }));
        Assert.Contains("Insufficient console width to print summary", e.Message);
        Assert.Contains($"at least {smallest}", e.Message);
        var text = KerasTableRenderer.Render(summary, new KerasTableOptions { LineLength = smallest, ShowTrainable = trainable });
        Assert.All(text.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith(' ')),
            l => Assert.Equal(smallest, l.Length));
    }

    [Fact]
    public void Sizes_at_unit_boundaries_and_ties()
    {
        // 6,560 = (40 + 1)·160 params → 26,240 B = 25.625 KB, an exact tie: half to even gives 25.62.
        var tie = KerasTableRenderer.Render(new Sequential { new Dense(160, inputDim: 40) }.Summarize());
        Assert.Contains(" Total params: 6,560 (25.62 KB)\n", tie);
        // 262,143 = (37,448 + 1)·7 params → 1,048,572 B = 1023.996… KB: the unit is chosen before rounding.
        var boundary = KerasTableRenderer.Render(new Sequential { new Dense(7, inputDim: 37448) }.Summarize());
        Assert.Contains(" Total params: 262,143 (1024.00 KB)\n", boundary);
    }

    [Fact]
    public void Counts_whose_bytes_overflow_64_bits_still_print() =>
        // long.MaxValue ≈ 2^63 parameters · 4 B = 2^65 B = 2^15 PB.
        Assert.Equal("32768.00 PB", KerasText.ParamsSize(long.MaxValue));

    [Fact]
    public void Model_name_is_printed_as_given() =>
        Assert.StartsWith("Model: \"my model [v2]\"\n",
            KerasTableRenderer.Render(new Sequential("my model [v2]") { new Dense(1, inputDim: 1) }.Summarize()));
}
