using System.Text.Json;
using NotebookSummary.Cli;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>nbsummary</c> without an input summarizes the bundled VGG16. Expected text: Keras 3's own printout of the same
/// Sequential VGG16 (conformance case 0026, keras3_summary*.txt), whose only difference is the model's name.
/// </summary>
public class CliExampleTests
{
    private static string WithoutModelLine(string text) => text[(text.IndexOf('\n') + 1)..];

    [Fact]
    public void No_argument_prints_the_Keras_3_table_of_VGG16()
    {
        var r = CliRunner.Run();
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        string keras = ConformanceCase.Load("0026").Keras3Summary()!;
        Assert.StartsWith("Model: \"vgg16\"\n", r.Stdout);
        Assert.Equal(WithoutModelLine(keras), WithoutModelLine(r.Stdout));
        Assert.Contains(" Total params: 138,357,544 (527.79 MB)\n", r.Stdout);
    }

    [Fact]
    public void No_argument_says_on_stderr_that_it_shows_the_example()
    {
        var r = CliRunner.Run();
        Assert.Contains("bundled example", r.Stderr);
        Assert.Contains("--help", r.Stderr);
        Assert.DoesNotContain("bundled", r.Stdout);
    }

    [Fact]
    public void Show_trainable_matches_Keras_3()
    {
        var r = CliRunner.Run("--show-trainable");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        string keras = ConformanceCase.Load("0026").Keras3Summary(showTrainable: true)!;
        Assert.Equal(WithoutModelLine(keras), WithoutModelLine(r.Stdout));
    }

    [Fact]
    public void Width_sets_the_table_line_length()
    {
        var r = CliRunner.Run("--width", "100");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var tableLines = r.Stdout.Split('\n').Where(l => l.Length > 0 && "┏┃┡│├└".Contains(l[0])).ToArray();
        Assert.Equal(47, tableLines.Length); // top, header, head rule, 22 rows with 21 rules between them, bottom
        Assert.All(tableLines, l => Assert.Equal(100, l.Length));
    }

    [Fact]
    public void Keras2_format_prints_the_tf_keras_table()
    {
        var r = CliRunner.Run("--format", "keras2");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        // tf.keras 2 rules: '=' under the header, raw counts in rows, comma-grouped totals.
        Assert.Contains("\n=================================================================\n", r.Stdout);
        Assert.Contains("(None, 4096)", r.Stdout);
        Assert.Contains("102764544", r.Stdout);
        Assert.Contains("Total params: 138,357,544", r.Stdout);
    }

    [Fact]
    public void Ascii_format_prints_the_diagram()
    {
        var r = CliRunner.Run("-f", "ascii");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("(224, 224, 3)", r.Stdout);
        Assert.Contains("102764544", r.Stdout);
        Assert.DoesNotContain("┃", r.Stdout);
    }

    [Fact]
    public void Markdown_format_prints_a_table()
    {
        var r = CliRunner.Run("-f", "markdown");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("| conv2d | Conv2D | (None, 224, 224, 64) | 1,792 |", r.Stdout);
        Assert.Contains("138,357,544", r.Stdout);
    }

    [Fact]
    public void Format_names_are_case_insensitive()
    {
        var r = CliRunner.Run("--format", "MarkDown");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("| conv2d |", r.Stdout);
    }

    [Fact]
    public void Json_format_prints_one_indented_object_with_file_null_and_no_diagnostics()
    {
        var r = CliRunner.Run("--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("\n  \"file\": null,", r.Stdout);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("file").ValueKind);
        Assert.Equal("notebook-summary/1", root.GetProperty("format").GetString());
        Assert.Equal(138_357_544, root.GetProperty("total_params").GetInt64());
        Assert.Equal(22, root.GetProperty("layers").GetArrayLength());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal("file", root.EnumerateObject().First().Name);
        Assert.Equal("diagnostics", root.EnumerateObject().Last().Name);
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        using var dir = CliRunner.TempDir();
        string path = dir.File("vgg.txt");
        var r = CliRunner.Run("-o", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        string written = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal(WithoutModelLine(ConformanceCase.Load("0026").Keras3Summary()!), WithoutModelLine(written));
    }

    [Fact]
    public void Output_option_replaces_an_existing_file()
    {
        using var dir = CliRunner.TempDir();
        string path = dir.File("out.md");
        File.WriteAllText(path, new string('x', 100_000));
        var r = CliRunner.Run("-f", "markdown", "--output", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("**Model:** vgg16", File.ReadAllText(path));
        Assert.DoesNotContain("xxx", File.ReadAllText(path));
    }

    [Fact]
    public void Svg_format_prints_an_svg_document()
    {
        var r = CliRunner.Run("--format", "svg");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var doc = System.Xml.Linq.XDocument.Parse(r.Stdout);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Contains("vgg16", r.Stdout);
    }

    [Fact]
    public void Svg_output_file_is_the_same_document()
    {
        using var dir = CliRunner.TempDir();
        string path = dir.File("vgg16.svg");
        var r = CliRunner.Run("-f", "svg", "-o", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Equal(CliRunner.Run("-f", "svg").Stdout, File.ReadAllText(path));
    }

    [Fact]
    public void Html_format_prints_a_standalone_page()
    {
        var r = CliRunner.Run("--format", "html");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", r.Stdout);
        Assert.Contains("<title>vgg16</title>", r.Stdout);
        Assert.Contains("138,357,544", r.Stdout);
        Assert.EndsWith("</html>\n", r.Stdout);
    }

    [Fact]
    public void Html_output_file_is_a_page_that_a_browser_opens()
    {
        using var dir = CliRunner.TempDir();
        string path = dir.File("vgg16.html");
        var r = CliRunner.Run("-f", "html", "-o", path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Stdout);
        string page = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<meta charset=\"utf-8\">", page);
        Assert.Contains("conv2d_12", page.Replace("<wbr>", "", StringComparison.Ordinal)); // names may break after "_"
    }
}
