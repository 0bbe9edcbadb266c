namespace NotebookSummary.Tests.Interactive;

/// <summary>The kind of a notebook cell.</summary>
internal enum DibCellKind { Meta, Markdown, CSharp, Summary }

/// <summary>
/// One cell of a .dib file. A <see cref="DibCellKind.Summary"/> cell is a C# cell whose first line is
/// <c>#!summary ...</c>: the kernel hands the rest of it to the summary kernel.
/// </summary>
internal sealed record DibCell(int Index, DibCellKind Kind, string Text)
{
    /// <summary>The code after the <c>#!summary</c> line (summary cells only).</summary>
    public string SummaryCode => Text[(Text.IndexOf('\n') is var i and >= 0 ? i + 1 : Text.Length)..];

    /// <summary>The <c>#!summary</c> line (summary cells only).</summary>
    public string DirectiveLine => Text.Split('\n')[0].Trim();
}

/// <summary>
/// Reads a .dib file as .NET Interactive splits it: a line that is exactly <c>#!meta</c>, <c>#!markdown</c> or
/// <c>#!csharp</c> starts a cell. (A bare <c>#!summary</c> line would too, once the kernel exists; the notebooks
/// never write one: their summary cells always carry a parameter.)
/// </summary>
internal static class DibNotebook
{
    private static readonly Dictionary<string, DibCellKind> Separators = new()
    {
        ["#!meta"] = DibCellKind.Meta,
        ["#!markdown"] = DibCellKind.Markdown,
        ["#!csharp"] = DibCellKind.CSharp,
    };

    public static IReadOnlyList<DibCell> Parse(string text)
    {
        var cells = new List<DibCell>();
        DibCellKind? kind = null;
        var lines = new List<string>();
        void Flush()
        {
            if (kind is not { } k) return;
            string body = string.Join("\n", lines).Trim('\n', '\r', ' ');
            if (k == DibCellKind.CSharp && body.StartsWith("#!summary", StringComparison.Ordinal)) k = DibCellKind.Summary;
            cells.Add(new DibCell(cells.Count, k, body));
            lines.Clear();
        }
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (Separators.TryGetValue(raw.TrimEnd(), out var next))
            {
                Flush();
                kind = next;
            }
            else if (kind is null && raw.Trim().Length > 0)
                throw new FormatException($"text before the first cell: {raw}");
            else
                lines.Add(raw);
        }
        Flush();
        return cells;
    }

    /// <summary>
    /// The parameters of a <c>#!summary</c> line as the kernel passes them: keyed with dashes, raw values (quotes
    /// kept); a parameter without a value (a flag) gets an empty value.
    /// </summary>
    public static Dictionary<string, string> DirectiveParameters(string directiveLine)
    {
        var tokens = Tokenize(directiveLine);
        if (tokens.Count == 0 || tokens[0] != "#!summary") throw new FormatException("not a #!summary line: " + directiveLine);
        var parameters = new Dictionary<string, string>();
        for (int i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].StartsWith("--", StringComparison.Ordinal)) throw new FormatException("value without a parameter: " + tokens[i]);
            bool hasValue = i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal);
            parameters[tokens[i]] = hasValue ? tokens[++i] : "";
        }
        return parameters;
    }

    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        int p = 0;
        while (p < line.Length)
        {
            if (char.IsWhiteSpace(line[p])) { p++; continue; }
            int start = p;
            if (line[p] is '"' or '\'')
            {
                char quote = line[p++];
                while (p < line.Length && line[p] != quote) p++;
                p = Math.Min(p + 1, line.Length);
            }
            else
                while (p < line.Length && !char.IsWhiteSpace(line[p])) p++;
            tokens.Add(line[start..p]);
        }
        return tokens;
    }
}
