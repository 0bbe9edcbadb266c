using System.Text;

namespace NotebookSummary.Cli;

/// <summary>
/// Reads an input argument — a file path or <c>-</c> for standard input — as text, or says in one plain sentence
/// why it cannot (no such file, a directory, permission denied, too large). Never throws for an I/O problem.
/// </summary>
internal static class InputReader
{
    /// <summary>
    /// The largest input read, in bytes. A model source is a few kilobytes; this bound (well above the reader's own
    /// limit on source length) keeps a mistaken argument such as a dataset file from being loaded into memory.
    /// </summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="argument"/>; returns the file, or null with <paramref name="error"/> set.</summary>
    public static SourceFile? Read(string argument, TextReader stdin, out string? error)
    {
        error = null;
        if (argument == StandardInput.Argument)
        {
            var text = ReadBounded(stdin, out bool tooLarge);
            if (tooLarge)
            {
                error = $"standard input is larger than {MaxBytes / (1024 * 1024)} MB; a Keras model source is far smaller";
                return null;
            }
            return WithNotebook(new SourceFile(argument, StandardInput.DisplayName, text) { ReadingNotes = Notes(SourceDecoder.CheckDecoded(text)) }, out error);
        }

        try
        {
            if (Directory.Exists(argument))
            {
                error = $"cannot read '{argument}': it is a directory";
                return null;
            }
            var info = new FileInfo(argument);
            if (!info.Exists)
            {
                error = $"cannot read '{argument}': no such file";
                return null;
            }
            if (info.Length > MaxBytes)
            {
                error = $"cannot read '{argument}': it is {Helpers.KerasNumbers.Count(info.Length)} bytes; a Keras model source is far smaller " +
                        $"(at most {MaxBytes / (1024 * 1024)} MB are read)";
                return null;
            }
            // UTF-8 unless a byte order mark or a coding line says otherwise; invalid bytes become U+FFFD, with a warning.
            var (text, warning) = SourceDecoder.Decode(File.ReadAllBytes(argument));
            return WithNotebook(new SourceFile(argument, argument, text) { ReadingNotes = Notes(warning) }, out error);
        }
        catch (UnauthorizedAccessException)
        {
            error = $"cannot read '{argument}': permission denied";
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            error = $"cannot read '{argument}': {e.Message}";
        }
        return null;
    }

    // A notebook (.ipynb, or JSON that has cells) is read as its code cells; a broken one named .ipynb is unreadable.
    private static SourceFile? WithNotebook(SourceFile file, out string? error)
    {
        error = null;
        bool named = NotebookCells.IsNotebookPath(file.Argument);
        if (!named && !NotebookCells.MayBeNotebook(file.Text)) return file;
        var cells = NotebookCells.Read(file.Text, out string? why);
        if (cells is not null) return file with { Notebook = NotebookScript.From(cells) };
        if (!named) return file; // JSON-like Python after all: the reader will say what it makes of it
        error = $"cannot read '{file.Argument}': {why}";
        return null;
    }

    private static IReadOnlyList<Keras.Diagnostics.Diagnostic> Notes(Keras.Diagnostics.Diagnostic? warning) => warning is null ? [] : [warning];

    private static string ReadBounded(TextReader reader, out bool tooLarge)
    {
        var sb = new StringBuilder();
        var buffer = new char[8192];
        int n;
        // Characters, not bytes, but of the same order: the bound is only a guard against huge inputs.
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, n);
            if (sb.Length > MaxBytes)
            {
                tooLarge = true;
                return "";
            }
        }
        tooLarge = false;
        return sb.ToString();
    }
}
