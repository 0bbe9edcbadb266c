using System.Diagnostics;
using System.Reflection;
using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.KernelTests.Support;

/// <summary>
/// The NuGet package "NotebookSummary" packed from this build, once per test run, into a fresh folder and under a
/// version no kernel has seen: a kernel caches a package by version, so a reused version could load a stale build.
/// </summary>
public sealed class PackedPackage
{
    private static readonly Lazy<PackedPackage> Instance = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackedPackage(string folder, string version, string nupkg)
    {
        Folder = folder;
        Version = version;
        Nupkg = nupkg;
    }

    /// <summary>The package of this test run.</summary>
    public static PackedPackage Current => Instance.Value;

    /// <summary>The folder holding the .nupkg: what a user names with <c>#i "nuget: ..."</c>.</summary>
    public string Folder { get; }

    public string Version { get; }

    public string Nupkg { get; }

    /// <summary>The two lines a notebook user writes to load this package.</summary>
    public string LoadCell => $"#i \"nuget: {Folder}\"\n#r \"nuget: NotebookSummary, {Version}\"";

    private static PackedPackage Pack()
    {
        string folder = Path.Combine(Path.GetTempPath(), "nbs-kernel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string version = "0.1.0-kerneltest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        string project = RepositoryFiles.PathOf("src", "NotebookSummary.Interactive", "NotebookSummary.Interactive.csproj");
        // The test project built the extension in this configuration before the tests ran: pack those binaries.
        string configuration = typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BuildConfiguration").Value!;
        Run("dotnet", "pack", project, "--no-build", "--no-restore", "--nologo", "--configuration", configuration,
            "--output", folder, $"-p:PackageVersion={version}", "-p:BuildProjectReferences=false");
        return new PackedPackage(folder, version, Path.Combine(folder, $"NotebookSummary.{version}.nupkg"));
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 5 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{stdout.Result}{stderr.Result}");
    }
}
