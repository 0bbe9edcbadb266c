namespace NotebookSummary.Tests.Layers;

/// <summary>
/// Any argument values, however odd, give a summary (valid or with a model error), never an exception: the
/// summarizer only turns ModelException and overflow into model errors, so anything else would escape here.
/// </summary>
public class OddArgumentsTests
{
    private static readonly Size[] OddSizes =
        [default, 0, -1, int.MaxValue, int.MinValue, (1, 2), (0, 1, 2), (1, 2, 3, 4), (1, 2, 3, 4, 5, 6), new int?[] { null, 2 }];

    private static IEnumerable<Layer> Layers(Size s, int i, string? text)
    {
        yield return new Conv1DTranspose(i, s, s, text ?? "valid", s, text, s);
        yield return new Conv2DTranspose(i, s, s, text ?? "same", s, text, s);
        yield return new Conv3DTranspose(i, s, s, text ?? "valid", null, text, s);
        yield return new DepthwiseConv1D(s, s, text ?? "valid", i, text, s);
        yield return new DepthwiseConv2D(s, s, text ?? "same", i, text, s);
        yield return new SeparableConv1D(i, s, s, text ?? "valid", text, s, i);
        yield return new SeparableConv2D(i, s, s, text ?? "same", text, s, i);
        yield return new GlobalMaxPooling1D(text, i > 0);
        yield return new GlobalAveragePooling2D(text, i > 0);
        yield return new GlobalMaxPooling3D(text, i > 0);
        yield return new Reshape(s);
        yield return new Permute(s);
        yield return new RepeatVector(i);
        yield return new ZeroPadding1D(s, text);
        yield return new ZeroPadding2D(s, text);
        yield return new ZeroPadding3D(s, text);
        yield return new Cropping1D(s);
        yield return new Cropping2D(s, text);
        yield return new Cropping3D(s, text);
        yield return new UpSampling1D(i);
        yield return new UpSampling2D(s, text, text ?? "nearest");
        yield return new UpSampling3D(s, text);
    }

    private static readonly int?[][] Inputs =
        [[5], [7, 3], [null, 3], [6, 6, 2], [int.MaxValue, int.MaxValue, 4], [4, 4, 4, 2], [3, null, 5, 5], [1, 1]];

    [Fact]
    public void Odd_arguments_never_throw()
    {
        int built = 0, failed = 0;
        foreach (var size in OddSizes)
            foreach (var i in new[] { 0, 1, -3, 2, int.MaxValue })
                foreach (var text in new string?[] { null, "channels_first", "SAME", "bogus", "" })
                    foreach (var input in Inputs)
                        foreach (var layer in Layers(size, i, text))
                        {
                            var summary = new Sequential { new Input(input), layer }.Summarize();
                            if (summary.IsValid) built++;
                            else
                            {
                                failed++;
                                Assert.False(string.IsNullOrWhiteSpace(summary.Error!.Message));
                            }
                        }
        // Both outcomes occur, so the loop exercised valid builds as well as every kind of error.
        Assert.True(built > 0 && failed > 0, $"{built} built, {failed} failed");
    }
}
