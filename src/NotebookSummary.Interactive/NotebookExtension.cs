using Microsoft.DotNet.Interactive;

namespace NotebookSummary.Interactive;

/// <summary>
/// What loading the package does to a kernel, called by <c>extension.dib</c> once .NET Interactive has referenced the
/// package: registers the formatters, adds the <c>#!summary</c> kernel to the notebook's root kernel, and says so in
/// one line. Loading again (another version, or the same package twice) changes nothing and says nothing.
/// </summary>
public static class NotebookExtension
{
    /// <summary>Loads the extension into the notebook whose kernel is <paramref name="kernel"/> (any of its kernels).</summary>
    public static void Load(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        NotebookFormatters.Register();
        if (kernel.RootKernel is not CompositeKernel root)
            throw new InvalidOperationException(
                "NotebookSummary needs a notebook kernel (a CompositeKernel) to add #!summary to; formatters are registered.");
        if (root.FindKernelByName(SummaryKernel.KernelName) is not null) return;

        root.Add(new SummaryKernel());
        root.AddMiddleware(SummaryKernel.ExplainEmptyCell);
        KernelInvocationContext.Current?.Display(ExtensionLoadMessage.Current);
    }
}
