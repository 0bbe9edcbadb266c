using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// <c>-o PATH</c> never loses data: the source is never the output, a run that fails or
/// has nothing to write leaves PATH as it was, and a directory is named as such. The output is written beside PATH
/// and moved onto it in one step, so no temporary file is left behind either.
/// </summary>
public class CliOutputFileTests
{
    private const string Existing = "results the user wants to keep\n";

    private static string[] FilesIn(CliRunner.TempDirectory dir) =>
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void The_source_is_refused_as_output_before_anything_is_written()
    {
        using var dir = CliRunner.TempDir();
        string model = dir.File("model.py");
        File.WriteAllText(model, SampleSources.Valid);
        var r = CliRunner.Run(model, "-o", model);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal($"nbsummary: error: cannot write '{model}': it is the input '{model}', which the output would " +
                     "replace; choose another output file\n", r.Stderr);
        Assert.Equal(SampleSources.Valid, File.ReadAllText(model));
        Assert.Equal(["model.py"], FilesIn(dir));
    }

    [Fact]
    public void The_source_is_recognized_through_another_spelling_and_a_symbolic_link()
    {
        using var dir = CliRunner.TempDir();
        string model = dir.File("model.py");
        File.WriteAllText(model, SampleSources.Valid);
        string otherSpelling = Path.Combine(dir.Path, ".", "sub", "..", "model.py");
        Assert.Equal(ExitCodes.UsageErrors, CliRunner.Run(model, "-o", otherSpelling).ExitCode);
        if (!OperatingSystem.IsWindows())
        {
            string link = dir.File("link.py");
            File.CreateSymbolicLink(link, model);
            Assert.Equal(ExitCodes.UsageErrors, CliRunner.Run(model, "-o", link).ExitCode);
            Assert.Equal(ExitCodes.UsageErrors, CliRunner.Run(link, "-o", model).ExitCode);
        }
        Assert.Equal(SampleSources.Valid, File.ReadAllText(model));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void A_missing_input_leaves_an_existing_output_as_it_was(string format)
    {
        using var dir = CliRunner.TempDir();
        string output = dir.File("existing.txt");
        File.WriteAllText(output, Existing);
        var r = CliRunner.Run(dir.File("missing.py"), "-f", format, "-o", output);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal(Existing, File.ReadAllText(output));
        Assert.Equal(["existing.txt"], FilesIn(dir));
    }

    [Theory]
    [InlineData("html", "page.html")]
    [InlineData("svg", "drawing.svg")]
    [InlineData("text", "table.txt")]
    public void A_source_with_errors_creates_no_empty_file(string format, string name)
    {
        using var dir = CliRunner.TempDir();
        File.WriteAllText(dir.File("bad.py"), SampleSources.UnknownLayer);
        var r = CliRunner.Run(dir.File("bad.py"), "-f", format, "-o", dir.File(name));
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        Assert.Equal(["bad.py"], FilesIn(dir));
    }

    [Fact]
    public void A_width_error_leaves_no_file()
    {
        using var dir = CliRunner.TempDir();
        File.WriteAllText(dir.File("good.py"), SampleSources.Valid);
        var r = CliRunner.Run(dir.File("good.py"), "-w", "10", "-o", dir.File("out.txt"));
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal(["good.py"], FilesIn(dir));
    }

    [Fact]
    public void A_successful_run_replaces_the_file_keeps_its_mode_and_leaves_nothing_else()
    {
        using var dir = CliRunner.TempDir();
        File.WriteAllText(dir.File("good.py"), SampleSources.Valid);
        string output = dir.File("out.txt");
        File.WriteAllText(output, Existing);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var r = CliRunner.Run(dir.File("good.py"), "-o", output);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("Model: \"sequential\"\n", File.ReadAllText(output));
        Assert.Equal(["good.py", "out.txt"], FilesIn(dir));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
    }

    [Fact]
    public void An_invalid_model_still_writes_its_page()
    {
        // Exit code 1 is the answer to the question asked (the model is wrong): the page shows the error.
        using var dir = CliRunner.TempDir();
        File.WriteAllText(dir.File("invalid.py"),
            "import keras\nfrom keras import layers\nmodel = keras.Sequential([layers.Input((4, 4, 1)), layers.Conv2D(3, 5)])\n");
        var r = CliRunner.Run(dir.File("invalid.py"), "-f", "html", "-o", dir.File("page.html"));
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(dir.File("page.html")));
    }

    [Fact]
    public void A_directory_is_named_as_a_directory()
    {
        using var dir = CliRunner.TempDir();
        Directory.CreateDirectory(dir.File("adir"));
        var r = CliRunner.Run("-o", dir.File("adir"));
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.StartsWith($"nbsummary: error: cannot write '{dir.File("adir")}': it is a directory; give a file name", r.Stderr);
    }

    [Fact]
    public void A_read_only_file_is_refused_at_once_and_kept()
    {
        // The privileged user may write anything: the refusal is only observable for others.
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess) return;
        using var dir = CliRunner.TempDir();
        string output = dir.File("locked.txt");
        File.WriteAllText(output, Existing);
        File.SetUnixFileMode(output, UnixFileMode.UserRead);
        var r = CliRunner.Run("-o", output);
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal($"nbsummary: error: cannot write '{output}': permission denied\n", r.Stderr);
        Assert.Equal(Existing, File.ReadAllText(output));
    }

    [Fact]
    public void A_device_is_written_in_place()
    {
        if (!OperatingSystem.IsLinux()) return;
        var r = CliRunner.Run("-o", "/dev/null");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.True(File.Exists("/dev/null"));
    }

    [Fact]
    public void A_full_device_is_an_unwritable_output()
    {
        if (!OperatingSystem.IsLinux()) return;
        var r = CliRunner.RunWithInput(SampleSources.Valid, "-", "-o", "/dev/full");
        Assert.Equal(ExitCodes.UsageErrors, r.ExitCode);
        Assert.Equal("nbsummary: error: cannot write '/dev/full': No space left on device\n", r.Stderr);
    }
}
