using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NotebookSummary.Benchmarks;

// Run: dotnet run -c Release --project tests/NotebookSummary.Benchmarks -- --filter '*' --job short
// (docs/benchmarks.md has the results and what they show).
var config = DefaultConfig.Instance
    .AddColumn(PerLayerColumn.Time, PerLayerColumn.Allocation)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);
