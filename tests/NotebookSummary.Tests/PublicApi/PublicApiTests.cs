using System.Reflection;
using NotebookSummary.Interactive;
using NotebookSummary.Tests.Interactive;
using PublicApiGenerator;

namespace NotebookSummary.Tests.PublicApi;

/// <summary>
/// The public API of the shipped assemblies is pinned: PublicApiGenerator writes it as C# text and the test compares it
/// with the reviewed file next to this one. A change to the surface (a type made public, a member renamed) then shows
/// as a diff in review, as dotnet/interactive does for its own API. The CLI (nbsummary) has no public API.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Assemblies => ["NotebookSummary", "NotebookSummary.Interactive"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Public_api_is_the_approved_one(string assemblyName)
    {
        Assembly assembly = assemblyName == "NotebookSummary" ? typeof(Sequential).Assembly : typeof(NotebookExtension).Assembly;
        string received = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));

        string folder = RepositoryFiles.PathOf("tests", "NotebookSummary.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, assemblyName + ".approved.txt");
        string receivedPath = Path.Combine(folder, assemblyName + ".received.txt");
        string approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail($"The public API of {assemblyName} changed. Compare {receivedPath} with {approvedPath}; if the change is " +
                    $"intended, copy the received file over the approved one (cp \"{receivedPath}\" \"{approvedPath}\") and commit it.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";
}
