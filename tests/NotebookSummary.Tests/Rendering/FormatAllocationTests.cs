using NotebookSummary.Analysis;
using NotebookSummary.Benchmarks;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// What streaming each format to a writer (the CLI's path, <c>OutputFormat.Render(summary, options, sink)</c>) costs
/// per layer in allocated bytes — work, not time — on the in-process benchmark's generated model, the summary
/// computed beforehand. The bounds are measurements with half as much again as margin: they catch a renderer that
/// starts making a string, a list or an object per row again, not a few bytes.
/// </summary>
public class FormatAllocationTests
{
    private const int Layers = 10_000;

    private static readonly Lazy<ModelSummary> Summary = new(() => GeneratedModel.Build(Layers).Summarize());
    private static readonly Lazy<ModelSummary> HalfSummary = new(() => GeneratedModel.Build(Layers / 2).Summarize());

    /// <summary>The bound per format, in bytes a layer.</summary>
    /// <remarks>
    /// Measured on 2026-12-05 on GeneratedModel.Build(10,000), before → after the renderers wrote rows straight into
    /// the output: text 530 → 13, keras2 468 → 13, ascii 751 → 12, markdown 800 → 13, json 321 → 9, svg 593 → 72,
    /// html 502 → 131. What is left of the text formats' and JSON's is fixed (the output's buffers, about 130 KB, which
    /// is 13 B a layer here); HTML's is the summary's cost totals and the rows' repeat signatures, SVG's the
    /// signatures and the outline of its elements. Measured again on 2026-12-05 after the renderers stopped keying
    /// repeated blocks by a struct per row and kept the texts rows repeat: ascii 13, markdown 13, json 9, svg 72,
    /// html 27 (its bound follows; the others keep theirs, which hold that with half as much again or close to it).
    /// </remarks>
    public static TheoryData<SummaryFormat, int> Bounds() => new()
    {
        { SummaryFormat.Text, 20 },
        { SummaryFormat.Keras2, 20 },
        { SummaryFormat.Ascii, 18 },
        { SummaryFormat.Markdown, 20 },
        { SummaryFormat.Json, 14 },
        { SummaryFormat.Svg, 108 },
        { SummaryFormat.Html, 41 },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void Streaming_allocates_a_bounded_amount_per_layer(SummaryFormat format, int maxBytesPerLayer)
    {
        long bytes = Streamed(format, Summary.Value);
        Assert.True(bytes / Layers <= maxBytesPerLayer,
            $"streaming {format} allocated {bytes / Layers:N0} B a layer ({bytes:N0} B); at most {maxBytesPerLayer} expected");
    }

    [Theory]
    [MemberData(nameof(Bounds))]
    public void Streaming_work_grows_linearly(SummaryFormat format, int maxBytesPerLayer)
    {
        _ = maxBytesPerLayer;
        long half = Streamed(format, HalfSummary.Value);
        long whole = Streamed(format, Summary.Value);
        WorkMeter.AssertLinear(half, whole, $"streaming {format}");
    }

    /// <summary>Bytes allocated streaming <paramref name="summary"/> to <see cref="TextWriter.Null"/>, after one
    /// warm-up run (type loading, static caches and the rows' walk-throughs read once are not per layer).</summary>
    private static long Streamed(SummaryFormat format, ModelSummary summary)
    {
        var output = OutputFormats.Of(format);
        var options = new RenderOptions();
        void Stream()
        {
            var sink = OutputSink.To(TextWriter.Null);
            output.Render(summary, options, sink);
            sink.Complete();
        }
        Stream();
        return WorkMeter.AllocatedBytes(Stream);
    }
}
