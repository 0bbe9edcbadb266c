using NotebookSummary.Analysis;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// Every renderer does work in proportion to its input: doubling a long name at most about doubles what rendering
/// allocates (a 990,000-character name once took 75 s in SVG, because wrapping copied and measured the
/// rest of a long word after every line). The work is measured — bytes allocated on this thread — never the clock.
/// A linear renderer allocates c + k·n (ratio below 2); a quadratic one about 4 times as much for twice the name.
/// </summary>
public class LongTextLinearityTests
{
    private const int Length = 60_000;
    private const double MaxRatio = 2.5;

    public static TheoryData<SummaryFormat, string> Cases()
    {
        var data = new TheoryData<SummaryFormat, string>();
        foreach (var format in Enum.GetValues<SummaryFormat>())
            foreach (var shape in new[] { "one word", "many words", "error", "model name" })
                data.Add(format, shape);
        return data;
    }

    // A model whose text grows with n: a layer name of n characters (one word, or words of two letters), the same
    // name twice (the error message quotes it, and error paragraphs are wrapped), or a long model name.
    private static ModelSummary Model(string shape, int n)
    {
        string word = new('a', n);
        string words = string.Concat(Enumerable.Repeat("ab ", n / 3));
        return shape switch
        {
            "one word" => new Sequential { new Input(4), new Dense(2, name: word), new Dense(3) }.Summarize(),
            "many words" => new Sequential { new Input(4), new Dense(2, name: words), new Dense(3) }.Summarize(),
            "error" => new Sequential { new Input(4), new Dense(2, name: word), new Dense(3, name: word) }.Summarize(),
            _ => new Sequential(words) { new Input(4), new Dense(2) }.Summarize(),
        };
    }

    private static long AllocatedWhileRendering(ModelSummary summary, SummaryFormat format)
    {
        var options = new RenderOptions { StandalonePage = true };
        SummaryRenderer.Render(summary, format, options); // once first: caches and lazy walk-throughs are not the work
        long before = GC.GetAllocatedBytesForCurrentThread();
        SummaryRenderer.Render(summary, format, options);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Twice_the_text_is_at_most_about_twice_the_work(SummaryFormat format, string shape)
    {
        long single = AllocatedWhileRendering(Model(shape, Length), format);
        long twice = AllocatedWhileRendering(Model(shape, 2 * Length), format);
        double ratio = (double)twice / single;
        Assert.True(ratio <= MaxRatio,
            $"{format}, {shape}: {single:N0} bytes for {Length:N0} characters, {twice:N0} for {2 * Length:N0} (×{ratio:F2})");
    }
}
