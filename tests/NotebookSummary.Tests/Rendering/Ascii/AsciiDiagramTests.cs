using NotebookSummary.Rendering.Ascii;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Ascii;

/// <summary>The ASCII diagram against keras-sequential-ascii's printouts in seed 000, line for line.</summary>
public class AsciiDiagramTests
{
    /// <summary>
    /// The seed's printout under a heading. The seed ran Keras 1, which named Conv2D "Convolution2D"; the diagram
    /// prints today's class names, so that name is swapped within its right-aligned 15-character field
    /// (documented decision); everything else is compared as printed.
    /// </summary>
    private static string SeedPrintout(string heading)
    {
        var lines = SeedText.Lines("000");
        int start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0);
        while (lines[start] != "```") start++;
        var block = lines.Skip(start + 1).TakeWhile(l => l != "```")
            .Select(l => l.Replace("  Convolution2D", "         Conv2D"));
        return string.Join("", block.Select(l => l + "\n"));
    }

    [Fact]
    public void Proof_of_principle_matches_the_seed() =>
        Assert.Equal(SeedPrintout("### Proof of principle"), AsciiDiagramRenderer.Render(SeedModels.ProofOfPrinciple().Summarize()));

    [Fact]
    public void Vgg16_channels_first_matches_the_seed() =>
        Assert.Equal(SeedPrintout("### VGG16"), AsciiDiagramRenderer.Render(SeedModels.Vgg16ChannelsFirst().Summarize()));

    [Fact]
    public void Vgg16_has_thirteen_conv2d_lines_and_the_seed_lines_that_need_no_renaming()
    {
        // Guards the renaming above: 13 Conv2D lines, and lines copied from the seed as printed.
        var output = AsciiDiagramRenderer.Render(SeedModels.Vgg16ChannelsFirst().Summarize()).Split('\n');
        Assert.Equal(13, output.Count(l => l.StartsWith("         Conv2D    \\|/  -------------------", StringComparison.Ordinal)));
        Assert.Contains("          Dense   XXXXX ------------------- 102764544    74.3%", output);
        Assert.Contains("                  ||||| -------------------         0     0.0%", output);
        Assert.Contains("        softmax   #####   (1000,)", output);
    }

    [Fact]
    public void Activation_after_a_layer_without_an_activation_is_folded_onto_its_data_line()
    {
        var text = AsciiDiagramRenderer.Render(new Sequential
        {
            new Dense(4, inputDim: 2),
            new Activation("tanh"),   // after Dense: own line
            new Dropout(0.5),
            new Activation("relu"),   // after Dropout: folded
            new Activation("sigmoid"), // after a folded activation: own line
        }.Summarize());
        // weights: (2 + 1)·4 = 12, all in the dense layer.
        Assert.Equal(
            "      OPERATION           DATA DIMENSIONS   WEIGHTS(N)   WEIGHTS(%)\n" +
            "\n" +
            "          Input   #####   (2,)\n" +
            "          Dense   XXXXX -------------------        12   100.0%\n" +
            "                  #####   (4,)\n" +
            "                  ||||| -------------------         0     0.0%\n" +
            "           tanh   #####   (4,)\n" +
            "        Dropout    | || -------------------         0     0.0%\n" +
            "           relu   #####   (4,)\n" +
            "                  ||||| -------------------         0     0.0%\n" +
            "        sigmoid   #####   (4,)\n", text);
    }

    [Fact]
    public void Unknown_dims_long_names_and_a_model_without_weights()
    {
        var text = AsciiDiagramRenderer.Render(new Sequential
        {
            new Input(null, 8, 3),
            new MaxPooling2D(2),
            new GlobalAveragePooling2D(),
        }.Summarize());
        Assert.Equal(
            "      OPERATION           DATA DIMENSIONS   WEIGHTS(N)   WEIGHTS(%)\n" +
            "\n" +
            "          Input   #####   (None, 8, 3)\n" +
            "   MaxPooling2D   YYYYY -------------------         0     0.0%\n" +
            "                  #####   (None, 4, 3)\n" +
            "GlobalAveragePooling2D   YYYYY -------------------         0     0.0%\n" +
            "                  #####   (3,)\n", text);
    }

    [Fact]
    public void Percentages_round_like_python_format()
    {
        // Dense(1, input_dim=1): (1 + 1)·1 = 2 weights; Dense(399) on it: (1 + 1)·399 = 798; 800 in all.
        // 100·2/800 = 0.25 exactly: Python's '{:5.1f}' gives '  0.2' (ties to even); 798/800 = 99.75 → ' 99.8'.
        var text = AsciiDiagramRenderer.Render(new Sequential
        {
            new Dense(1, inputDim: 1), new Dense(399),
        }.Summarize());
        Assert.Contains("          Dense   XXXXX -------------------         2     0.2%\n", text);
        Assert.Contains("          Dense   XXXXX -------------------       798    99.8%\n", text);
    }
}
