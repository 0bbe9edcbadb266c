using System.CommandLine;

namespace NotebookSummary.Cli;

/// <summary>
/// The whole <c>nbsummary</c> program as a function of its arguments and streams, so tests run it in-process.
/// <c>Program</c> only passes the console.
/// </summary>
public static class CliApp
{
    /// <summary>The command name, used as the prefix of messages that belong to no input.</summary>
    public const string ProgramName = "nbsummary";

    /// <summary>Runs <c>nbsummary</c>; returns the exit code (see <see cref="ExitCodes"/>). Never throws.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
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
            // A bug or an I/O failure nobody could foresee (a full disk): one line, no stack trace.
            stderr.WriteLine($"{ProgramName}: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
