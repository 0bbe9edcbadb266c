using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NotebookSummary.Benchmarks;

/// <summary>
/// A result column divided by the benchmark's layer count (its <c>Layers</c> parameter): the cost of one layer.
/// Flat across 100 … 10,000 layers means the stage is linear; growing means something is worse than linear.
/// </summary>
public sealed class PerLayerColumn : IColumn
{
    private readonly bool _allocation;

    private PerLayerColumn(bool allocation) => _allocation = allocation;

    /// <summary>Mean time per layer (µs).</summary>
    public static readonly IColumn Time = new PerLayerColumn(allocation: false);

    /// <summary>Allocated bytes per layer (needs the memory diagnoser).</summary>
    public static readonly IColumn Allocation = new PerLayerColumn(allocation: true);

    public string Id => _allocation ? "AllocPerLayer" : "MeanPerLayer";
    public string ColumnName => _allocation ? "Alloc/layer" : "Mean/layer";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => _allocation ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => _allocation ? UnitType.Size : UnitType.Time;
    public string Legend => _allocation
        ? "Allocated bytes per operation divided by the number of layers"
        : "Mean time divided by the number of layers";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Layers(benchmarkCase) is not { } layers || summary[benchmarkCase] is not { } report) return "-";
        if (_allocation)
        {
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is { } b ? $"{(double)b / layers:N0} B" : "-";
        }
        if (report.ResultStatistics is not { } stats) return "-";
        return $"{stats.Mean / layers / 1000:N3} µs"; // Mean is in nanoseconds
    }

    private static int? Layers(BenchmarkCase benchmarkCase)
    {
        foreach (var p in benchmarkCase.Parameters.Items)
            if (p.Name == nameof(PipelineBenchmarks.Layers) && p.Value is int n && n > 0) return n;
        return null;
    }

    public override string ToString() => ColumnName;
}
