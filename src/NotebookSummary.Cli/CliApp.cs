using System.CommandLine;

namespace NotebookSummary.Cli;

/// <summary>
/// The whole <c>nbsummary</c> program as a function of its arguments and streams, so tests run it in-process.
/// <c>Program</c> only passes the console.
/// </summary>
internal static class CliApp
{
    /// <summary>The command name, used as the prefix of messages that belong to no input.</summary>
    public const string ProgramName = "nbsummary";

    /// <summary>Runs <c>nbsummary</c>; returns the exit code (see <see cref="ExitCodes"/>). Never throws, even when a
    /// stream fails (closed, full): that is reported once, on the other stream, with <see cref="ExitCodes.UsageErrors"/>.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var output = new GuardedWriter(stdout, "standard output");
        var errors = new GuardedWriter(stderr, "standard error") { ShowsUnsafeAsReplacement = true, FlushesFirst = output };
        int code = RunGuarded(args, stdin, output, errors);
        output.Flush();
        errors.Flush();
        return ReportFailedStreams(code, output, errors);
    }

    private static int RunGuarded(string[] args, TextReader stdin, GuardedWriter stdout, GuardedWriter stderr)
    {
        try
        {
            var commandLine = CommandLine.Read(args);
            if (commandLine.Errors.Count > 0)
            {
                foreach (var error in commandLine.Errors)
                    stderr.WriteLine($"{ProgramName}: error: {error}");
                stderr.WriteLine($"Try '{ProgramName} --help' for more information.");
                return ExitCodes.UsageErrors;
            }
            if (commandLine.Options is not { } options)
            {
                // --help or --version: System.CommandLine prints them; help gets the sections it cannot derive.
                commandLine.Parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
                if (commandLine.IsHelp) stdout.Write(HelpSections.Text);
                return ExitCodes.Ok;
            }
            return new SummaryRun(options, stdin, stdout, stderr).Execute();
        }
        catch (Exception e)
        {
            // A bug nobody could foresee: one line, no stack trace (the guarded writer cannot throw in turn).
            stderr.WriteLine($"{ProgramName}: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    // A stream that failed gets one line on the other stream. Standard output takes it only if nothing else was
    // written there, so the message never lands inside a summary or a JSON document a program reads.
    private static int ReportFailedStreams(int code, GuardedWriter output, GuardedWriter errors)
    {
        if (!output.Failed && !errors.Failed) return code;
        if (output.Failed)
            errors.WriteLine($"{ProgramName}: error: cannot write {output.Name}: {output.Failure}");
        if (errors.Failed && !output.Failed && !output.HasWritten)
            output.WriteLine($"{ProgramName}: error: cannot write {errors.Name}: {errors.Failure}");
        output.Flush();
        errors.Flush();
        return Math.Max(code, ExitCodes.UsageErrors);
    }
}
