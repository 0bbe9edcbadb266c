using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

/// <summary>Mistakes on the command line: exit code 2, one clear line per mistake on stderr, nothing on stdout, never a stack trace.</summary>
public class CliUsageErrorTests
{
    private static CliRunner.Result AssertUsageError(string expectedMessagePart, params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains(expectedMessagePart, r.Stderr);
        Assert.StartsWith("nbsummary: error: ", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
        return r;
    }

    [Fact]
    public void Unknown_long_option() =>
        AssertUsageError("unknown option '--colour'", "--colour");

    [Fact]
    public void Unknown_short_option() =>
        AssertUsageError("unknown option '-x'", "-x", "model.py");

    [Fact]
    public void After_double_dash_a_dash_name_is_a_file()
    {
        var r = CliRunner.Run("--", "-x.py");
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Contains("cannot read '-x.py': no such file", r.Stderr);
        Assert.DoesNotContain("unknown option", r.Stderr);
    }

    [Fact]
    public void Unknown_format_lists_the_formats() =>
        AssertUsageError("unknown format 'xml' for --format; use one of text, keras2, ascii, html, svg, markdown, json",
            "--format", "xml");

    [Fact]
    public void Format_without_value() =>
        AssertUsageError("--format", "--format");

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1001")]
    [InlineData("99999999999999999999")]
    public void Width_that_is_not_a_usable_number(string width) =>
        AssertUsageError("--width must be a whole number of characters from 1 to 1000", "--width", width);

    [Fact]
    public void Width_too_narrow_for_the_columns_says_so_like_Keras()
    {
        // Keras 3 needs every column at least 4 wide: at line_length 10 the first column gets int(0.45·10) = 4,
        // the second int(0.80·10) − 4 = 4, the last 10 − 8 = 2 — too narrow ("Insufficient console width").
        var r = AssertUsageError("--width 10: Insufficient console width", "--width", "10");
        Assert.DoesNotContain("(Parameter", r.Stderr);
        Assert.DoesNotContain("Actual value", r.Stderr);
    }

    [Fact]
    public void Width_with_a_format_without_line_length() =>
        AssertUsageError("--width applies to the text and keras2 tables, not to --format ascii", "-f", "ascii", "-w", "80");

    [Fact]
    public void Show_trainable_with_keras2() =>
        AssertUsageError("--show-trainable applies to the text (Keras 3) table, not to --format keras2", "-f", "keras2", "--show-trainable");

    [Fact]
    public void Missing_file_is_a_clear_message()
    {
        var r = CliRunner.Run("no/such/model.py");
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal("nbsummary: error: cannot read 'no/such/model.py': no such file\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void A_directory_is_not_a_source()
    {
        using var dir = CliRunner.TempDir();
        var r = CliRunner.Run(dir.Path);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal($"nbsummary: error: cannot read '{dir.Path}': it is a directory\n", r.Stderr);
    }

    [Fact]
    public void Standard_input_only_once() =>
        AssertUsageError("standard input ('-') can be read only once", "-", "-");

    [Theory]
    [InlineData("html")]
    [InlineData("svg")]
    public void Single_document_formats_take_one_file(string format) =>
        AssertUsageError($"--format {format} makes one document, so it takes at most one file (got 2)", "-f", format, "a.py", "b.py");

    [Fact]
    public void Output_into_a_missing_directory()
    {
        using var dir = CliRunner.TempDir();
        string path = Path.Combine(dir.Path, "missing", "out.txt");
        AssertUsageError($"cannot write '{path}': its directory does not exist", "-o", path);
    }

    [Fact]
    public void Several_mistakes_are_all_reported_then_the_help_hint()
    {
        var r = CliRunner.Run("--format", "xml", "--bogus");
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        var lines = r.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("unknown format 'xml'", lines[0]);
        Assert.Contains("unknown option '--bogus'", lines[1]);
        Assert.Equal("Try 'nbsummary --help' for more information.", lines[2]);
    }
}
