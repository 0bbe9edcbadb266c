using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookSummary.Interactive;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// extension.dib is compiled only by the kernel, at load time, so no build here sees it. These tests read it from the
/// repository and check by reflection that every library member it calls exists with the shape the call needs:
/// a rename in the library fails here instead of in a user's notebook.
/// </summary>
public class ExtensionDibTests
{
    private static readonly string Dib = RepositoryFiles.Read("src", "NotebookSummary.Interactive", "extension.dib");

    private static string Code => Assert.Single(DibNotebook.Parse(Dib), c => c.Kind == DibCellKind.CSharp).Text;

    /// <summary>The code without comments, using directives and string contents: only what is compiled as names.</summary>
    private static string Names
    {
        get
        {
            string code = Regex.Replace(Code, @"//[^\n]*", "");
            code = Regex.Replace(code, @"^using [\w.]+;", "", RegexOptions.Multiline);
            return Regex.Replace(code, "\"[^\"\n]*\"", "\"\"");
        }
    }

    /// <summary>Types the kernel provides; everything else the glue names must be the library's.</summary>
    private static readonly HashSet<string> KernelTypes =
    [
        "Kernel", "CompositeKernel", "KernelInvocationContext", "KernelSpecifierDirective", "KernelDirectiveParameter",
        "SubmitCode", "IKernelCommandHandler", "Task",
    ];

    private static readonly Assembly[] Library = [typeof(SummaryCell).Assembly, typeof(Sequential).Assembly];

    private static Type? LibraryType(string name) =>
        Library.SelectMany(a => a.GetExportedTypes()).SingleOrDefault(t => t.Name == name);

    [Fact]
    public void The_dib_is_one_csharp_cell_after_the_metadata()
    {
        var cells = DibNotebook.Parse(Dib);
        Assert.Equal(new[] { DibCellKind.Meta, DibCellKind.CSharp }, cells.Select(c => c.Kind));
        Assert.Contains("\"defaultKernelName\":\"csharp\"", cells[0].Text);
    }

