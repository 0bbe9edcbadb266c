using NotebookSummary.Cli;
using NotebookSummary.Tests.Support;

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
        Assert.Equal(FormatSpec.Names.Order(), FormatLines(r.Stdout).Keys.Order());
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Contains("  0  every model was summarized", r.Stdout);
        Assert.Contains("  1  a source has errors or a model is invalid", r.Stdout);
        Assert.Contains("  2  usage error", r.Stdout);
        Assert.Contains("Examples:", r.Stdout);
        Assert.Contains("nbsummary model.py -f html -o model.html", r.Stdout);
    }

    [Fact]
    public void The_format_lines_name_the_default_and_the_options_only_some_formats_take()
    {
        var lines = FormatLines(CliRunner.Run("--help").Stdout);
        Assert.Contains("(the default)", lines["text"]);
        Assert.Single(lines.Values, l => l.Contains("(the default)", StringComparison.Ordinal));
        Assert.Equal(["keras2", "text"], lines.Where(l => l.Value.Contains("--width", StringComparison.Ordinal)).Select(l => l.Key).Order());
        Assert.Equal(["text"], lines.Where(l => l.Value.Contains("--show-trainable", StringComparison.Ordinal)).Select(l => l.Key));
    }

    // The "Formats:" section: one line per format, its name first.
    private static Dictionary<string, string> FormatLines(string help)
    {
        var section = help[(help.IndexOf("\nFormats:\n", StringComparison.Ordinal) + "\nFormats:\n".Length)..];
        return section[..section.IndexOf("\n\n", StringComparison.Ordinal)].Split('\n')
            .ToDictionary(l => l.TrimStart().Split(' ')[0], l => l);
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
