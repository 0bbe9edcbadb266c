using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// The slice of the .NET Interactive API that extension.dib uses, as docs/dotnet-interactive.md records it from a
/// real kernel (this machine cannot restore the package). Compiling the dib against it checks that the glue's calls
/// bind — types, overloads, lambdas — not that the kernel behaves; a member the doc does not list is not stubbed.
/// </summary>
internal static class KernelApiStubs
{
    private const string Source = """
        #nullable enable
        namespace Microsoft.DotNet.Interactive.Commands
        {
            public abstract class KernelCommand { }
            public class SubmitCode : KernelCommand
            {
                public string Code { get; } = "";
                // Keyed with the dashes, raw values (doc: "command.Parameters is a dictionary keyed WITH the dashes").
                public System.Collections.Generic.Dictionary<string, string> Parameters { get; } = new();
            }
        }
        namespace Microsoft.DotNet.Interactive.Directives
        {
            public class KernelDirectiveParameter
            {
                public KernelDirectiveParameter(string name, string? description = null) { }
                public bool Flag { get; set; }
                public KernelDirectiveParameter AddCompletions(System.Func<System.Collections.Generic.IEnumerable<string>> getCompletions) => this;
            }
        }
        namespace Microsoft.DotNet.Interactive
        {
            using Microsoft.DotNet.Interactive.Commands;
            using Microsoft.DotNet.Interactive.Directives;
            public class KernelSpecifierDirective
            {
                public System.Collections.Generic.ICollection<KernelDirectiveParameter> Parameters { get; } = new System.Collections.Generic.List<KernelDirectiveParameter>();
            }
            public interface IKernelCommandHandler<in TCommand> where TCommand : KernelCommand
            {
                System.Threading.Tasks.Task HandleAsync(TCommand command, KernelInvocationContext context);
            }
            public abstract class Kernel
            {
                protected Kernel(string name) { }
                public virtual KernelSpecifierDirective KernelSpecifierDirective => new();
                public static Kernel Root => throw new System.NotSupportedException();
                public Kernel? FindKernelByName(string name) => null;
            }
            public sealed class CompositeKernel : Kernel
            {
                public CompositeKernel() : base(".NET") { }
                public void Add(Kernel kernel, System.Collections.Generic.IEnumerable<string>? aliases = null) { }
            }
            public class KernelInvocationContext
            {
                public static KernelInvocationContext? Current => null;
                public void Fail(KernelCommand command, System.Exception? exception = null, string? message = null) { }
            }
            public class DisplayedValue { }
            public static class KernelInvocationContextExtensions
            {
                public static DisplayedValue Display(this KernelInvocationContext context, object value, params string[] mimeTypes) => new();
                public static DisplayedValue DisplayAs(this KernelInvocationContext context, string value, string mimeType, params string[] additionalMimeTypes) => new();
            }
        }
        """;

    /// <summary>The stubs compiled to an in-memory assembly reference.</summary>
    public static MetadataReference Reference { get; } = Compile();

    private static MetadataReference Compile()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create("Microsoft.DotNet.Interactive.Stubs",
            [CSharpSyntaxTree.ParseText(Source)],
            trusted.Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
            throw new InvalidOperationException("stubs do not compile:\n" + string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
