using System.Text;

namespace NotebookSummary.Cli;

/// <summary>
/// A notebook's code cells joined into one Python text, as "Run All" executes them one after another, with the way
/// back from a line of that text to its cell and line, so every message names the place the user sees: cell 3,
/// line 4. IPython's own syntax is not Python: a line magic (<c>%matplotlib inline</c>) or shell line
/// (<c>!pip install keras</c>) at the start of a statement becomes <c>pass</c>, and a cell magic other than
/// <c>%%time</c>, <c>%%timeit</c> and <c>%%capture</c> (whose body is Python) makes the cell shell, HTML or another
/// language, so it is left out.
/// </summary>
internal sealed class NotebookScript
{
    private static readonly string[] PythonCellMagics = ["%%time", "%%timeit", "%%capture"];

    private readonly List<(int Cell, int Line)> _origins = [];
    private readonly Dictionary<int, string> _cells = [];

    private NotebookScript(IReadOnlyList<NotebookCells.Cell> cells)
    {
        var text = new StringBuilder();
        foreach (var cell in cells)
        {
            _cells[cell.Number] = cell.Source;
            var lines = cell.Source.ReplaceLineEndings("\n").Split('\n');
            if (IsForeignCellMagic(lines[0])) continue;
            var depth = new BracketDepth();
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                bool statementStart = depth.AtStatementStart;
                depth.Read(line);
                text.Append(statementStart && IsIPythonLine(line) ? Indentation(line) + "pass" : line).Append('\n');
                _origins.Add((cell.Number, i + 1));
            }
        }
        Text = text.ToString();
    }

    /// <summary>The Python text of the code cells.</summary>
    public string Text { get; }

    public static NotebookScript From(IReadOnlyList<NotebookCells.Cell> cells) => new(cells);

    /// <summary>The cell and the line in it of a 1-based line of <see cref="Text"/>.</summary>
    public (int Cell, int Line) Origin(int line) =>
        _origins.Count == 0 ? (0, line) : _origins[Math.Clamp(line - 1, 0, _origins.Count - 1)];

    /// <summary>The code of a cell as the notebook has it (for showing a line with a caret).</summary>
    public string CellSource(int cell) => _cells.GetValueOrDefault(cell, "");

    private static bool IsForeignCellMagic(string firstLine)
    {
        string start = firstLine.TrimStart();
        if (!start.StartsWith("%%", StringComparison.Ordinal)) return false;
        string name = start.Split(' ', '\t')[0];
        return !PythonCellMagics.Contains(name);
    }

    private static bool IsIPythonLine(string line)
    {
        string start = line.TrimStart();
        return start.StartsWith('%') || start.StartsWith('!');
    }

    private static string Indentation(string line) => line[..(line.Length - line.TrimStart().Length)];

    /// <summary>
    /// Whether a line starts a statement: not inside brackets, a string spanning lines, or after a backslash — where
    /// a leading <c>%</c> or <c>!</c> is Python's modulo or <c>!=</c>, not IPython. Strings and comments are skipped
    /// so the brackets in them do not count.
    /// </summary>
    private sealed class BracketDepth
    {
        private int _depth;
        private string? _openTripleQuote;
        private bool _continued;

        public bool AtStatementStart => _depth == 0 && _openTripleQuote is null && !_continued;

        public void Read(string line)
        {
            _continued = false;
            for (int i = 0; i < line.Length; i++)
            {
                if (_openTripleQuote is not null)
                {
                    int end = line.IndexOf(_openTripleQuote, i, StringComparison.Ordinal);
                    if (end < 0) return;
                    i = end + 2;
                    _openTripleQuote = null;
                    continue;
                }
                char c = line[i];
                switch (c)
                {
                    case '#': return;
                    case '(' or '[' or '{': _depth++; break;
                    case ')' or ']' or '}': _depth = Math.Max(0, _depth - 1); break;
                    case '\\' when i == line.Length - 1: _continued = true; break;
                    case '\'' or '"':
                        string triple = new(c, 3);
                        if (string.CompareOrdinal(line, i, triple, 0, 3) == 0)
                        {
                            _openTripleQuote = triple;
                            i += 2;
                        }
                        else
                        {
                            i = EndOfString(line, i, c);
                        }
                        break;
                }
            }
        }

        // The index of the quote closing a one-line string that opens at `start` (or the line's end).
        private static int EndOfString(string line, int start, char quote)
        {
            for (int i = start + 1; i < line.Length; i++)
            {
                if (line[i] == '\\') i++;
                else if (line[i] == quote) return i;
            }
            return line.Length;
        }
    }
}
