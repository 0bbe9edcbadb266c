using System.IO.Compression;
using System.Xml.Linq;
using NotebookSummary.KernelTests.Support;
using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.KernelTests.Package;

/// <summary>
/// The NuGet package "NotebookSummary" as a notebook's <c>#r "nuget: NotebookSummary"</c> receives it: both
/// assemblies in lib/net8.0, the extension script where the kernel looks for it, the README, and nothing that
/// would bring a second copy of the kernel's own assemblies.
/// </summary>
public class PackageLayoutTests
{
    private readonly PackedPackage _package = PackedPackage.Current;

    private ZipArchive Open() => ZipFile.OpenRead(_package.Nupkg);

    private static List<string> Entries(ZipArchive zip) => zip.Entries.Select(e => e.FullName).ToList();

    private XElement Metadata()
    {
        using var zip = Open();
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var doc = XDocument.Load(stream);
        return doc.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [Fact]
    public void The_package_is_named_NotebookSummary()
    {
        Assert.Equal($"NotebookSummary.{_package.Version}.nupkg", Path.GetFileName(_package.Nupkg));
        Assert.Equal("NotebookSummary", Value(Metadata(), "id"));
    }

    [Fact]
    public void Both_assemblies_are_in_lib_net8()
    {
        using var zip = Open();
        var entries = Entries(zip);
        Assert.Contains("lib/net8.0/NotebookSummary.dll", entries);
        Assert.Contains("lib/net8.0/NotebookSummary.Interactive.dll", entries);
        // Only our own assemblies: the kernel brings Formatting and ASP.NET Core's HTML abstractions.
        var dlls = entries.Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "lib/net8.0/NotebookSummary.Interactive.dll", "lib/net8.0/NotebookSummary.dll" }, dlls);
        Assert.Contains("lib/net8.0/NotebookSummary.xml", entries); // the core's docs, for IntelliSense in notebooks
    }

    [Fact]
    public void No_copy_of_the_kernels_assemblies_is_shipped()
    {
        using var zip = Open();
        Assert.DoesNotContain(Entries(zip), e => e.Contains("Microsoft.DotNet.Interactive", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Entries(zip), e => e.Contains("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Entries(zip), e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_extension_script_is_where_the_kernel_looks_and_is_the_repositorys()
    {
        using var zip = Open();
        var entry = zip.GetEntry("interactive-extensions/dotnet/extension.dib");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry!.Open());
        Assert.Equal(RepositoryFiles.Read("src", "NotebookSummary.Interactive", "extension.dib"), reader.ReadToEnd());
    }

    [Fact]
    public void The_readme_is_the_repositorys_and_is_the_package_readme()
    {
        using var zip = Open();
        var entry = zip.GetEntry("README.md");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry!.Open());
        Assert.Equal(RepositoryFiles.Read("README.md"), reader.ReadToEnd());
        Assert.Equal("README.md", Value(Metadata(), "readme"));
    }

    [Fact]
    public void The_package_declares_no_dependencies_and_no_framework_references()
    {
        var metadata = Metadata();
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        Assert.Empty(dependencies); // in particular none on Microsoft.DotNet.Interactive.* or NotebookSummary.Core
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "frameworkReference");
    }

    [Fact]
    public void The_metadata_has_license_tags_and_repository()
    {
        var metadata = Metadata();
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        var tags = Value(metadata, "tags")!.Split(' ');
        Assert.Contains("keras", tags);
        Assert.Contains("dotnet-interactive", tags);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
    }
}
