using System.Text.Json;

namespace NotebookSummary.KernelTests.Support;

/// <summary>One cell of a Jupyter notebook: its kind (<c>code</c>, <c>markdown</c>) and its source text.</summary>
public sealed record NotebookCell(string Kind, string Source)
{
    public bool IsCode => Kind == "code";
}

/// <summary>
/// Reads an .ipynb file's cells as Jupyter sends them to the kernel: a code cell's source is submitted as it is
/// written (its lines joined), whatever it starts with — a <c>#!summary</c> cell is just a code cell.
/// </summary>
public static class IpynbFile
{
    public static IReadOnlyList<NotebookCell> ReadCells(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cells").EnumerateArray()
            .Select(cell => new NotebookCell(cell.GetProperty("cell_type").GetString()!, SourceOf(cell)))
            .ToList();
    }

    // nbformat 4 stores a source as one string or as a list of lines, each keeping its "\n".
    private static string SourceOf(JsonElement cell)
    {
        var source = cell.GetProperty("source");
        return source.ValueKind == JsonValueKind.Array
            ? string.Concat(source.EnumerateArray().Select(line => line.GetString()))
            : source.GetString() ?? "";
    }
}
