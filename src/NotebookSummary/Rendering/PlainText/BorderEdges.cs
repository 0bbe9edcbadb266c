using System.Text;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>The vertical glyphs of a text line: before the first cell, between cells, after the last.</summary>
internal sealed record BorderEdges(string Left, string Divider, string Right)
{
    /// <summary>No vertical lines at all.</summary>
    public static readonly BorderEdges None = new("", "", "");

    /// <summary>
    /// What a line of cells in <paramref name="columns"/> has between the cells' texts, as UTF-8: before the first
    /// (the left edge and the first cell's padding), between two (the padding, the divider, the padding), and after
    /// the last (its padding, the right edge, the line feed). A table encodes them once and copies them for every row.
    /// </summary>
    public byte[][] Joints(IReadOnlyList<TableColumn> columns)
    {
        var joints = new byte[columns.Count + 1][];
        for (int i = 0; i <= columns.Count; i++)
        {
            var joint = new StringBuilder();
            if (i == 0) joint.Append(Left);
            else joint.Append(' ', columns[i - 1].PadRight);
            if (i == columns.Count) joint.Append(Right).Append('\n');
            else
            {
                if (i > 0) joint.Append(Divider);
                joint.Append(' ', columns[i].PadLeft);
            }
            joints[i] = Encoding.UTF8.GetBytes(joint.ToString());
        }
        return joints;
    }
}
