using BenchmarkDotNet.Attributes;
using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Benchmarks;

/// <summary>
/// Every stage from Keras source to rendered output, on generated Sequential models (<see cref="GeneratedModel"/>)
/// of 10 to 10,000 layers. Each stage starts from the previous stage's result, prepared once in the setup.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Sequential _model = null!;
    private ModelSummary _summary = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Layers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = GeneratedModel.Build(Layers);
        _summary = _model.Summarize();
        if (!_summary.IsValid || _summary.Rows.Count != Layers)
            throw new InvalidOperationException($"generated model of {Layers} layers: {_summary.Error}");
    }

    [Benchmark(Description = "summarize")]
    public ModelSummary Summarize() => _model.Summarize();

    [Benchmark(Description = "render text")]
    public string RenderText() => KerasTableRenderer.Render(_summary);

    [Benchmark(Description = "render HTML")]
    public string RenderHtml() => HtmlRenderer.Render(_summary);

    [Benchmark(Description = "render SVG")]
    public string RenderSvg() => SvgRenderer.Render(_summary);
}
