using System.Text;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>
/// What a line of a table's cells has around their texts, as UTF-8, encoded once per table and copied for every
/// line: the joints (before the first cell the left edge and its padding; between two cells the padding, the divider,
/// the padding; after the last its padding, the right edge and the line feed), and the whole line with every cell
/// blank, into which a line of printable ASCII texts (one byte a character) is copied at fixed places.
/// </summary>
internal sealed class EncodedLine
{
    public EncodedLine(BorderEdges edges, TableColumn[] columns)
    {
        Joints = new byte[columns.Length + 1][];
        CellStarts = new int[columns.Length];
        var blank = new List<byte>();
        for (int i = 0; i <= columns.Length; i++)
        {
            var joint = new StringBuilder();
            if (i == 0) joint.Append(edges.Left);
            else joint.Append(' ', columns[i - 1].PadRight);
            if (i == columns.Length) joint.Append(edges.Right).Append('\n');
            else
            {
                if (i > 0) joint.Append(edges.Divider);
                joint.Append(' ', columns[i].PadLeft);
            }
            Joints[i] = Encoding.UTF8.GetBytes(joint.ToString());
            blank.AddRange(Joints[i]);
            if (i == columns.Length) break;
            CellStarts[i] = blank.Count;
            blank.AddRange(Enumerable.Repeat((byte)' ', columns[i].ContentWidth));
        }
        Blank = [.. blank];
    }

    /// <summary>What comes before cell <c>i</c>, and at index <c>n</c> what follows the last cell.</summary>
    public byte[][] Joints { get; }

    /// <summary>The line with every cell's content spaces.</summary>
    public byte[] Blank { get; }

    /// <summary>Where each cell's content starts in <see cref="Blank"/>.</summary>
    public int[] CellStarts { get; }
}
