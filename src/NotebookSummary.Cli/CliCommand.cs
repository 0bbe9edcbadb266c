using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using NotebookSummary.Rendering.Columns;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// The command-line grammar of <c>nbsummary</c> (System.CommandLine 2.0): the FILES argument, the options, and the
/// help screen. It only parses; <see cref="CommandLine"/> turns a parse into <see cref="CliOptions"/>.
/// </summary>
internal sealed class CliCommand
{
    public CliCommand()
    {
        Files = new Argument<string[]>("FILES")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Keras Python sources (.py) or Jupyter notebooks (.ipynb) to summarize; '-' reads standard input. " +
                          "None: the bundled example (VGG16).",
        };
        Format = new Option<SummaryFormat?>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", OutputFormats.NamesStartingWith(CliOptions.DefaultFormat)) +
                          " (see Formats below; default: from the -o file's extension, else text).",
            HelpName = "FORMAT",
            CustomParser = ParseFormat,
        };
        Width = new Option<int?>("--width", "-w")
        {
            Description = "Line length of the text and keras2 tables, as Keras's line_length " +
                          $"(default 76 for text, 65 for keras2; at most {MaxWidth}).",
            HelpName = "N",
            CustomParser = ParseWidth,
        };
        ShowTrainable = new Option<bool>("--show-trainable")
        {
            Description = "Add Keras 3's Trainable column (Y, N, or - for a layer without weights) to the text table.",
        };
        Columns = new Option<IReadOnlyList<SummaryColumn>?>("--columns")
        {
            Description = "Text: a plain table with these columns, as torchinfo's col_names, instead of Keras 3's table; " +
                          "a comma-separated list of " + string.Join(", ", SummaryColumns.Names) + ".",
            HelpName = "LIST",
            CustomParser = ParseColumns,
        };
        Formulas = new Option<bool>("--formulas")
        {
            Description = "Walk-throughs: the formula behind every parameter count and output shape with the model's numbers " +
                          "(html: every row opens; text, keras2, ascii, markdown: printed after the table; json: a walkthrough object per row).",
        };
        Output = new Option<string?>("--output", "-o")
        {
            Description = "Write to PATH instead of standard output (html: a page that opens in a browser; svg: an .svg picture).",
            HelpName = "PATH",
        };

        Root = new RootCommand(
            "nbsummary: Keras-exact model.summary() tables, diagrams and parameter walk-throughs from Keras Python " +
            "source, without TensorFlow.")
        {
            Files, Format, Width, ShowTrainable, Columns, Formulas, Output,
        };
        foreach (var option in Root.Options)
            if (option is HelpOption { Action: HelpAction help })
                help.MaxWidth = 110;
    }

    /// <summary>The largest <c>--width</c>: wider than any screen, small enough that a typo cannot allocate gigabytes.</summary>
    public const int MaxWidth = 1000;

    public RootCommand Root { get; }
    public Argument<string[]> Files { get; }
    public Option<SummaryFormat?> Format { get; }
    public Option<int?> Width { get; }
    public Option<bool> ShowTrainable { get; }
    public Option<IReadOnlyList<SummaryColumn>?> Columns { get; }
    public Option<bool> Formulas { get; }
    public Option<string?> Output { get; }

    // Null when --format is absent (so help shows no enum default); CommandLine then asks the -o file's extension.
    private static SummaryFormat? ParseFormat(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (SummaryRenderer.TryParseFormat(text, out var format)) return format;
        result.AddError($"unknown format '{text}' for --format; use one of {string.Join(", ", OutputFormats.NamesStartingWith(CliOptions.DefaultFormat))}");
        return null;
    }

    private static IReadOnlyList<SummaryColumn>? ParseColumns(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (SummaryColumns.TryParse(text, out var columns, out var error)) return columns;
        result.AddError($"--columns: {error}; use a comma-separated list of {string.Join(", ", SummaryColumns.Names)}, " +
                        "e.g. --columns output_shape,params,mult_adds");
        return null;
    }

    private static int? ParseWidth(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width)
            && width is > 0 and <= MaxWidth)
            return width;
        result.AddError($"--width must be a whole number of characters from 1 to {MaxWidth}, e.g. --width 100; got '{text}'");
        return null;
    }
}
