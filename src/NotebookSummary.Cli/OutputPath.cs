namespace NotebookSummary.Cli;

/// <summary>
/// What is checked about the <c>-o</c> path before any input is read: it must name a file, not a directory, and
/// not one of the inputs — the output replaces its file, and replacing the source being summarized destroys it.
/// </summary>
internal static class OutputPath
{
    /// <summary>Why <paramref name="path"/> cannot receive the output of a run over <paramref name="inputs"/>, or null.</summary>
    public static string? Problem(string path, IReadOnlyList<string> inputs)
    {
        if (Directory.Exists(path) || Path.EndsInDirectorySeparator(path))
            return $"cannot write '{path}': it is a directory; give a file name, e.g. -o {Path.Combine(path, "summary.txt")}";
        string target = Resolve(path);
        foreach (var input in inputs)
            if (input != StandardInput.Argument && File.Exists(input) && SameFile(Resolve(input), target))
                return $"cannot write '{path}': it is the input '{input}', which the output would replace; choose another output file";
        return null;
    }

    /// <summary>
    /// The file a path stands for, as a full path: the final target when the path is a symbolic link, so a link to
    /// the input is recognized and writing through a link replaces the file it points to, not the link.
    /// </summary>
    public static string Resolve(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full; // a link cycle or an unreadable link: the path as written
        }
    }

    /// <summary>
    /// True for a device or other special file — <c>/dev/stdout</c>, <c>/dev/null</c>, a shell's <c>/dev/fd/63</c>,
    /// Windows's <c>NUL</c> — which is written in place: it cannot be replaced by a temporary file, and writing it
    /// destroys nothing. .NET does not tell a file's type, so the folders that hold such files decide.
    /// </summary>
    public static bool IsDevice(string path)
    {
        foreach (var candidate in new[] { Path.GetFullPath(path), Resolve(path) })
        {
            if (OperatingSystem.IsWindows() ? candidate.StartsWith(@"\\.\", StringComparison.Ordinal)
                    : candidate.StartsWith("/dev/", StringComparison.Ordinal) || candidate.StartsWith("/proc/", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
