using System.Text;

namespace NotebookSummary.Cli;

/// <summary>
/// Where the output goes: standard output, or the <c>-o</c> file. The file is created before any input is read, so
/// a wrong path is reported at once rather than after all the work.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly StreamWriter? _file;

    private OutputTarget(TextWriter writer, StreamWriter? file)
    {
        Writer = writer;
        _file = file;
    }

    public TextWriter Writer { get; }

    /// <summary>Standard output, or the file at <paramref name="path"/>; null with <paramref name="error"/> when it cannot be created.</summary>
    public static OutputTarget? Open(string? path, TextWriter stdout, out string? error)
    {
        error = null;
        if (path is null) return new OutputTarget(stdout, null);
        try
        {
            // UTF-8 without a byte order mark, '\n' line ends: the same bytes on every system.
            var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            return new OutputTarget(file, file);
        }
        catch (UnauthorizedAccessException)
        {
            error = $"cannot write '{path}': permission denied";
        }
        catch (DirectoryNotFoundException)
        {
            error = $"cannot write '{path}': its directory does not exist";
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            error = $"cannot write '{path}': {e.Message}";
        }
        return null;
    }

    public void Dispose() => _file?.Dispose();
}
