using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using NotebookSummary.Tests.Interactive;

namespace NotebookSummary.Tests.Readme;

/// <summary>
/// Every C# block in the README and docs/ compiles as shown, with only the usings it writes itself plus the SDK's
/// implicit ones (what a new console project has), so a reader can paste it. Blocks fenced <c>```csharp excerpt</c>
/// are quotations of the library's own source and say so; blocks of only <c>#i</c>/<c>#r</c> lines are kernel
/// directives, checked by the kernel tests.
/// </summary>
public partial class DocumentedSnippetTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
         "System.Threading.Tasks"];

    // Read once: every theory case looks its block up here.
    private static readonly Lazy<List<(string File, int Line, string Code)>> Blocks = new(() => AllSnippets().ToList());

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in Blocks.Value)
            data.Add(file, line);
        return data;
    }

    [Fact]
    public void The_docs_hold_the_snippets_the_readers_are_sent_to()
    {
        var files = Blocks.Value.Select(s => s.File).Distinct().ToList();
        Assert.Contains("README.md", files);
        Assert.Contains("docs/csharp-api.md", files);
        Assert.Contains("docs/keras-reader.md", files);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_documented_CSharp_block_compiles_as_shown(string file, int line)
    {
        string code = Blocks.Value.Single(s => s.File == file && s.Line == line).Code;
        string usings = string.Concat(ImplicitUsings.Select(u => $"global using {u};\n"));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(usings), CSharpSyntaxTree.ParseText(code, path: $"{file}:{line}")],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var errors = compilation.Emit(image).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0,
            $"{file}, the block at line {line}, does not compile as shown:\n" + string.Join("\n", errors) + "\n" + code);
    }

    private static IEnumerable<(string File, int Line, string Code)> AllSnippets()
    {
        var files = new[] { "README.md" }.Concat(Directory
            .EnumerateFiles(Path.Combine(RepositoryFiles.Root, "docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .Order(StringComparer.Ordinal));
        foreach (string file in files)
        {
            string text = RepositoryFiles.Read(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match block in CSharpFence().Matches(text))
            {
                int line = text.AsSpan(0, block.Index).Count('\n') + 1;
                string indent = block.Groups["indent"].Value;
                string code = string.Join("\n", block.Groups["body"].Value.Split('\n')
                    .Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l));
                bool directivesOnly = code.Split('\n').All(l => l.Length == 0 || l.StartsWith('#'));
                if (!directivesOnly)
                    yield return (file, line, code);
            }
        }
    }

    private static IEnumerable<MetadataReference> References()
    {
        string platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return platform.Split(Path.PathSeparator)
            .Concat([typeof(Sequential).Assembly.Location, typeof(NotebookSummary.Interactive.NotebookExtension).Assembly.Location])
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    // A ```csharp fence (not ```csharp excerpt), possibly indented inside a list item, up to its closing fence.
    [GeneratedRegex(@"^(?<indent>[ ]*)```csharp[ ]*\n(?<body>.*?)\n\k<indent>```[ ]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpFence();
}
