using System.Text.Encodings.Web;
using System.Text.Json;
using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

using NotebookSummary.Tests.Rendering;

namespace NotebookSummary.Tests.Rendering.Json;

public class JsonRendererTests
{
    // Seed 002 "MLP for multi-class softmax classification": 7·(20+1) = 147, 13·(7+1) = 104, 23·(13+1) = 322.
    private static Sequential Mlp() => new()
    {
        new Dense(7, activation: "relu", inputDim: 20),
        new Dropout(0.5),
        new Dense(13, activation: "relu"),
        new Dropout(0.5),
        new Dense(23, activation: "softmax"),
    };

    [Fact]
    public void Document_follows_the_schema_with_keras_numbers()
    {
        using var doc = JsonDocument.Parse(JsonRenderer.Render(Mlp().Summarize()));
        var root = doc.RootElement;
        Assert.Equal("notebook-summary/1", root.GetProperty("format").GetString());
        Assert.Equal("sequential", root.GetProperty("name").GetString());
        Assert.Equal(573, root.GetProperty("total_params").GetInt64());
        Assert.Equal(573, root.GetProperty("trainable_params").GetInt64());
        Assert.Equal(0, root.GetProperty("non_trainable_params").GetInt64());
        Assert.Equal(573 * 4, root.GetProperty("total_bytes").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);

        var layers = root.GetProperty("layers").EnumerateArray().ToArray();
        Assert.Equal(["dense", "dropout", "dense_1", "dropout_1", "dense_2"], layers.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([147L, 0, 104, 0, 322], layers.Select(l => l.GetProperty("params").GetInt64()));
        var first = layers[0];
        Assert.Equal("Dense", first.GetProperty("class_name").GetString());
        Assert.Equal("relu", first.GetProperty("activation").GetString());
        // Unknown dims are null: (None, 7).
        var shape = first.GetProperty("output_shape").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, shape[0].ValueKind);
        Assert.Equal(7, shape[1].GetInt64());
        var walk = first.GetProperty("walkthrough").GetProperty("params");
        Assert.Equal("(n_in + 1)·units", walk.GetProperty("symbolic").GetString());
        Assert.Equal("(20 + 1)·7", walk.GetProperty("substituted").GetString());
        Assert.Equal(147, walk.GetProperty("result").GetInt64());
        Assert.Equal(JsonValueKind.Null, layers[1].GetProperty("walkthrough").GetProperty("params").ValueKind);
    }

