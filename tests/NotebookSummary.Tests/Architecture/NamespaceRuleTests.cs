using System.Text.RegularExpressions;
using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.Tests.Architecture;

/// <summary>
/// A file's namespace is its folder (project folder name + path), so the folder tree is the namespace tree — except
/// the modelling vocabulary users write models with (Model/, Layers/, Applications/, Operations/ of the core), which
/// lives in the root namespace <c>NotebookSummary</c> so one <c>using</c> gives every layer, as Keras's
/// <c>from keras import layers</c> does. docs/architecture.md states the rule.
/// </summary>
public partial class NamespaceRuleTests
{
    private static readonly string[] VocabularyFolders = ["Model", "Layers", "Applications", "Operations"];

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        string src = RepositoryFiles.PathOf("src");
        var wrong = new List<string>();
        int files = 0;
        foreach (string project in Directory.GetDirectories(src))
        {
            string projectName = Path.GetFileName(project);
            foreach (string file in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(project, file);
                string[] folders = Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
                if (folders.Length > 0 && folders[0] is "bin" or "obj")
                    continue;
                files++;
                string? declared = NamespaceOf(File.ReadAllText(file));
                if (declared is null && Path.GetFileName(file) == "Program.cs")
                    continue; // top-level statements: the program has no namespace
                string expected = Expected(projectName, folders);
                if (declared != expected)
                    wrong.Add($"{projectName}/{relative.Replace('\\', '/')}: namespace {declared ?? "(none)"}, expected {expected}");
            }
        }
        Assert.True(files > 300, $"only {files} source files found under {src}");
        Assert.True(wrong.Count == 0, "Namespaces that do not follow their folder:\n" + string.Join("\n", wrong));
    }

    private static string Expected(string projectName, string[] folders) =>
        projectName == "NotebookSummary" && folders.Length > 0 && VocabularyFolders.Contains(folders[0])
            ? "NotebookSummary"
            : string.Join('.', [projectName, .. folders]);

    private static string? NamespaceOf(string text)
    {
        var match = NamespaceLine().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
