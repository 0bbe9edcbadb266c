using System.Text.Json;
using System.Xml.Linq;
using NotebookSummary.Cli;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// Without <c>--format</c>, the <c>-o</c> file's extension chooses the format (docs/cli.md): <c>-o model.html</c>
/// writes what <c>-f html</c> writes. An explicit <c>--format</c> wins, and an extension no format has keeps the
/// default, Keras 3's table.
/// </summary>
public class CliOutputFormatTests
{
    private static string Written(CliRunner.TempDirectory dir, string fileName, params string[] args)
    {
        string model = dir.File("model.py");
        File.WriteAllText(model, SampleSources.Valid);
        string output = dir.File(fileName);
        var r = CliRunner.Run([model, .. args, "-o", output]);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        return File.ReadAllText(output);
    }

    public static TheoryData<string, string> ExtensionsWithOneFormat()
    {
        var data = new TheoryData<string, string>();
        foreach (var group in FormatSpec.All.GroupBy(f => f.Extension).Where(g => g.Count() == 1))
            data.Add(group.Key, group.Single().Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExtensionsWithOneFormat))]
    public void The_extension_writes_what_the_format_option_writes(string extension, string format)
    {
        using var dir = CliRunner.TempDir();
        Assert.Equal(Written(dir, "explicit.out", "-f", format), Written(dir, "model" + extension.ToUpperInvariant()));
    }

    [Fact]
    public void Each_extension_gives_a_file_its_kind_of_reader_opens()
    {
        using var dir = CliRunner.TempDir();
        Assert.StartsWith("<!DOCTYPE html>", Written(dir, "model.html"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("svg", XDocument.Parse(Written(dir, "model.svg")).Root!.Name.LocalName);
        using var json = JsonDocument.Parse(Written(dir, "model.json"));
        Assert.Equal("sequential", json.RootElement.GetProperty("name").GetString());
        Assert.StartsWith("Model: \"sequential\"\n┏", Written(dir, "model.txt"));
    }

    [Theory]
    [InlineData("model.out")]
    [InlineData("model")]
    public void Another_extension_keeps_the_keras3_table(string fileName)
    {
        using var dir = CliRunner.TempDir();
        Assert.StartsWith("Model: \"sequential\"\n┏", Written(dir, fileName));
    }

    [Fact]
    public void An_explicit_format_wins_over_the_extension()
    {
        using var dir = CliRunner.TempDir();
        Assert.StartsWith("Model: \"sequential\"\n┏", Written(dir, "model.html", "-f", "text"));
    }

    [Fact]
    public void A_document_chosen_by_extension_takes_one_file_and_says_why()
    {
        using var dir = CliRunner.TempDir();
        File.WriteAllText(dir.File("a.py"), SampleSources.Valid);
        File.WriteAllText(dir.File("b.py"), SampleSources.Valid);
        string output = dir.File("all.html");
        var r = CliRunner.Run(dir.File("a.py"), dir.File("b.py"), "-o", output);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Contains($"-o {output} (html) makes one document, so it takes at most one file (got 2)", r.Stderr);
        Assert.False(File.Exists(output));
    }
}
