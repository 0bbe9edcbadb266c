using System.Runtime.InteropServices;

namespace NotebookSummary.Cli;

/// <summary>
/// Gets the garbage-collected heap ready for one short run, on Linux. A run keeps nearly everything it makes (the
/// layers, then the rows) until it writes its output, and on a virtual machine every new 4 KB page of heap costs a
/// page fault of several microseconds: faulting the heap in cost a 10,000-layer run about a fifth of its time, and
/// collections copied the same live objects again as they aged. So, when the kernel allows transparent huge pages,
/// the heap's address range is marked for them and the collector is asked to hold off for the first
/// <see cref="NoCollectionBudget"/> of allocation: it commits that memory in one piece, which the kernel then backs
/// with 2 MB pages (one fault where there were 512), and a model of up to some 20,000 layers is summarized without a
/// collection. A larger model's run goes on past the budget with the collector working as usual, so memory stays
/// bounded. Only the process's entry point calls this: a notebook kernel or a test host keeps its own settings.
/// docs/benchmarks.md has the measurements. Where any step is not available the run simply goes on without it.
/// </summary>
internal static partial class HeapWarmUp
{
    /// <summary>How much the run may allocate before the first collection.</summary>
    internal const long NoCollectionBudget = 64L << 20;

    private const int MadviseHugePage = 14; // MADV_HUGEPAGE in <sys/mman.h>, the same on every Linux architecture

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);

    public static void Apply()
    {
        if (!OperatingSystem.IsLinux() || !HugePagesOnRequest()) return;
        if (HeapRange() is not var (start, end)) return;
        if (Madvise(start, (nuint)(end - start), MadviseHugePage) != 0) return;
        try
        {
            GC.TryStartNoGCRegion(NoCollectionBudget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A collector configured with a smaller ephemeral space refuses the budget: the run goes on as usual.
        }
    }

    // "always" or "madvise" is selected (in brackets) unless huge pages are off; without them, committing the heap
    // in one piece only moves the 4 KB faults earlier, and holding off collections then costs more than it saves.
    private static bool HugePagesOnRequest()
    {
        try
        {
            string mode = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
            return mode.Contains("[always]", StringComparison.Ordinal) || mode.Contains("[madvise]", StringComparison.Ordinal);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>
    /// The collector's address range: the run of adjacent anonymous mappings in /proc/self/maps around an object just
    /// allocated (the collector reserves one range for all its regions and commits parts of it, so the map shows it
    /// as neighbouring pieces). Null when the map cannot be read.
    /// </summary>
    private static unsafe (nint Start, nint End)? HeapRange()
    {
        var probe = new byte[16];
        nint address;
        fixed (byte* p = probe) address = (nint)p;
        string[] lines;
        try
        {
            lines = File.ReadAllLines("/proc/self/maps");
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }

        var mappings = new List<(nint Start, nint End, bool Anonymous)>(lines.Length);
        foreach (var line in lines)
            if (Mapping(line) is { } m) mappings.Add(m);
        int at = mappings.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0 || !mappings[at].Anonymous) return null;
        int first = at, last = at;
        while (first > 0 && mappings[first - 1].Anonymous && mappings[first - 1].End == mappings[first].Start) first--;
        while (last + 1 < mappings.Count && mappings[last + 1].Anonymous && mappings[last + 1].Start == mappings[last].End) last++;
        return (mappings[first].Start, mappings[last].End);
    }

    // "7f12a0000000-7f12a4000000 rw-p 00000000 00:00 0" — a mapping without a path (the sixth field) is anonymous;
    // [heap], [stack] and files have one.
    private static (nint Start, nint End, bool Anonymous)? Mapping(string line)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5) return null;
        int dash = fields[0].IndexOf('-');
        if (dash < 0 ||
            !long.TryParse(fields[0].AsSpan(0, dash), System.Globalization.NumberStyles.HexNumber, null, out long start) ||
            !long.TryParse(fields[0].AsSpan(dash + 1), System.Globalization.NumberStyles.HexNumber, null, out long end))
            return null;
        bool anonymous = fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]);
        return ((nint)start, (nint)end, anonymous);
    }
}
