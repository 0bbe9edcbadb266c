using System.Text;

namespace NotebookSummary.Cli;

/// <summary>
/// Where the output goes: standard output, or the <c>-o</c> file. The file is written as a temporary file in its
/// folder and moved into place only when the run succeeded and wrote something, so a failed run, a missing input or
/// a full disk never leaves an emptied or half-written file, and an existing file is replaced in one step. The path
/// is checked and the temporary file created before any input is read, so a wrong path fails at once.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;        // as the user wrote it, for messages
    private readonly string? _destination; // the file that is replaced (a link's target)
    private readonly string? _temporary;
    private readonly StreamWriter? _file;

    private OutputTarget(GuardedWriter writer, string? path, string? destination, string? temporary, StreamWriter? file)
    {
        Writer = writer;
        _path = path;
        _destination = destination;
        _temporary = temporary;
        _file = file;
    }

    public GuardedWriter Writer { get; }

    /// <summary>Standard output, or a temporary file for <paramref name="path"/>; null with <paramref name="error"/>
    /// when the path cannot be the output (a directory, an input, not writable).</summary>
    public static OutputTarget? Open(string? path, IReadOnlyList<string> inputs, GuardedWriter stdout, out string? error)
    {
        error = null;
        if (path is null) return new OutputTarget(stdout, null, null, null, null);
        try
        {
            error = OutputPath.Problem(path, inputs);
            if (error is not null) return null;
            if (OutputPath.IsDevice(path))
            {
                var device = Utf8Writer(new FileStream(path, FileMode.Create, FileAccess.Write));
                return new OutputTarget(new GuardedWriter(device, $"'{path}'"), path, null, null, device);
            }
            // An existing file must be writable: replacing it by a rename would otherwise get round its read-only mode.
            // Opening it for writing without truncation changes nothing.
            string destination = OutputPath.Resolve(path);
            if (File.Exists(destination)) new FileStream(destination, FileMode.Open, FileAccess.Write).Dispose();
            string folder = Path.GetDirectoryName(destination)!;
            string temporary = Path.Combine(folder, $".{Path.GetFileName(destination)}.{CliApp.ProgramName}-{Guid.NewGuid():N}.tmp");
            var file = Utf8Writer(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write));
            return new OutputTarget(new GuardedWriter(file, $"'{path}'"), path, destination, temporary, file);
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

    // UTF-8 without a byte order mark, '\n' line ends: the same bytes on every system.
    private static StreamWriter Utf8Writer(FileStream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    /// <summary>
    /// Ends the output: for a file, moves what was written into place when <paramref name="keep"/> and something was
    /// written, and otherwise leaves the path as it was. Returns why the output could not be completed, or null.
    /// Standard output is only flushed (its failures are reported by <see cref="CliApp"/>, which owns it).
    /// </summary>
    public string? Complete(bool keep)
    {
        Writer.Flush();
        if (_file is null) return null;
        string? closeFailure = Close(_file);
        if ((Writer.Failure ?? closeFailure) is { } failure)
            return $"cannot write {Writer.Name}: {failure}" + (_temporary is null ? "" : "; the file was left as it was");
        if (_temporary is null || !keep || !Writer.HasWritten) return null; // a device was written in place
        try
        {
            KeepMode(_destination!, _temporary!);
            File.Move(_temporary!, _destination!, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write '{_path}': {e.Message}";
        }
    }

    /// <summary>True when the output goes to a file (not standard output).</summary>
    public bool IsFile => _file is not null;

    // A replaced file keeps its permissions (a rename would give it the new file's).
    private static void KeepMode(string destination, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(destination)) return;
        File.SetUnixFileMode(temporary, File.GetUnixFileMode(destination));
    }

    /// <summary>Removes the temporary file unless it was moved into place.</summary>
    public void Dispose()
    {
        if (_file is not null) Close(_file);
        if (_temporary is not null) TryDelete(_temporary);
    }

    // Closing writes what is still buffered, so it can fail as a write does (a full disk); a writer whose stream
    // already failed keeps its unwritten text and fails again here. The file handle is closed either way.
    private static string? Close(StreamWriter file)
    {
        try
        {
            file.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return GuardedWriter.Describe(e);
        }
    }

    private static void TryDelete(string file)
    {
        try { File.Delete(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
