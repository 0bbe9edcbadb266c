namespace NotebookSummary.Rendering.PlainText;

/// <summary>The vertical glyphs of a text line: before the first cell, between cells, after the last.</summary>
internal sealed record BorderEdges(string Left, string Divider, string Right)
{
    /// <summary>No vertical lines at all.</summary>
    public static readonly BorderEdges None = new("", "", "");
}