    [Fact]
    public void Errors_carry_the_layer_and_the_source_position()
    {
        var model = new Sequential
        {
            new Input(3, 3, 1),
            new Conv2D(4, 5) { Source = new SourceLocation(7, 11, 14) },
        };
        using var doc = JsonDocument.Parse(JsonRenderer.Render(model.Summarize()));
        var error = doc.RootElement.GetProperty("error");
        Assert.Equal(0, error.GetProperty("layer_index").GetInt32());
        Assert.Equal("conv2d", error.GetProperty("layer_name").GetString());
        Assert.Equal(7, error.GetProperty("line").GetInt32());
        Assert.Equal(11, error.GetProperty("column").GetInt32());
        Assert.Contains("5×5", error.GetProperty("message").GetString());
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Hostile_names_stay_inside_json_strings()
    {
        var model = new Sequential("\"}, \"x\": [") { new Dense(1, inputDim: 1, name: "a\"b\\c\n</script>") };
        using var doc = JsonDocument.Parse(JsonRenderer.Render(model.Summarize()));
        Assert.Equal("\"}, \"x\": [", doc.RootElement.GetProperty("name").GetString());
        Assert.Equal("a\"b\\c\n</script>", doc.RootElement.GetProperty("layers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Compact_output_is_one_line()
    {
        var json = JsonRenderer.Render(Mlp().Summarize(), new JsonRenderOptions { Indented = false, IncludeWalkThrough = false });
        Assert.DoesNotContain('\n', json);
        Assert.DoesNotContain("walkthrough", json);
    }

    // The common rows are written as bytes (JsonRowBytes), the others by Utf8JsonWriter: both must read exactly as
    // System.Text.Json writes the same document with the same settings (two-space indentation, relaxed escaping).
    private static void AssertWrittenAsUtf8JsonWriterWritesIt(ModelSummary summary)
    {
        foreach (bool indented in new[] { true, false })
        {
            string json = JsonRenderer.Render(summary, new JsonRenderOptions { Indented = indented, IncludeWalkThrough = false });
            using var doc = JsonDocument.Parse(json);
            var bytes = new MemoryStream();
            using (var w = new Utf8JsonWriter(bytes, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                doc.WriteTo(w);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes.ToArray()), json);
        }
    }

    public static TheoryData<string> SequentialCases() => ConformanceCases.Sequential();

    public static TheoryData<string> FunctionalCases() => ConformanceCases.Functional();

    [Theory]
    [MemberData(nameof(SequentialCases))]
    public void Rows_read_as_System_Text_Json_writes_them_for_every_sequential_case(string id) =>
        AssertWrittenAsUtf8JsonWriterWritesIt(KerasSource.Parse(ConformanceCase.Load(id).Source).Summarize().Summary!);

    [Theory]
    [MemberData(nameof(FunctionalCases))]
    public void Rows_read_as_System_Text_Json_writes_them_for_every_functional_case(string id)
    {
        // Graphs: connected_to lists, several outputs, nested models, operations; a failing case keeps its rows.
        if (KerasSource.Parse(ConformanceCase.Functional(id).Source).Summarize().Summary is { } summary)
            AssertWrittenAsUtf8JsonWriterWritesIt(summary);
    }

    [Fact]
    public void Rows_with_names_to_escape_read_as_System_Text_Json_writes_them()
    {
        var model = new Sequential("m")
        {
            new Dense(1, inputDim: 1, name: "a\"b"),
            new Dense(1, name: "caf\u00e9"),
            new Dense(1, name: "back\\slash"),
            new Dense(1, name: "plain_after"),
        };
        AssertWrittenAsUtf8JsonWriterWritesIt(model.Summarize());
    }

    [Fact]
    public void Text_sink_passes_on_pieces_cut_anywhere_and_writes_bidi_controls_as_escapes()
    {
        // Plain runs longer than the sink's character buffer, characters of two to four UTF-8 bytes cut between
        // pieces, and the overrides and isolates DisplayText rules out, which JSON writes as \u escapes.
        string text = new string('a', 20_000) + "é→\u202E😀x\n\t" + new string('b', 40) + "\u2066c\u00e9";
        string expected = text.Replace("\u202E", "\\u202E", StringComparison.Ordinal).Replace("\u2066", "\\u2066", StringComparison.Ordinal);
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        foreach (int piece in new[] { 1, 3, 7, 16, 17, 4096, bytes.Length })
        {
            var output = new StringWriter();
            Pass(bytes, piece, new JsonTextSink(output));
            Assert.Equal(expected, output.ToString());

            // A writer that takes UTF-8 (the CLI's) gets plain pieces as bytes, in order with the escaped ones.
            using var stream = new MemoryStream();
            var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var guarded = new NotebookSummary.Cli.GuardedWriter(writer, "test");
            Pass(bytes, piece, new JsonTextSink(guarded));
            guarded.Flush();
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    [Fact]
    public void Text_sink_finds_a_bidi_control_at_any_position_of_a_piece()
    {
        // The check for a piece with nothing to escape reads 64 bytes a turn, then the rest one at a time: a control at
        // every position of those turns and of the rest must still be written as an escape.
        for (int at = 0; at < 150; at++)
        {
            string text = new string('a', at) + "\u202E" + new string('b', 150 - at);
            string expected = text.Replace("\u202E", "\\u202E", StringComparison.Ordinal);
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
            using var stream = new MemoryStream();
            var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var guarded = new NotebookSummary.Cli.GuardedWriter(writer, "test");
            Pass(bytes, bytes.Length, new JsonTextSink(guarded));
            guarded.Flush();
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    private static void Pass(byte[] bytes, int piece, JsonTextSink sink)
    {
        for (int i = 0; i < bytes.Length; i += piece)
        {
            int n = Math.Min(piece, bytes.Length - i);
            bytes.AsSpan(i, n).CopyTo(sink.GetSpan(n));
            sink.Advance(n);
        }
    }
}
