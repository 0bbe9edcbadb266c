using BenchmarkDotNet.Attributes;
using NotebookSummary.Analysis;
using NotebookSummary.Keras;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering.Svg;
using NotebookSummary.Rendering;

namespace NotebookSummary.Benchmarks;

/// <summary>
/// Every stage from Keras source to rendered output, on generated Sequential models (<see cref="GeneratedModel"/>)
/// of 10 to 10,000 layers. Each stage starts from the previous stage's result, prepared once in the setup;
/// <c>pipeline</c> runs the whole way a <c>#!summary</c> cell or <c>nbsummary</c> goes: read, summarize, text and HTML.
/// </summary>
/// <remarks>
/// Time is measured here and only here. The unit tests check that the work stays linear (allocated bytes when the
/// model doubles, tests/NotebookSummary.Tests/Support/WorkMeter.cs) but assert no time, because a shared machine can
/// be three times slower from one run to the next. The goals they once asserted are read here: 10,000 layers read
/// ("read Keras source" × 10,000, once under 500 ms) and rendered as HTML (once under 5 s), and the pipeline's 5 µs
/// per layer at 10,000 layers (README, Speed).
/// </remarks>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _source = null!;
    private Sequential _model = null!;
    private ModelSummary _summary = null!;

    [Params(10, 100, 1_000, 10_000)]
    public int Layers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = GeneratedModel.KerasSource(Layers);
        _model = GeneratedModel.Build(Layers);
        _summary = _model.Summarize();
        if (!_summary.IsValid || _summary.Rows.Count != Layers)
            throw new InvalidOperationException($"generated model of {Layers} layers: {_summary.Error}");
        var read = KerasSource.Parse(_source);
        if (read.HasErrors || read.Summarize().Summary?.Rows.Count != Layers)
            throw new InvalidOperationException($"generated source of {Layers} layers: {string.Join("; ", read.Diagnostics)}");
    }

    [Benchmark(Description = "read Keras source")]
    public Sequential? Read() => KerasSource.Parse(_source).Model;

    [Benchmark(Description = "summarize")]
    public ModelSummary Summarize() => _model.Summarize();

    [Benchmark(Description = "render text")]
    public string RenderText() => KerasTableRenderer.Render(_summary);

    [Benchmark(Description = "render HTML")]
    public string RenderHtml() => HtmlRenderer.Render(_summary);

    [Benchmark(Description = "render SVG")]
    public string RenderSvg() => SvgRenderer.Render(_summary);

    [Benchmark(Description = "pipeline (read + summarize + text + HTML)")]
    public int Pipeline()
    {
        var summary = KerasSource.Parse(_source).Summarize().Summary!;
        return KerasTableRenderer.Render(summary).Length + HtmlRenderer.Render(summary).Length;
    }
}
