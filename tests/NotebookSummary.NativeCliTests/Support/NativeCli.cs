using System.Diagnostics;
using System.Reflection;
using System.Text;
using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.NativeCliTests.Support;

/// <summary>
/// The CLI published as users publish it (<c>dotnet publish src/NotebookSummary.Cli -c Release</c>: a native,
/// ahead-of-time compiled program), once per test run into a fresh folder, and run as a process.
/// </summary>
internal static class NativeCli
{
    private static readonly Lazy<string> Program = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs the native program with <paramref name="args"/> and <paramref name="stdin"/>.</summary>
    public static CliResult Run(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Program.Value)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"nbsummary {string.Join(' ', args)} did not finish in a minute");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Publish()
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nbs-native-cli-tests", Guid.NewGuid().ToString("N"));
        string project = RepositoryFiles.PathOf("src", "NotebookSummary.Cli", "NotebookSummary.Cli.csproj");
        string configuration = typeof(NativeCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BuildConfiguration").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", project, "--nologo", "--configuration", configuration, "--output", folder })
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish of the CLI did not finish in 10 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish of the CLI failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        string program = System.IO.Path.Combine(folder, OperatingSystem.IsWindows() ? "nbsummary.exe" : "nbsummary");
        if (File.Exists(System.IO.Path.Combine(folder, "nbsummary.dll")))
            throw new InvalidOperationException("dotnet publish produced nbsummary.dll: the CLI was not compiled to native code");
        return program;
    }
}

/// <summary>What a run of the CLI gave: exit code and both streams.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
