using NotebookSummary.Rendering;

namespace NotebookSummary.Interactive;

/// <summary>
/// The options of a <c>#!summary</c> cell, read from the directive's raw parameters. The kernel hands values over
/// as typed, quotes included (<c>--format "text"</c> arrives as <c>"text"</c>), keyed with their dashes; a flag may
/// arrive without a value.
/// </summary>
internal sealed record SummaryCellOptions
{
    /// <summary><c>--format</c>: the output format, one of <see cref="FormatNames"/>.</summary>
    public const string FormatParameter = "--format";

    /// <summary><c>--formulas</c>: a flag that opens every walk-through of the HTML table, or prints them after a text table.</summary>
    public const string FormulasParameter = "--formulas";

    /// <summary>Every format's name, the default (html) first: what <c>--format</c> completes and messages list.</summary>
    internal static IReadOnlyList<string> FormatNames { get; } = OutputFormats.NamesStartingWith(DefaultFormat);

    private const SummaryFormat DefaultFormat = SummaryFormat.Html;

    /// <summary>Help text of <c>--format</c> (shown by the notebook next to the parameter).</summary>
    public static string FormatDescription { get; } =
        "Output format: " + string.Join(", ", FormatNames) + " (default html)";

    /// <summary>Help text of <c>--formulas</c>.</summary>
    public const string FormulasDescription = "Open every layer's formula walk-through (html), or print them after the table (text formats)";

    public static SummaryCellOptions Default { get; } = new();

    public SummaryFormat Format { get; init; } = DefaultFormat;

    public bool ExpandFormulas { get; init; }

    /// <summary>
    /// Reads the parameters (null = none). Unknown names are ignored: the kernel rejects them before the cell
    /// runs, and another host may pass its own. Every problem is described in <paramref name="errors"/>, and the
    /// options then hold the defaults for what could not be read.
    /// </summary>
    public static SummaryCellOptions Parse(IEnumerable<KeyValuePair<string, string>>? parameters, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var options = Default;
        if (parameters is not null)
        {
            foreach (var (key, rawValue) in parameters)
            {
                string name = "--" + (key ?? "").Trim().TrimStart('-');
                string? value = Unquote(rawValue);
                if (name == FormatParameter)
                {
                    if (string.IsNullOrEmpty(value))
                        problems.Add($"--format needs a value: {string.Join(", ", FormatNames)}");
                    else if (SummaryRenderer.TryParseFormat(value, out var format))
                        options = options with { Format = format };
                    else
                        problems.Add(UnknownFormat(value));
                }
                else if (name == FormulasParameter)
                {
                    if (string.IsNullOrEmpty(value) || value.Equals("true", StringComparison.OrdinalIgnoreCase))
                        options = options with { ExpandFormulas = true };
                    else if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
                        options = options with { ExpandFormulas = false };
                    else
                        problems.Add($"--formulas is a flag and takes no value (got '{value}')");
                }
            }
        }
        errors = problems;
        return options;
    }

    /// <summary>Removes one pair of matching quotes around a value, as a shell would.</summary>
    internal static string? Unquote(string? raw)
    {
        if (raw is null) return null;
        string v = raw.Trim();
        if (v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0])
            v = v[1..^1].Trim();
        return v;
    }

    private static string UnknownFormat(string value)
    {
        string message = $"unknown --format '{value}': use {string.Join(", ", FormatNames)}";
        var close = FormatNames
            .Select(n => (Name: n, Distance: EditDistance(n, value.ToLowerInvariant())))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return close.Name is null ? message : $"{message} — did you mean '{close.Name}'?";
    }

    // Levenshtein distance: small strings, so the full table is fine.
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
