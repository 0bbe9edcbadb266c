using NotebookSummary.Rendering.Markdown;
using NotebookSummary.Rendering;

using NotebookSummary.Tests.Rendering;

using NotebookSummary.Tests.Rendering.Html;

namespace NotebookSummary.Tests.Rendering.Markdown;

public class MarkdownRendererTests
{
    [Fact]
    public void Table_with_keras_numbers_and_totals()
    {
        var summary = new Sequential("mnist_cnn")
        {
            new Input(28, 28, 1),
            new Conv2D(32, kernelSize: 3, activation: "relu"),
            new MaxPooling2D(2),
            new Flatten(),
            new Dense(10, activation: "softmax"),
        }.Summarize();
        // (3·3·1 + 1)·32 = 320; (5408 + 1)·10 = 54,090; 54,410·4 B = 212.5390625 KB.
        Assert.Equal("""
            **Model:** mnist\_cnn

            | # | Layer | Type | Output shape | Params |
            |--:|:------|:-----|:-------------|-------:|
            | 0 | conv2d | Conv2D | (None, 26, 26, 32) | 320 |
            | 1 | max\_pooling2d | MaxPooling2D | (None, 13, 13, 32) | 0 |
            | 2 | flatten | Flatten | (None, 5408) | 0 |
            | 3 | dense | Dense | (None, 10) | 54,090 |

            - Total params: 54,410 (212.54 KB)
            - Trainable params: 54,410 (212.54 KB)
            - Non-trainable params: 0 (0.00 B)

            """, MarkdownRenderer.Render(summary));
    }

    [Fact]
    public void User_text_is_escaped_so_it_prints_literally()
    {
        var summary = new Sequential("a|b")
        {
            new Dense(2, inputDim: 3, name: "x|y*z_w`v<b>[l](u)&amp;~s~$m$\\"),
        }.Summarize();
        var md = MarkdownRenderer.Render(summary);
        Assert.StartsWith("**Model:** a\\|b\n", md);
        Assert.Contains(@"| 0 | x\|y\*z\_w\`v\<b\>\[l\](u)\&amp;\~s\~\$m\$\\ | Dense | (None, 2) | 8 |", md);
        // Every table line still has exactly six unescaped pipes (five columns).
        foreach (var line in md.Split('\n').Where(l => l.StartsWith('|')))
            Assert.Equal(6, UnescapedPipes(line));
    }

    private static int UnescapedPipes(string line)
    {
        int count = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (line[i] == '|') count++;
        }
        return count;
    }

    [Fact]
    public void Line_breaks_in_a_name_do_not_break_the_row()
    {
        var md = MarkdownRenderer.Render(new Sequential { new Dense(2, inputDim: 3, name: "two\nlines") }.Summarize());
        Assert.Contains("| 0 | two lines | Dense |", md);
    }

    [Fact]
    public void Wrappers_show_their_display_type()
    {
        // Dense(1) applied to each of 10 steps of 4 features: (4 + 1)·1 = 5 parameters.
        var md = MarkdownRenderer.Render(new Sequential
        {
            new Input(10, 4),
            new TimeDistributed(new Dense(1, "sigmoid")),
        }.Summarize());
        Assert.Contains("| 0 | time\\_distributed | TimeDistributed(Dense) | (None, 10, 1) | 5 |", md);
    }

    [Fact]
    public void A_graph_has_a_connected_to_column_and_lists_several_outputs()
    {
        // Keras: Bidirectional(LSTM(16, return_state=True)) on (10, 8) gives [(None, 32), 4 × (None, 16)] and
        // 2·4·(8 + 16 + 1)·16 = 3,200 weights; the Concatenate takes outputs 1 and 3 (the two h states).
        var inputs = new Input(10, 8);
        var all = new Bidirectional(new LSTM(16, returnState: true)).Call(inputs);
        var merged = new Concatenate().Call(all[1], all[3]);
        var markdown = MarkdownRenderer.Render(new Model(inputs, merged).Summarize());
        var lines = markdown.Split('\n');
        Assert.Contains("| # | Layer | Type | Output shape | Params | Connected to |", lines);
        Assert.Contains("| 0 | input\\_layer | InputLayer | (None, 10, 8) | 0 | - |", lines);
        Assert.Contains("| 1 | bidirectional | Bidirectional(LSTM) | [(None, 32), (None, 16), (None, 16), (None, 16), (None, 16)] | 3,200 | input\\_layer\\[0\\]\\[0\\] |", lines);
        Assert.Contains("| 2 | concatenate | Concatenate | (None, 32) | 0 | bidirectional\\[0\\]\\[1\\], bidirectional\\[0\\]\\[3\\] |", lines);
    }

    [Fact]
    public void Frozen_layers_say_so_after_their_name()
    {
        // Conformance case 0066: a frozen Conv2D (3·3·3 + 1)·32 = 896 and a frozen BatchNormalization 4·32 = 128.
        var lines = MarkdownRenderer.Render(CaseModels.FrozenAndBatchNorm().Summarize()).Split('\n');
        Assert.Contains("| 0 | conv2d *(frozen)* | Conv2D | (None, 62, 62, 32) | 896 |", lines);
        Assert.Contains("| 1 | batch\\_normalization *(frozen)* | BatchNormalization | (None, 62, 62, 32) | 128 |", lines);
        Assert.Contains("| 3 | conv2d\\_1 | Conv2D | (None, 29, 29, 64) | 18,496 |", lines);
    }
}