    [Fact]
    public void The_glue_compiles_against_the_library_and_the_documented_kernel_api()
    {
        // As the kernel compiles it: a C# script, here with no implicit usings at all (the dib declares its own).
        var options = ScriptOptions.Default
            .WithImports(Array.Empty<string>())
            .AddReferences(KernelApiStubs.Reference)
            .AddReferences(Library);
        var errors = CSharpScript.Create(Code, options).Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "extension.dib does not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Every_type_the_glue_names_is_the_kernels_or_a_public_library_type()
    {
        string[] typePositions =
        [
            @"new\s+([A-Z]\w*)",                          // new SummaryCell()
            @"\(\s*([A-Z]\w*)\s*\)",                      // ((CompositeKernel)...)
            @"(?<![\w.])([A-Z]\w*)\.",                    // SummaryRenderer.FormatNames
            @"<([A-Z]\w*)>",                              // IKernelCommandHandler<SubmitCode>
            @"\b([A-Z]\w*)\s+[_a-z]\w*\s*[=;,)]",         // SummaryCell _cell = ..., SubmitCode command)
            @"public\s+(?:override\s+)?([A-Z]\w*)\s+[A-Z]", // public Task HandleAsync, public override KernelSpecifierDirective ...
            @"class\s+\w+\s*:\s*([A-Z]\w*)\s*,\s*([A-Z]\w*)", // class SummaryKernel : Kernel, IKernelCommandHandler<...>
        ];
        var named = typePositions
            .SelectMany(p => Regex.Matches(Names, p).SelectMany(m => m.Groups.Cast<Group>().Skip(1).Select(g => g.Value)))
            .Where(n => n.Length > 0 && n != "SummaryKernel") // declared in the dib
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "SummaryCell", "SummaryCellOptions", "SummaryRenderer", "NotebookFormatters",
            "ExtensionLoadMessage", "KernelDirectiveParameter", "CompositeKernel", "SubmitCode", "Kernel" }, named);
        foreach (var name in named)
            Assert.True(KernelTypes.Contains(name) || LibraryType(name) is not null,
                $"extension.dib names '{name}', which is neither a kernel type nor a public library type");
    }

    [Fact]
    public void Every_static_library_member_the_glue_uses_exists()
    {
        var uses = Regex.Matches(Names, @"(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)")
            .Select(m => (Type: m.Groups[1].Value, Member: m.Groups[2].Value))
            .Where(u => LibraryType(u.Type) is not null)
            .Distinct()
            .ToList();
        // The glue's whole contract with the library, so that dropping a call from the dib is noticed too.
        Assert.Equal(new[]
        {
            ("SummaryCellOptions", "FormatParameter"), ("SummaryCellOptions", "FormatDescription"),
            ("SummaryRenderer", "FormatNames"), ("SummaryCellOptions", "FormulasParameter"),
            ("SummaryCellOptions", "FormulasDescription"), ("NotebookFormatters", "Register"),
            ("ExtensionLoadMessage", "Current"),
        }.Order(), uses.Order());
        foreach (var (type, member) in uses)
        {
            var found = LibraryType(type)!.GetMember(member, BindingFlags.Public | BindingFlags.Static);
            Assert.True(found.Length > 0, $"{type}.{member} is not a public static member");
        }
    }

    [Fact]
    public void The_directive_parameters_are_strings_and_the_completions_a_sequence_of_strings()
    {
        Assert.Equal("--format", SummaryCellOptions.FormatParameter);
        Assert.Equal("--formulas", SummaryCellOptions.FormulasParameter);
        Assert.IsType<string>(SummaryCellOptions.FormatDescription);
        Assert.IsType<string>(SummaryCellOptions.FormulasDescription);
        // AddCompletions(Func<IEnumerable<string>>) takes it as is.
        Assert.True(typeof(IEnumerable<string>).IsAssignableFrom(typeof(SummaryRenderer).GetProperty("FormatNames")!.PropertyType));
        Assert.Contains(".AddCompletions(() => SummaryRenderer.FormatNames)", Code);
        Assert.Contains("{ Flag = true }", Code);
    }

    [Fact]
    public void The_handler_forwards_code_and_parameters_to_the_cell_and_shows_what_comes_back()
    {
        Assert.Contains("private readonly SummaryCell _cell = new();", Code);
        Assert.Contains("var result = _cell.Run(command.Code, command.Parameters);", Code);
        Assert.NotNull(typeof(SummaryCell).GetConstructor(Type.EmptyTypes));

        // Run(code, parameters) accepts SubmitCode.Code (string) and SubmitCode.Parameters (a Dictionary<string, string>).
        var run = typeof(SummaryCell).GetMethod("Run", BindingFlags.Public | BindingFlags.Instance)!;
        var parameters = run.GetParameters();
        Assert.Equal(2, parameters.Length);
        Assert.Equal(typeof(string), parameters[0].ParameterType);
        Assert.True(parameters[1].ParameterType.IsAssignableFrom(typeof(Dictionary<string, string>)));
        Assert.True(parameters[1].ParameterType.IsAssignableFrom(typeof(IReadOnlyDictionary<string, string>)));
        Assert.Equal(typeof(SummaryCellResult), run.ReturnType);

        // foreach (var output in result.Outputs) context.DisplayAs(output.Content, output.MimeType);
        Assert.Contains("foreach (var output in result.Outputs)", Code);
        Assert.Contains("context.DisplayAs(output.Content, output.MimeType);", Code);
        Assert.True(typeof(IEnumerable<CellOutput>).IsAssignableFrom(typeof(SummaryCellResult).GetProperty("Outputs")!.PropertyType));
        Assert.Equal(typeof(string), typeof(CellOutput).GetProperty("Content")!.PropertyType);
        Assert.Equal(typeof(string), typeof(CellOutput).GetProperty("MimeType")!.PropertyType);

        // if (result.Failed) context.Fail(command, null, result.FailureMessage);
        Assert.Contains("if (result.Failed)", Code);
        Assert.Contains("context.Fail(command, null, result.FailureMessage);", Code);
        Assert.Equal(typeof(bool), typeof(SummaryCellResult).GetProperty("Failed")!.PropertyType);
        Assert.Equal(typeof(string), typeof(SummaryCellResult).GetProperty("FailureMessage")!.PropertyType);

        var members = Regex.Matches(Names, @"\b(result|output|_cell)\.(\w+)").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).Distinct();
        foreach (var (variable, member) in members)
        {
            var type = variable switch { "result" => typeof(SummaryCellResult), "output" => typeof(CellOutput), _ => typeof(SummaryCell) };
            Assert.True(type.GetMember(member, BindingFlags.Public | BindingFlags.Instance).Length > 0, $"{type.Name}.{member} does not exist");
        }
    }

    [Fact]
    public void Loading_twice_adds_the_kernel_once_and_the_directive_is_built_once()
    {
        // The kernel is named "summary" (so the directive is #!summary) and is added only when no kernel has that name.
        Assert.Contains("public SummaryKernel() : base(\"summary\") { }", Code);
        Assert.Contains("if (Kernel.Root.FindKernelByName(\"summary\") is null)", Code);
        Assert.Contains("((CompositeKernel)Kernel.Root).Add(new SummaryKernel());", Code);
        // base.KernelSpecifierDirective is read once and cached: adding a parameter twice throws.
        Assert.Single(Regex.Matches(Code, @"base\.KernelSpecifierDirective"));
        Assert.Contains("if (_directive is null)", Code);
        // Formatters register before anything can display (Register itself is idempotent).
        Assert.True(Code.IndexOf("NotebookFormatters.Register();", StringComparison.Ordinal)
                    < Code.IndexOf("Kernel.Root.FindKernelByName", StringComparison.Ordinal));
    }
}
