namespace NotebookSummary.Tests.Layers.Preprocessing;

using Normalization = global::NotebookSummary.Normalization;

/// <summary>
/// Any value given to a preprocessing layer's loosely typed arguments (factors, scales, means: Python takes anything)
/// gives a summary, valid or with a model error, never an exception.
/// </summary>
public class PreprocessingOddArgumentsTests
{
    private static readonly object?[] OddValues =
    [
        null, 0, -1, 0.5, -0.5, 1, 2.0, double.NaN, double.PositiveInfinity, "x", true, new object(),
        new[] { 0.1 }, new[] { 0.1, 0.2 }, (0.3, -0.3), new[] { 1, 2, 3 }, new object?[] { null, 1 },
        new object[] { new[] { 1 }, new[] { 1, 2 } }, Array.Empty<double>(), int.MaxValue,
    ];

    private static IEnumerable<Layer> Layers(object? v, int size, string text)
    {
        yield return new Rescaling(v!, v);
        yield return new Normalization(size, v, v);
        yield return new Normalization(axis: null, mean: v, variance: 1.0);
        yield return new Resizing(size, size, text, dataFormat: text);
        yield return new CenterCrop(size, 3, text);
        yield return new RandomCrop(3, size, dataFormat: text);
        yield return new RandomFlip(text, dataFormat: text);
        yield return new RandomRotation(v!, text, text);
        yield return new RandomZoom(v!, v, dataFormat: text);
        yield return new RandomTranslation(v!, v!, interpolation: text);
        yield return new RandomContrast(v!, v);
        yield return new RandomBrightness(v!, v);
        yield return new ThresholdedReLU(size);
        yield return new Lambda(v, size == 0 ? (Size?)null : new int?[] { size, null });
    }

    private static readonly int?[][] Inputs = [[5], [7, 3], [null, 3], [6, 6, 2], [4, 4, 4, 2], [3, null, 5]];

    [Fact]
    public void Odd_arguments_never_throw()
    {
        int built = 0, failed = 0;
        foreach (var value in OddValues)
            foreach (var size in new[] { 0, 1, -2, 3, int.MaxValue })
                foreach (var text in new[] { "channels_first", "channels_last", "nearest", "horizontal", "bogus", "" })
                    foreach (var input in Inputs)
                        foreach (var layer in Layers(value, size, text))
                        {
                            var summary = new Sequential { new Input(input), layer }.Summarize();
                            if (summary.IsValid) built++;
                            else
                            {
                                failed++;
                                Assert.False(string.IsNullOrWhiteSpace(summary.Error!.Message));
                            }
                            _ = summary.Rows.Select(r => r.WalkThrough.ToString()).ToList();
                        }
        Assert.True(built > 0 && failed > 0, $"{built} built, {failed} failed");
    }
}
