using NotebookSummary.Cli;

namespace NotebookSummary.NativeCliTests.Support;

/// <summary>
/// The same CLI run in this test process, on the JIT: the reference the native program must equal. Its own output
/// is checked against Keras's printouts and the conformance cases by NotebookSummary.Tests.
/// </summary>
internal static class InProcessCli
{
    public static CliResult Run(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new StringReader(stdin), output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
