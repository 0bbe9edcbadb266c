using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using NotebookSummary.Rendering;

namespace NotebookSummary.Cli;

/// <summary>
/// Turns arguments into <see cref="CliOptions"/>, or into the usage errors that prevent it, or into a request for
/// the built-in help/version screens. System.CommandLine parses; the rules that span options (html takes one file,
/// --width only for tables, ...) are checked here.
/// </summary>
internal sealed class CommandLine
{
    private CommandLine(ParseResult parse, CliOptions? options, IReadOnlyList<string> errors)
    {
        Parse = parse;
        Options = options;
        Errors = errors;
    }

    /// <summary>The raw parse, to invoke the help or version action.</summary>
    public ParseResult Parse { get; }

    /// <summary>The checked options; null when there are usage errors, or when help or version was asked for
    /// (System.CommandLine answers those through <see cref="Parse"/>).</summary>
    public CliOptions? Options { get; }

    /// <summary>Usage errors, each one sentence without the program name.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when help was asked for.</summary>
    public bool IsHelp => Parse.Action is HelpAction;

    public static CommandLine Read(string[] args)
    {
        var command = new CliCommand();
        var parse = command.Root.Parse(args);
        // The root command has no action of its own: an action here is help, version, or the parse-error report.
        if (parse.Action is HelpAction) return new CommandLine(parse, null, []);

        var errors = parse.Errors.Select(e => e.Message).ToList();
        errors.AddRange(UnknownOptions(parse, command));
        if (errors.Count > 0) return new CommandLine(parse, null, errors);
        if (parse.Action is not null) return new CommandLine(parse, null, []); // --version

        string? outputPath = parse.GetValue(command.Output);
        var asked = parse.GetValue(command.Format);
        var byExtension = asked is null ? FormatOfFile(outputPath) : null;
        var options = new CliOptions
        {
            Inputs = parse.GetValue(command.Files) ?? [],
            Format = asked ?? byExtension ?? CliOptions.DefaultFormat,
            Width = parse.GetValue(command.Width),
            ShowTrainable = parse.GetValue(command.ShowTrainable),
            Columns = parse.GetValue(command.Columns),
            Formulas = parse.GetValue(command.Formulas),
            OutputPath = outputPath,
        };
        // Messages name the format as the user chose it: "--format html", or "-o model.html (html)".
        var format = OutputFormats.Of(options.Format);
        string chosen = byExtension is null ? $"--format {format.Name}" : $"-o {outputPath} ({format.Name})";
        errors.AddRange(CrossChecks(options, format, chosen));
        return errors.Count > 0 ? new CommandLine(parse, null, errors) : new CommandLine(parse, options, []);
    }

    // System.CommandLine takes an unknown "--foo" for a file name; before "--" it is a mistyped option.
    private static IEnumerable<string> UnknownOptions(ParseResult parse, CliCommand command)
    {
        var fileTokens = new HashSet<Token>(parse.GetResult(command.Files)?.Tokens ?? [], ReferenceEqualityComparer.Instance);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) yield break;
            if (token.Value.Length > 1 && token.Value[0] == '-' && fileTokens.Contains(token))
                yield return $"unknown option '{token.Value}' (a file whose name starts with '-' goes after '--')";
        }
    }

    // "-o model.html" asks for a page as clearly as "-f html" does; an extension no format has leaves the default.
    private static SummaryFormat? FormatOfFile(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : OutputFormats.ForFileName(path)?.Format;

    private static IEnumerable<string> CrossChecks(CliOptions o, OutputFormat format, string chosen)
    {
        if (o.Inputs.Count(i => i == StandardInput.Argument) > 1)
            yield return "standard input ('-') can be read only once";
        if (format.IsWholeDocument && o.Inputs.Count > 1)
            yield return $"{chosen} makes one document, so it takes at most one file (got {o.Inputs.Count})";
        if (o.Width is not null && !format.TakesLineLength)
            yield return $"--width applies to the text and keras2 tables, not to {chosen}";
        if (o.ShowTrainable && !format.TakesTrainableColumn)
            yield return $"--show-trainable applies to the text (Keras 3) table, not to {chosen}";
        if (o.Columns is not null && o.Format != SummaryFormat.Text)
            yield return $"--columns applies to the text format, not to {chosen}";
        if (o.Columns is not null && (o.Width is not null || o.ShowTrainable))
            yield return "--columns makes its own table: leave out --width and --show-trainable (add the trainable column instead)";
        if (o.Formulas && !format.ShowsWalkThroughs)
            yield return $"--formulas applies to html, json and the text formats, not to {chosen}";
        if (o.OutputPath is { } path && string.IsNullOrWhiteSpace(path))
            yield return "--output needs a file path";
    }
}
