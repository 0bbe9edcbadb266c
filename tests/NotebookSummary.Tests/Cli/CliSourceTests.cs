using System.Text.Json;
using NotebookSummary.Cli;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>nbsummary FILES</c>: Keras sources read, summarized and printed. Expected tables are Keras 3's own printouts of
/// the conformance cases (keras3_summary*.txt); diagnostics follow the compiler form <c>file:line:col: severity:</c>.
/// </summary>
public class CliSourceTests
{
    public static TheoryData<string> CasesWithKeras3Text() => ConformanceCases.SequentialPrintedByKeras3();

    private static string ModelPath(string id) => ConformanceCase.Load(id).ModelPath;

    [Theory]
    [MemberData(nameof(CasesWithKeras3Text))]
    public void A_conformance_source_prints_exactly_what_Keras_3_printed(string id)
    {
        var c = ConformanceCase.Load(id);
        var plain = CliRunner.Run(ModelPath(id));
        Assert.Equal(ExitCodes.Ok, plain.ExitCode);
        Assert.Equal(c.Keras3Summary(), plain.Stdout);
        Assert.DoesNotContain("error", plain.Stderr);

        var trainable = CliRunner.Run(ModelPath(id), "--show-trainable");
        Assert.Equal(c.Keras3Summary(showTrainable: true), trainable.Stdout);
    }

    [Fact]
    public void Standard_input_is_read_with_dash()
    {
        var c = ConformanceCase.Load("0005");
        var r = CliRunner.RunWithInput(c.Source, "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal(c.Keras3Summary(), r.Stdout);
    }

    private const string Misspelled = """
        from keras import layers
        import keras
        model = keras.Sequential([
            layers.Input((28, 28, 1)),
            layers.Conv2D(32, 3, paddin="same"),
        ])
        """;

    [Fact]
    public void A_source_error_goes_to_stderr_with_file_line_column_and_caret_and_no_table_is_printed()
    {
        var r = CliRunner.RunWithInput(Misspelled, "-");
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var lines = r.Stderr.Split('\n');
        Assert.StartsWith("<stdin>:5:26: error: unknown argument 'paddin' for Conv2D", lines[0]);
        Assert.Contains("'padding'", lines[0]);
        Assert.Equal(" 5 |     layers.Conv2D(32, 3, paddin=\"same\"),", lines[1]);
        Assert.Equal("   |                          ^^^^^^", lines[2]);
    }

    [Fact]
    public void A_model_error_is_reported_at_the_layer_and_exits_1()
    {
        const string source = """
            import keras
            from keras import layers
            model = keras.Sequential([layers.Input((4, 4, 1)), layers.Conv2D(3, 5)])
            """;
        var r = CliRunner.RunWithInput(source, "-");
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        // A 5×5 kernel over a 4×4 input with padding='valid' leaves no output position: Keras rejects the layer.
        Assert.StartsWith("<stdin>:3:52: error: ", r.Stderr);
        Assert.Contains("larger than its 4×4 input", r.Stderr);
        Assert.Contains("= hint:", r.Stderr);
    }

    [Fact]
    public void A_source_without_a_model_is_an_error()
    {
        var r = CliRunner.RunWithInput("x_train = load()\nprint(x_train)\n", "-");
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("<stdin>: error: nothing to summarize: no model was built\n", r.Stderr);
    }

    [Fact]
    public void Several_files_as_json_print_one_line_each_and_a_failure_does_not_stop_the_others()
    {
        using var dir = CliRunner.TempDir();
        string bad = dir.File("bad.py");
        File.WriteAllText(bad, Misspelled);
        string missing = dir.File("missing.py");

        var r = CliRunner.Run("--format", "json", ModelPath("0005"), bad, missing, ModelPath("0001"));
        // The worst outcome wins: an unreadable file is a usage error (2), above the source error (1).
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        var lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        Assert.Equal(ModelPath("0005"), docs[0].GetProperty("file").GetString());
        Assert.True(docs[0].GetProperty("valid").GetBoolean());
        Assert.Equal(ConformanceCase.Load("0005").Expected.GetProperty("total_params").GetInt64(),
            docs[0].GetProperty("total_params").GetInt64());
        Assert.Equal(0, docs[0].GetProperty("diagnostics").GetArrayLength());

        Assert.Equal(bad, docs[1].GetProperty("file").GetString());
        Assert.False(docs[1].GetProperty("valid").GetBoolean());
        var error = docs[1].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(5, error.GetProperty("line").GetInt32());
        Assert.Equal(26, error.GetProperty("column").GetInt32());

        Assert.Equal(missing, docs[2].GetProperty("file").GetString());
        Assert.Contains("no such file", docs[2].GetProperty("diagnostics")[0].GetProperty("message").GetString());

        Assert.Equal(ModelPath("0001"), docs[3].GetProperty("file").GetString());
        Assert.Equal(ConformanceCase.Load("0001").Expected.GetProperty("total_params").GetInt64(),
            docs[3].GetProperty("total_params").GetInt64());
    }

    [Fact]
    public void Several_files_as_text_get_a_header_each()
    {
        var r = CliRunner.Run(ModelPath("0005"), ModelPath("0001"));
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        string expected = $"==> {ModelPath("0005")} <==\n" + ConformanceCase.Load("0005").Keras3Summary() +
                          $"\n==> {ModelPath("0001")} <==\n" + ConformanceCase.Load("0001").Keras3Summary();
        Assert.Equal(expected, r.Stdout);
    }

    [Fact]
    public void Html_output_of_a_source_is_a_page_with_its_layers()
    {
        using var dir = CliRunner.TempDir();
        string page = dir.File("model.html");
        var r = CliRunner.Run(ModelPath("0005"), "--format", "html", "-o", page);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        string html = File.ReadAllText(page).Replace("<wbr>", "", StringComparison.Ordinal); // names may break after "_"
        Assert.StartsWith("<!DOCTYPE html>", html);
        foreach (var layer in ConformanceCase.Load("0005").Rows) Assert.Contains(layer.Name, html);
    }

    [Theory]
    [InlineData("ascii")]
    [InlineData("markdown")]
    [InlineData("svg")]
    [InlineData("keras2")]
    public void Every_format_ends_with_a_newline(string format)
    {
        var r = CliRunner.Run(ModelPath("0005"), "--format", format);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.EndsWith("\n", r.Stdout);
    }
}
