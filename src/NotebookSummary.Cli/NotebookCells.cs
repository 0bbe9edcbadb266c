using System.Text.Json;

namespace NotebookSummary.Cli;

/// <summary>
/// The code cells of a Jupyter notebook (<c>.ipynb</c>, nbformat 4): JSON whose <c>cells</c> each have a
/// <c>cell_type</c> and a <c>source</c>, one string or a list of strings (lines with their line breaks).
/// </summary>
internal static class NotebookCells
{
    /// <summary>A code cell: its number counting every cell from the top (Markdown too, as editors number them) and its code.</summary>
    public sealed record Cell(int Number, string Source);

    /// <summary>True for a path named as a notebook (<c>.ipynb</c>), which must then be one.</summary>
    public static bool IsNotebookPath(string path) => path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> may be a notebook under another name (standard input, a renamed
    /// file): it starts as a JSON object, <c>{"</c>, which Python code practically never does.</summary>
    public static bool MayBeNotebook(string text)
    {
        var rest = text.AsSpan().TrimStart();
        if (rest.IsEmpty || rest[0] != '{') return false;
        rest = rest[1..].TrimStart();
        return !rest.IsEmpty && rest[0] == '"';
    }

    /// <summary>The code cells in order, or null with <paramref name="error"/> saying why the text is not a notebook.</summary>
    public static IReadOnlyList<Cell>? Read(string text, out string? error)
    {
        error = null;
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 });
            var root = json.RootElement;
            bool isObject = root.ValueKind == JsonValueKind.Object;
            if (!isObject || !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            {
                error = isObject && root.TryGetProperty("worksheets", out _)
                    ? "it is a notebook of format 3, which is not read; open it in Jupyter and save it (format 4)"
                    : "it is JSON without a \"cells\" list, not a Jupyter notebook";
                return null;
            }
            var code = new List<Cell>();
            int number = 0;
            foreach (var cell in cells.EnumerateArray())
            {
                number++;
                if (cell.ValueKind == JsonValueKind.Object
                    && cell.TryGetProperty("cell_type", out var type) && type.ValueKind == JsonValueKind.String
                    && type.GetString() == "code"
                    && cell.TryGetProperty("source", out var source))
                    code.Add(new Cell(number, SourceText(source)));
            }
            return code;
        }
        catch (JsonException e)
        {
            error = $"it is not a valid notebook: the JSON is broken at line {e.LineNumber + 1}";
            return null;
        }
    }

    // nbformat 4 stores the source as one string or as a list of lines that keep their line breaks.
    private static string SourceText(JsonElement source) => source.ValueKind switch
    {
        JsonValueKind.String => source.GetString()!,
        JsonValueKind.Array => string.Concat(source.EnumerateArray()
            .Where(line => line.ValueKind == JsonValueKind.String).Select(line => line.GetString())),
        _ => "",
    };
}
