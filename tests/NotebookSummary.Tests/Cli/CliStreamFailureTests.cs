using System.Diagnostics;
using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// A closed or full standard stream (<c>&gt;&amp;-</c>, <c>2&gt;/dev/full</c>) never aborts <c>nbsummary</c> nor
/// passes for an internal error: the run finishes, one line on the other stream says what failed, and the exit code
/// is 2, as docs/cli.md documents. In-process with writers that fail as the console's do, and as a
/// real process where the shell can close and fill streams.
/// </summary>
public class CliStreamFailureTests
{
    private const string Warns = SampleSources.Valid + "assert 1 == 2\n";

    /// <summary>A stream that fails as the console's do: <c>/dev/full</c> or a full disk (IOException), or a closed
    /// descriptor (which .NET reports as UnauthorizedAccessException), after <paramref name="room"/> characters.</summary>
    private sealed class FailingWriter(Exception failure, int room = 0) : StringWriter
    {
        public int Attempts { get; private set; }

        public override void Write(char value)
        {
            Attempts++;
            if (GetStringBuilder().Length >= room) throw failure;
            base.Write(value);
        }

        public override void Write(string? value)
        {
            foreach (char c in value ?? "") Write(c);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }

        public override void WriteLine(string? value) => Write(value + "\n");
    }

    private static Exception Full() => new IOException("No space left on device");
    private static Exception Closed() => new UnauthorizedAccessException("Access to the path is denied.");

    private static (int Code, StringWriter Out, StringWriter Err) Run(string stdin, StringWriter stdout, StringWriter stderr, params string[] args)
    {
        stdout.NewLine = stderr.NewLine = "\n";
        int code = CliApp.Run(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout, stderr);
    }

    [Fact]
    public void A_full_standard_error_is_reported_on_standard_output_when_nothing_else_is_there()
    {
        var (code, stdout, _) = Run(SampleSources.UnknownLayer, new StringWriter(), new FailingWriter(Full()), "-");
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Equal("nbsummary: error: cannot write standard error: No space left on device\n", stdout.ToString());
    }

    [Fact]
    public void A_closed_standard_output_is_reported_on_standard_error()
    {
        var (code, _, stderr) = Run(SampleSources.Valid, new FailingWriter(Closed()), new StringWriter(), "-");
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Equal("nbsummary: error: cannot write standard output: it is closed or not open for writing\n", stderr.ToString());
    }

    [Fact]
    public void A_message_never_lands_inside_the_output_a_program_reads()
    {
        // The summary went to standard output; the warning could not go to standard error: only the exit code tells.
        var (code, stdout, _) = Run(Warns, new StringWriter(), new FailingWriter(Full()), "-", "-f", "json");
        Assert.Equal(ExitCodes.UsageErrors, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        Assert.DoesNotContain("cannot write", stdout.ToString());
    }

    [Fact]
    public void Both_streams_failing_leave_only_the_exit_code()
    {
        var (code, _, _) = Run(SampleSources.UnknownLayer, new FailingWriter(Closed()), new FailingWriter(Full()), "-");
        Assert.Equal(ExitCodes.UsageErrors, code);
    }

    [Fact]
    public void Output_that_fails_midway_stops_the_run_after_one_attempt()
    {
        using var dir = CliRunner.TempDir();
        var files = Enumerable.Range(0, 5).Select(i => dir.File($"m{i}.py")).ToArray();
        foreach (var f in files) File.WriteAllText(f, SampleSources.Valid);
        var stdout = new FailingWriter(Full(), room: 100);
        var (code, _, stderr) = Run("", stdout, new StringWriter(), files);
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Equal("nbsummary: error: cannot write standard output: No space left on device\n", stderr.ToString());
        // The first write past the room failed; nothing was tried after it.
        Assert.Equal(101, stdout.Attempts);
    }

    [Fact]
    public void Help_into_a_closed_standard_output()
    {
        var (code, _, stderr) = Run("", new FailingWriter(Closed()), new StringWriter(), "--help");
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.StartsWith("nbsummary: error: cannot write standard output", stderr.ToString());
    }

    // As a real process: the shell closes or fills the streams, and the console's own writers fail.
    [Theory]
    [InlineData("bad.py 2>/dev/full", ExitCodes.UsageErrors, "nbsummary: error: cannot write standard error: No space left on device\n", "")]
    [InlineData("good.py >/dev/full", ExitCodes.UsageErrors, "", "nbsummary: error: cannot write standard output: No space left on device\n")]
    [InlineData("good.py >&-", ExitCodes.UsageErrors, "", "nbsummary: error: cannot write standard output: it is closed or not open for writing\n")]
    [InlineData("bad.py 2>&-", ExitCodes.UsageErrors, "nbsummary: error: cannot write standard error: it is closed or not open for writing\n", "")]
    public void A_real_process_exits_with_the_documented_code(string redirection, int expectedCode, string expectedOut, string expectedErr)
    {
        if (!OperatingSystem.IsLinux()) return; // /dev/full and the shell's redirections
        using var dir = CliRunner.TempDir();
        File.WriteAllText(dir.File("good.py"), SampleSources.Valid);
        File.WriteAllText(dir.File("bad.py"), SampleSources.UnknownLayer);
        var (code, stdout, stderr) = RunProcess(dir.Path, redirection);
        Assert.Equal((expectedCode, expectedOut, expectedErr), (code, stdout, stderr));
    }

    private static (int Code, string Stdout, string Stderr) RunProcess(string folder, string arguments)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string cli = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-c", $"exec '{dotnet}' '{cli}' {arguments}" },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
