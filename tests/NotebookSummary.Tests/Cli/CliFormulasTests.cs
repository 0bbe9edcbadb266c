using AngleSharp.Html.Parser;
using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>--formulas</c> gives a terminal user the didactic part: the text formats print every
/// walk-through after the table, HTML opens them all; <c>-o</c> says what it wrote. The numbers are Keras's for
/// keras.io's MNIST convnet head: Conv2D (3·3·1 + 1)·32 = 320, Dense (5,408 + 1)·10 = 54,090.
/// </summary>
public class CliFormulasTests
{
    private const string Mnist = """
        import keras
        from keras import layers
        model = keras.Sequential([
            keras.Input(shape=(28, 28, 1)),
            layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
            layers.MaxPooling2D(pool_size=(2, 2)),
            layers.Flatten(),
            layers.Dense(10, activation="softmax"),
        ])
        """;

    [Theory]
    [InlineData("text")]
    [InlineData("keras2")]
    [InlineData("ascii")]
    public void Text_formats_print_every_walk_through_after_the_table(string format)
    {
        var r = CliRunner.RunWithInput(Mnist, "-", "--format", format, "--formulas");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        var without = CliRunner.RunWithInput(Mnist, "-", "--format", format).Stdout;
        Assert.StartsWith(without, r.Stdout);
        string walkThroughs = r.Stdout[without.Length..];
        Assert.StartsWith("\nWalk-throughs\n\nconv2d (Conv2D): (None, 28, 28, 1) → (None, 26, 26, 32)\n", walkThroughs);
        Assert.Contains("\n  params = (k_h·k_w·c_in + 1)·filters = (3·3·1 + 1)·32 = 320\n", walkThroughs);
        Assert.Contains("\ndense (Dense): (None, 5408) → (None, 10)\n  params = (n_in + 1)·units = (5,408 + 1)·10 = 54,090\n", walkThroughs);
        Assert.Equal(4, walkThroughs.Split('\n').Count(l => l.Contains(" → ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_keeps_the_walk_throughs_in_a_fenced_block()
    {
        var r = CliRunner.RunWithInput(Mnist, "-", "--format", "markdown", "--formulas");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        int fence = r.Stdout.IndexOf("\n```text\nWalk-throughs\n", StringComparison.Ordinal);
        Assert.True(fence > 0, r.Stdout);
        Assert.EndsWith("```\n", r.Stdout);
        Assert.DoesNotContain("```", r.Stdout[(fence + 8)..^4]);
    }

    [Fact]
    public void Html_opens_every_walk_through_and_the_output_file_is_reported()
    {
        using var dir = CliRunner.TempDir();
        string page = dir.File("model.html");
        var r = CliRunner.RunWithInput(Mnist, "-", "--format", "html", "--formulas", "-o", page);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal($"nbsummary: wrote '{page}' (html, {new FileInfo(page).Length:N0} bytes)\n", r.Stderr);
        var rows = new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelectorAll("details.nbs-layer").ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, row => Assert.True(row.HasAttribute("open")));
    }

    [Fact]
    public void A_drawing_has_no_place_for_walk_throughs_and_refuses_the_flag()
    {
        var r = CliRunner.RunWithInput(Mnist, "-", "--format", "svg", "--formulas");
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("nbsummary: error: --formulas applies to html, json and the text formats, not to --format svg\n", r.Stderr);
    }

    [Fact]
    public void Json_rows_carry_their_walk_through_only_when_asked()
    {
        using var plain = System.Text.Json.JsonDocument.Parse(CliRunner.RunWithInput(Mnist, "-", "--format", "json").Stdout);
        Assert.All(plain.RootElement.GetProperty("layers").EnumerateArray(), row => Assert.False(row.TryGetProperty("walkthrough", out _)));

        var r = CliRunner.RunWithInput(Mnist, "-", "--format", "json", "--formulas");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var conv = json.RootElement.GetProperty("layers")[0].GetProperty("walkthrough").GetProperty("params");
        Assert.Equal("(3·3·1 + 1)·32", conv.GetProperty("substituted").GetString());
        Assert.Equal(320, conv.GetProperty("result").GetInt64());
    }
}
