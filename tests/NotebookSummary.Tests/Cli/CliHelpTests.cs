using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

public class CliHelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_describes_options_formats_exit_codes_and_examples(string flag)
    {
        var r = CliRunner.Run(flag);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Stderr);
        foreach (var option in new[] { "--format", "--width", "--show-trainable", "--output", "FILES" })
            Assert.Contains(option, r.Stdout);
        // The seven formats (README), each listed under Formats on a line of its own with what it is.
        string formats = r.Stdout[r.Stdout.IndexOf("Formats:", StringComparison.Ordinal)..];
        foreach (var (name, says) in new[] { ("text", "Keras 3"), ("keras2", "tf.keras 2"), ("ascii", "ASCII"), ("html", "HTML"),
                     ("svg", "SVG"), ("markdown", "Markdown"), ("json", "JSON") })
            Assert.Matches($@"\n  {name} +[^\n]*{System.Text.RegularExpressions.Regex.Escape(says)}", formats);
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Contains("  0  every model was summarized", r.Stdout);
        Assert.Contains("  1  a source has errors or a model is invalid", r.Stdout);
        Assert.Contains("  2  usage error", r.Stdout);
        Assert.Contains("Examples:", r.Stdout);
        Assert.Contains("nbsummary model.py -f html -o model.html", r.Stdout);
    }

    [Fact]
    public void Help_wins_over_other_arguments()
    {
        var r = CliRunner.Run("missing.py", "--help");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var r = CliRunner.Run("--version");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", r.Stdout);
    }
}
