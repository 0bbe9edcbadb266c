namespace NotebookSummary.Tests.Support;

/// <summary>
/// Measures the work of a call without a clock, so a test means the same on a busy machine as on an idle one:
/// the library runs on the caller's thread, and the bytes it allocates there
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) depend only on the input. A step that redoes work per
/// layer (re-copying a list, re-parsing, rebuilding strings) shows up as allocation growing faster than the input.
/// </summary>
/// <remarks>
/// Speed itself is measured by the benchmark (tests/NotebookSummary.Benchmarks), never asserted by a unit test.
/// </remarks>
internal static class WorkMeter
{
    /// <summary>Bytes that <paramref name="action"/> allocates on this thread.</summary>
    /// <remarks>The caller warms up first (one call on a small input) where static caches and type loading would
    /// otherwise count: the layer catalogue alone allocates more than some calls measured.</remarks>
    public static long AllocatedBytes(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>The fewest bytes <paramref name="action"/> allocates on this thread in two runs.</summary>
    /// <remarks>For work that goes through the process-wide caches (the reader's signatures and values): a test running
    /// beside it can make one run pay for a cache's growth or its starting over (measured once in CI: 4.8 MB where
    /// the run alone allocates 4.4 MB). Such an event does not repeat in the next run; work that grows with the input
    /// does, so the smaller figure still shows it.</remarks>
    public static long LeastAllocatedBytes(Action action) => Math.Min(AllocatedBytes(action), AllocatedBytes(action));

    /// <summary>
    /// Asserts that doubling the input at most about doubles the work: <paramref name="large"/> (measured on twice
    /// the input of <paramref name="small"/>) is at most <paramref name="maxRatio"/> times <paramref name="small"/>.
    /// Quadratic work would give 4.
    /// </summary>
    public static void AssertLinear(long small, long large, string what, double maxRatio = 2.2)
    {
        Assert.True(small > 0, $"{what}: nothing was allocated, so nothing was measured");
        double ratio = (double)large / small;
        Assert.True(ratio <= maxRatio,
            $"{what}: twice the input allocated {ratio:F2}× as much ({large:N0} against {small:N0} bytes); at most {maxRatio}× expected");
    }
}
