using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// The parts of <c>--help</c> that System.CommandLine cannot derive from the options: what each format produces,
/// how inputs and outputs behave, the exit codes and examples. <see cref="CliApp"/> prints them after the generated
/// usage and options (System.CommandLine 2.0's help builder is not public, so they are appended, not laid out by it).
/// </summary>
internal static class HelpSections
{
    /// <summary>The extra sections, as printed.</summary>
    public static string Text { get; } = BuildText();

    private static string BuildText()
    {
        var w = new StringWriter { NewLine = "\n" };
        w.WriteLine("Formats:");
        int pad = OutputFormats.All.Max(f => f.Name.Length) + 2;
        foreach (var format in OutputFormats.All)
            w.WriteLine($"  {format.Name.PadRight(pad)}{format.Description}{Notes(format)}");
        w.WriteLine();
        w.WriteLine("Inputs and outputs:");
        w.WriteLine("  Each FILE is read as Keras Python source (UTF-8); '-' reads standard input (once).");
        w.WriteLine("  A Jupyter notebook (.ipynb) is read as its code cells in order; messages name the cell.");
        w.WriteLine("  Several files: text formats print each summary after a '==> FILE <==' line; json prints");
        w.WriteLine("  one compact object per line (JSON Lines). One file: json prints one indented object.");
        w.WriteLine("  Every json object has \"file\" (the argument, '-' for stdin, null for the example), the");
        w.WriteLine("  summary fields of docs/json-schema.md, and \"diagnostics\": [{severity, line, column, message, hint}].");
        w.WriteLine($"  {Names(OutputFormats.All.Where(f => f.IsWholeDocument))} are single documents: they take at most one FILE.");
        w.WriteLine("  Without --format, the extension of the -o file chooses the format:");
        w.WriteLine($"  {Extensions()}; any other: {OutputFormats.Of(CliOptions.DefaultFormat).Name}.");
        w.WriteLine("  -o PATH is replaced only when the run wrote something and no input was unreadable; it may not");
        w.WriteLine("  be one of the FILES.");
        w.WriteLine("  Diagnostics go to standard error as 'FILE:LINE:COL: error: message' with the source line and a");
        w.WriteLine("  caret below. A file that fails does not stop the others.");
        w.WriteLine();
        w.WriteLine("Exit codes:");
        w.WriteLine($"  {ExitCodes.Ok}  every model was summarized (warnings allowed)");
        w.WriteLine($"  {ExitCodes.ModelErrors}  a source has errors or a model is invalid (Keras would reject it)");
        w.WriteLine($"  {ExitCodes.UsageErrors}  usage error: unknown option, bad value, unreadable input, unwritable output");
        w.WriteLine("     (also a closed or full standard output or error, or a full disk)");
        w.WriteLine($"  {ExitCodes.InternalError}  internal error (a bug)");
        w.WriteLine("  With several problems the highest code is returned.");
        w.WriteLine();
        w.WriteLine("Examples:");
        w.WriteLine("  nbsummary                                  the bundled VGG16 example as a Keras 3 table");
        w.WriteLine("  nbsummary model.py                         Keras 3 model.summary() of model.py");
        w.WriteLine("  nbsummary model.py --width 100 --show-trainable");
        w.WriteLine("  nbsummary model.py --columns output_shape,params,mult_adds   torchinfo-style columns");
        w.WriteLine("  nbsummary model.py -f html -o model.html   a page to open in a browser");
        w.WriteLine("  nbsummary model.py -f svg -o model.svg     a drawing of the architecture");
        w.WriteLine("  nbsummary lab3.ipynb                       the model a notebook builds");
        w.WriteLine("  cat model.py | nbsummary - -f ascii        read standard input");
        w.WriteLine("  nbsummary models/*.py -f json > all.jsonl  one JSON object per file");
        return w.ToString();
    }

    // What the CLI adds to a format's own line: whether it is the default, and the options only it takes.
    private static string Notes(OutputFormat format)
    {
        var notes = new List<string>();
        if (format.TakesLineLength) notes.Add("--width");
        if (format.TakesTrainableColumn) notes.Add("--show-trainable");
        string options = notes.Count > 0 ? "; " + string.Join(", ", notes) : "";
        return (format.Format == CliOptions.DefaultFormat ? " (the default)" : "") + options;
    }

    private static string Names(IEnumerable<OutputFormat> formats) =>
        string.Join(" and ", formats.Select(f => f.Name));

    // ".html html, .svg svg, ...": each extension once, with the format it means (the first that has it).
    private static string Extensions() =>
        string.Join(", ", OutputFormats.All.GroupBy(f => f.FileExtension).Select(g => $"{g.Key} {g.First().Name}"));
}
