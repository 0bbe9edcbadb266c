using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// One run over checked options: every input is read, summarized and written in turn; a failing input is reported
/// and the run goes on. The exit code is the highest of the inputs' codes.
/// </summary>
internal sealed class SummaryRun(CliOptions options, TextReader stdin, GuardedWriter stdout, TextWriter stderr)
{
    private int _exitCode = ExitCodes.Ok;
    private int _written;

    public int Execute()
    {
        using var target = OutputTarget.Open(options.OutputPath, options.Inputs, stdout, out string? error);
        if (target is null)
            return Usage(error!);
        try
        {
            if (options.UsesExample)
            {
                Emit(target.Writer, null, ExampleModel.Vgg16().Summarize(), []);
                stderr.WriteLine($"{CliApp.ProgramName}: no input file: this was the bundled example model " +
                                 $"(VGG16); '{CliApp.ProgramName} --help' shows how to summarize your own.");
            }
            foreach (var input in options.Inputs)
            {
                // Once the output failed (a full disk) nothing more can be written: the rest would be wasted work.
                if (target.Writer.Failed) break;
                Process(target.Writer, input);
            }
        }
        catch (ArgumentOutOfRangeException e) when (options.Width is { } width)
        {
            // Keras's own rule decides whether a line length leaves every column wide enough; the table renderer
            // applies it ("Insufficient console width") on the first table, before anything is written.
            return Usage($"--width {width}: {PlainMessage(e)}");
        }
        // A file is replaced only by the output of a run whose command was right: after a usage error (an input that
        // could not be read) it keeps what it held, as a compiler keeps no output of a failed build.
        bool keep = _exitCode < ExitCodes.UsageErrors;
        if (target.Complete(keep) is { } failure)
            return Usage(failure);
        if (!keep && target.IsFile && target.Writer.HasWritten)
            stderr.WriteLine($"{CliApp.ProgramName}: '{options.OutputPath}' was not written because of the errors above");
        else if (target.IsFile && target.Writer.HasWritten)
            stderr.WriteLine($"{CliApp.ProgramName}: wrote {Written(options.OutputPath!)}");
        return _exitCode;
    }

    private void Process(TextWriter output, string input)
    {
        var file = InputReader.Read(input, stdin, out string? readError);
        if (file is null)
        {
            var problem = InputProblem.Unreadable(readError!);
            Report([problem]);
            Raise(ExitCodes.UsageErrors);
            // JSON consumers get a line for every input, the unreadable ones included.
            if (options.Format == SummaryFormat.Json) Emit(output, input, null, [problem]);
            return;
        }

        var (summary, problems, showTrainable) = SourceSummarizer.Summarize(file);
        Report(problems);
        if (problems.Any(p => p.IsError) || summary is { IsValid: false }) Raise(ExitCodes.ModelErrors);
        Emit(output, input, summary, problems, showTrainable);
    }

    /// <param name="showTrainable">The source's <c>model.summary(show_trainable=True)</c>: the same as --show-trainable
    /// for the Keras 3 table, the only one with a Trainable column.</param>
    private void Emit(TextWriter output, string? file, ModelSummary? summary, IReadOnlyList<InputProblem> problems,
        bool showTrainable = false)
    {
        if (options.Format == SummaryFormat.Json)
        {
            JsonOutput.Write(output, file, summary, problems, oneLine: options.JsonLines, walkThroughs: options.Formulas);
            return;
        }
        if (summary is null) return;
        var renderOptions = options.ToRenderOptions();
        var format = OutputFormats.Of(options.Format);
        if (showTrainable && format.TakesTrainableColumn) renderOptions = renderOptions with { ShowTrainable = true };
        // Several summaries in one stream: a header per file, as head(1) and tail(1) print them. It goes out with the
        // output's first piece, so a table refusing the options (--width too small) leaves the stream untouched.
        string? header = options.Inputs.Count > 1 ? $"{(_written > 0 ? "\n" : "")}==> {file} <==\n" : null;
        // The output is passed on in pieces as it is rendered: a 100,000-layer table is never held whole.
        var sink = OutputSink.To(output, header);
        format.Render(summary, renderOptions, sink);
        sink.Complete();
        // A shell prompt or the next file's header starts on its own line, whatever the format's last character.
        if (!sink.EndsWithNewline) output.Write('\n');
        _written++;
    }

    // "model.html (html, 48,213 bytes)": a user who wrote to a file sees where the output went and that it is there.
    private string Written(string path)
    {
        string size = File.Exists(path)
            ? $", {Helpers.KerasNumbers.Count(new FileInfo(path).Length)} bytes"
            : "";
        return $"'{path}' ({SummaryRenderer.NameOf(options.Format)}{size})";
    }

    private void Report(IEnumerable<InputProblem> problems)
    {
        foreach (var p in problems) stderr.Write(p.Display);
    }

    private void Raise(int code) => _exitCode = Math.Max(_exitCode, code);

    private int Usage(string message)
    {
        stderr.WriteLine($"{CliApp.ProgramName}: error: {message}");
        return ExitCodes.UsageErrors;
    }

    // ArgumentException.Message appends " (Parameter 'x')" and the actual value: keep the sentence meant for people.
    private static string PlainMessage(ArgumentException e)
    {
        string message = e.Message.Split('\n')[0];
        string suffix = e.ParamName is null ? "" : $" (Parameter '{e.ParamName}')";
        return suffix.Length > 0 && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
