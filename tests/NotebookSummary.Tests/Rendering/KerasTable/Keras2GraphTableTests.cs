using System.Text.Json;
using NotebookSummary.Keras;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Functional;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.KerasTable;

/// <summary>
/// The tf.keras 2.x table of a functional model. No Keras 2 printout of a graph is among the seeds or the conformance
/// data, so the expected text is derived from tf.keras 2.x's <c>print_summary</c> (keras/utils/layer_utils.py before
/// 2.9): a graph that is not a chain gets 4 columns, <c>line_length</c> 98, positions .33/.55/.67/1.0 (32, 53, 65,
/// 98); each row is built by <c>print_row</c> (append the field, cut the line at the column end, pad it, and overwrite
/// its last character with a space before the next field); a layer's first connection is on its row, each further one
/// on a row of its own with empty other fields; an InputLayer's <c>output_shape</c> is a list (<c>[(None, 12)]</c>);
/// Param # is <c>str(count_params())</c>; rules are <c>_</c> between rows and <c>=</c> under the header and the last row.
/// The rows' values (names, shapes, counts, connections) are Keras's, from the conformance cases' expected.json.
/// </summary>
public class Keras2GraphTableTests
{
    private static readonly KerasTableOptions Keras2 = new() { Style = KerasTableStyle.Keras2 };

    /// <summary>Keras 2's <c>print_row</c>, step for step, as the oracle of a line.</summary>
    private static string PrintRow(IReadOnlyList<string> fields, IReadOnlyList<int> positions)
    {
        string line = "";
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) line = line[..^1] + " ";
            line += fields[i];
            if (line.Length > positions[i]) line = line[..positions[i]];
            line += new string(' ', positions[i] - line.Length);
        }
        return line;
    }

    private static int[] Positions(int lineLength, double[] fractions) => [.. fractions.Select(p => (int)(lineLength * p))];

    /// <summary>What tf.keras 2.x prints for a functional case, its rows' values taken from Keras's expected.json.</summary>
    private static string ExpectedKeras2(JsonElement expected, int lineLength)
    {
        bool graph = expected.GetProperty("summary_layout").GetString() == "graph";
        var positions = Positions(lineLength, graph ? [0.33, 0.55, 0.67, 1.0] : [0.45, 0.85, 1.0]);
        var lines = new List<string> { $"Model: \"{expected.GetProperty("model_name").GetString()}\"", new('_', lineLength) };
        lines.Add(PrintRow(graph ? ["Layer (type)", "Output Shape", "Param #", "Connected to"] : ["Layer (type)", "Output Shape", "Param #"], positions));
        lines.Add(new string('=', lineLength));
        var layers = expected.GetProperty("layers").EnumerateArray().ToArray();
        for (int i = 0; i < layers.Length; i++)
        {
            var l = layers[i];
            string shape = l.GetProperty("class_name").GetString() == "InputLayer"
                ? $"[{l.GetProperty("output_shape_text").GetString()}]"
                : l.GetProperty("output_shape_text").GetString()!;
            string layer = $"{l.GetProperty("name").GetString()} ({l.GetProperty("class_name").GetString()})";
            string count = l.GetProperty("params").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var connections = l.GetProperty("inbound").EnumerateArray().Select(e => e.GetString()!).ToArray();
            lines.Add(PrintRow(graph ? [layer, shape, count, connections.FirstOrDefault() ?? ""] : [layer, shape, count], positions));
            if (graph)
                foreach (var c in connections.Skip(1)) lines.Add(PrintRow(["", "", "", c], positions));
            lines.Add(new string(i == layers.Length - 1 ? '=' : '_', lineLength));
        }
        lines.Add($"Total params: {Thousands(expected, "total_params")}");
        lines.Add($"Trainable params: {Thousands(expected, "trainable_params")}");
        lines.Add($"Non-trainable params: {Thousands(expected, "non_trainable_params")}");
        lines.Add(new string('_', lineLength));
        return string.Join("\n", lines) + "\n";
    }

    // Python's f"{n:,}".
    private static string Thousands(JsonElement expected, string total) =>
        expected.GetProperty(total).GetInt64().ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static NotebookSummary.Analysis.ModelSummary Read(string id)
    {
        var read = KerasSource.Parse(ConformanceCase.Functional(id).Source);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Summarize().Summary!;
    }

    [Theory]
    [InlineData("0002")] // three inputs, a merge of three tensors
    [InlineData("0009")] // nested models: one row each, then an average of three
    [InlineData("0012")] // a shared nested model: its two calls' connections
    [InlineData("0001")] // a chain: the 3-column table, with the InputLayer row
    public void A_functional_model_prints_as_tf_keras_2_printed_it(string id)
    {
        var expected = ConformanceCase.Functional(id).Expected;
        bool graph = expected.GetProperty("summary_layout").GetString() == "graph";
        Assert.Equal(ExpectedKeras2(expected, graph ? 98 : 65), KerasTableRenderer.Render(Read(id), Keras2));
    }

    [Fact]
    public void The_ticket_classifier_prints_its_merge_one_connection_a_line()
    {
        // Written out from print_row for case 0002's concatenate (Keras: 172 outputs, no weights, three inputs).
        var lines = KerasTableRenderer.Render(Read("0002"), Keras2).Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith("concatenate (Concatenate)", StringComparison.Ordinal));
        Assert.Equal("concatenate (Concatenate)       (None, 172)          0           lstm[0][0]                       ", lines[at]);
        Assert.Equal(new string(' ', 65) + "lstm_1[0][0]                     ", lines[at + 1]);
        Assert.Equal(new string(' ', 65) + "tags[0][0]                       ", lines[at + 2]);
        Assert.Equal(new string('_', 98), lines[at + 3]);
        Assert.Equal("title (InputLayer)              [(None, None)]       0                                            ", lines[5 - 1]);
    }

    [Fact]
    public void A_connection_longer_than_its_column_is_cut_at_the_line_length()
    {
        var a = new Input(4) { Name = "a_rather_long_input_name_that_does_not_fit_in_the_column" };
        var b = new Input(4) { Name = "b" };
        var sum = new Add().Call(a, b);
        var summary = new Model([a, b], sum).Summarize();
        var text = KerasTableRenderer.Render(summary, Keras2 with { LineLength = 80 });
        var positions = Positions(80, [0.33, 0.55, 0.67, 1.0]);
        var lines = text.Split('\n');
        Assert.Contains(PrintRow(["add (Add)", "(None, 4)", "0", "a_rather_long_input_name_that_does_not_fit_in_the_column[0][0]"], positions), lines);
        Assert.Contains(PrintRow(["", "", "", "b[0][0]"], positions), lines);
        Assert.All(lines[1..^1].Where(l => !l.Contains("params:")), l => Assert.Equal(80, l.Length));
    }

    [Fact]
    public void The_cli_prints_a_graph_in_the_keras2_format_at_its_default_width()
    {
        var run = Cli.CliRunner.Run(ConformanceCase.Functional("0002").ModelPath, "--format", "keras2");
        Assert.Equal(NotebookSummary.Cli.ExitCodes.Ok, run.ExitCode);
        Assert.Equal(ExpectedKeras2(ConformanceCase.Functional("0002").Expected, 98), run.Stdout);
    }
}
