using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NotebookSummary.Benchmarks;

// Run (the README's "Speed" section has the latest results and what they show):
//   dotnet run -c Release --project tests/NotebookSummary.Benchmarks -- --filter '*'
// The job below is used unless the command line names one (e.g. --job short for a quick look).
var job = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(3)
    .WithIterationCount(10)
    .WithId("Pipeline");
var config = DefaultConfig.Instance
    .AddJob(job.AsDefault())
    .AddColumn(PerLayerColumn.Time, PerLayerColumn.Allocation)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);
