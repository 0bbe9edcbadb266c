using System.Text;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>A horizontal line of a table: its left end, the fill over each cell, the glyph where it crosses a column divider, its right end.</summary>
internal sealed record BorderRule(string Left, char Fill, string Cross, string Right)
{
    /// <summary>The line for cells of the given widths.</summary>
    public string Draw(IEnumerable<int> cellWidths) =>
        Left + string.Join(Cross, cellWidths.Select(w => new string(Fill, w))) + Right;

    /// <summary>The line with its line feed, as UTF-8: a table draws it once and copies it for every row.</summary>
    public byte[] Encode(IEnumerable<int> cellWidths) => Encoding.UTF8.GetBytes(Draw(cellWidths) + "\n");
}
