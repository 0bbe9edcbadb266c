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

        var options = new CliOptions
        {
            Inputs = parse.GetValue(command.Files) ?? [],
            Format = parse.GetValue(command.Format) ?? CliFormats.Default,
            Width = parse.GetValue(command.Width),
            ShowTrainable = parse.GetValue(command.ShowTrainable),
            Columns = parse.GetValue(command.Columns),
            Formulas = parse.GetValue(command.Formulas),
            OutputPath = parse.GetValue(command.Output),
        };
        errors.AddRange(CrossChecks(options));
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

    private static IEnumerable<string> CrossChecks(CliOptions o)
    {
        if (o.Inputs.Count(i => i == StandardInput.Argument) > 1)
            yield return "standard input ('-') can be read only once";
        if (CliFormats.IsSingleDocument(o.Format) && o.Inputs.Count > 1)
            yield return $"--format {Name(o.Format)} makes one document, so it takes at most one file (got {o.Inputs.Count})";
        if (o.Width is not null && !CliFormats.HasLineLength(o.Format))
            yield return $"--width applies to the text and keras2 tables, not to --format {Name(o.Format)}";
        if (o.ShowTrainable && o.Format != SummaryFormat.Text)
            yield return $"--show-trainable applies to the text (Keras 3) table, not to --format {Name(o.Format)}";
        if (o.Columns is not null && o.Format != SummaryFormat.Text)
            yield return $"--columns applies to the text format, not to --format {Name(o.Format)}";
        if (o.Columns is not null && (o.Width is not null || o.ShowTrainable))
            yield return "--columns makes its own table: leave out --width and --show-trainable (add the trainable column instead)";
        if (o.Formulas && !SummaryRenderer.ShowsWalkThroughs(o.Format))
            yield return $"--formulas applies to html, json and the text formats, not to --format {Name(o.Format)}";
        if (o.OutputPath is { } path && string.IsNullOrWhiteSpace(path))
            yield return "--output needs a file path";
    }

    private static string Name(SummaryFormat format) => CliFormats.Name(format);
}
