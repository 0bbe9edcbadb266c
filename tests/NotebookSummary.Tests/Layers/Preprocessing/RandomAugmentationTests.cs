using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Preprocessing;

/// <summary>
/// RandomFlip, RandomRotation, RandomZoom, RandomTranslation, RandomContrast, RandomBrightness: Keras's
/// compute_output_shape returns the input shape, and no weights are counted (their seed generators' state is not a
/// weight: case 0073 reports 0 params); factors are validated as Keras 3's constructors do.
/// </summary>
public class RandomAugmentationTests
{
    public static TheoryData<Layer, string> Augmentations => new()
    {
        { new RandomFlip("horizontal"), "random_flip" },
        { new RandomRotation(0.1), "random_rotation" },
        { new RandomZoom(0.2), "random_zoom" },
        { new RandomTranslation(0.1, 0.2), "random_translation" },
        { new RandomContrast(0.2), "random_contrast" },
        { new RandomBrightness(0.2), "random_brightness" },
    };

    [Theory]
    [MemberData(nameof(Augmentations))]
    public void Keep_the_shape_and_have_no_weights(Layer layer, string name)
    {
        var row = LayerAssert.Row(layer, 180, 180, 3);
        Assert.Equal("(None, 180, 180, 3)", row.OutputShape.ToString());
        Assert.Equal(name, row.Name);
        Assert.Equal(LayerKind.Dropout, row.Kind); // identity at inference, like dropout and noise
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Contains(row.WalkThrough.Notes, n => n.StartsWith("while training: ", StringComparison.Ordinal));
        Assert.Contains("at inference the images pass through unchanged", row.WalkThrough.Notes);
    }

    [Theory]
    [InlineData("random_flip")]
    [InlineData("random_rotation")]
    public void Match_the_rows_keras_reported_in_case_0073(string layer)
    {
        var expected = ConformanceCase.Functional("0073").Row(layer);
        Layer built = layer == "random_flip" ? new RandomFlip("horizontal") : new RandomRotation(0.1);
        expected.AssertLayerValues(LayerAssert.Row(built, expected.SampleShape));
    }

    [Theory]
    [MemberData(nameof(Augmentations))]
    public void Need_images(Layer layer, string name)
    {
        _ = name;
        var flat = LayerAssert.Error(layer, 64);
        Assert.Contains("works on images: it expects a 4D input (batch, height, width, channels)", flat.Message);
        Assert.Contains("Reshape", flat.Hint);
        Assert.Contains("TimeDistributed", LayerAssert.Error(layer, 5, 8, 8, 3).Hint);
        // Keras runs a 3D input as one unbatched image; the row is built, with a note saying what goes wrong.
        var gray = LayerAssert.Row(layer, 28, 28);
        Assert.Equal("(None, 28, 28)", gray.OutputShape.ToString());
        Assert.Contains(gray.WalkThrough.Notes, n => n.Contains("one image without a batch axis") && n.Contains("(28, 28, 1)"));
    }

    [Fact]
    public void A_3d_channels_first_input_is_one_image_whose_channels_are_the_samples()
    {
        // channels_first reads (batch, 28, 28) as (channels, height, width): the right axes, one transformation for all.
        var note = Assert.Single(LayerAssert.Row(new RandomFlip(dataFormat: "channels_first"), 28, 28).WalkThrough.Notes,
            n => n.StartsWith("Keras reads a 3D input", StringComparison.Ordinal));
        Assert.DoesNotContain("wrong axes", note);
        Assert.Contains("input shape (1, 28, 28)", note);
    }

    [Fact]
    public void RandomFlip_modes()
    {
        Assert.Contains("while training: with probability 1/2 each image is mirrored left↔right and turned upside down",
            LayerAssert.Row(new RandomFlip(), 8, 8, 3).WalkThrough.Notes);
        Assert.Contains("while training: with probability 1/2 each image is turned upside down",
            LayerAssert.Row(new RandomFlip("vertical"), 8, 8, 3).WalkThrough.Notes);
        var typo = LayerAssert.Error(new RandomFlip("horizontal_flip"), 8, 8, 3);
        Assert.Equal("RandomFlip argument 'mode' must be 'horizontal', 'vertical' or 'horizontal_and_vertical', but it is 'horizontal_flip'", typo.Message);
        Assert.Contains("never flip", typo.Hint);
    }

    [Fact]
    public void RandomRotation_factor_is_a_fraction_of_a_turn()
    {
        Assert.Contains(LayerAssert.Row(new RandomRotation(0.1), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("random angle in [-36°, 36°]") && n.Contains("'reflect'"));
        // A pair is the range, in either order (Keras sorts it).
        Assert.Contains(LayerAssert.Row(new RandomRotation((0.25, -0.5), "constant"), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("[-180°, 90°]") && n.Contains("'constant'"));
        // Keras 3: a number must lie in [-1, 1]; a pair must have two values.
        var tooBig = LayerAssert.Error(new RandomRotation(1.5), 8, 8, 3);
        Assert.Equal("RandomRotation argument 'factor' must be a number or a pair of numbers in [-1, 1], but it is 1.5", tooBig.Message);
        Assert.Contains("±36°", tooBig.Hint);
        Assert.Contains("but it is [0.1, 0.2, 0.3]", LayerAssert.Error(new RandomRotation(new[] { 0.1, 0.2, 0.3 }), 8, 8, 3).Message);
        Assert.Contains("'fill_mode' must be one of", LayerAssert.Error(new RandomRotation(0.1, "mirror"), 8, 8, 3).Message);
        Assert.Contains("'interpolation' must be one of 'nearest', 'bilinear'", LayerAssert.Error(new RandomRotation(0.1, interpolation: "bicubic"), 8, 8, 3).Message);
    }

    [Fact]
    public void RandomZoom_factors()
    {
        var same = LayerAssert.Row(new RandomZoom(0.2), 8, 8, 3).WalkThrough.Notes;
        Assert.Contains(same, n => n.Contains("in [-20%, 20%] of its height and of its width by the same amount"));
        Assert.Contains(LayerAssert.Row(new RandomZoom((-0.3, -0.1), (0.1, 0.2)), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("[-30%, -10%] of its height") && n.Contains("of its width by one in [10%, 20%]"));
        // Keras 3 RandomZoom: each value must be in (-1, 1]; -1 is refused.
        Assert.Contains("in (-1, 1], but it is -1", LayerAssert.Error(new RandomZoom(-1.0), 8, 8, 3).Message);
        Assert.Contains("'width_factor'", LayerAssert.Error(new RandomZoom(0.1, (0.1, 2.0)), 8, 8, 3).Message);
    }

    [Fact]
    public void RandomTranslation_factors()
    {
        Assert.Contains(LayerAssert.Row(new RandomTranslation(0.1, (-0.2, 0.3)), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("vertically by a random amount in [-10%, 10%]") && n.Contains("horizontally by one in [-20%, 30%]"));
        // Keras 3 RandomTranslation: each value in [-1, 1]; -1 itself is allowed.
        LayerAssert.Row(new RandomTranslation(-1.0, 1.0), 8, 8, 3);
        Assert.Contains("'height_factor' must be a number or a pair of numbers in [-1, 1], but it is 1.2",
            LayerAssert.Error(new RandomTranslation(1.2, 0.1), 8, 8, 3).Message);
    }

    [Fact]
    public void RandomContrast_factor_and_value_range()
    {
        // Keras 3 reads one number f as (0, f): the contrast factor is drawn from [1, 1 + f].
        Assert.Contains(LayerAssert.Row(new RandomContrast(0.2), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("[1 − 0, 1 + 0.2] = [1, 1.2], clipped to [0, 255]"));
        Assert.Contains(LayerAssert.Row(new RandomContrast((0.5, 0.2), (0, 1)), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("[1 − 0.2, 1 + 0.5] = [0.8, 1.5], clipped to [0, 1]"));
        Assert.Contains("in [0, 1], but it is -0.2", LayerAssert.Error(new RandomContrast(-0.2), 8, 8, 3).Message);
        // Keras 2's RandomContrast(factor, seed) written positionally: Keras 3 takes the seed as value_range.
        var keras2 = LayerAssert.Error(new RandomContrast(0.2, 42), 8, 8, 3);
        Assert.Equal("RandomContrast argument 'value_range' must be a pair of numbers (low, high), but it is 42", keras2.Message);
        Assert.Equal("in Keras 2 the second argument of RandomContrast was seed: write seed=42", keras2.Hint);
    }

    [Fact]
    public void RandomBrightness_factor_and_value_range()
    {
        // factor 0.2 of the (0, 255) range: ±51.
        Assert.Contains(LayerAssert.Row(new RandomBrightness(0.2), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("[-0.2·255, 0.2·255] = [-51, 51]") && n.Contains("clipped to [0, 255]"));
        Assert.Contains(LayerAssert.Row(new RandomBrightness((-0.1, 0.3), (1, 0)), 8, 8, 3).WalkThrough.Notes,
            n => n.Contains("= [-0.1, 0.3]") && n.Contains("clipped to [0, 1]"));
        Assert.Contains("must be a pair of numbers (low, high), but it is (0, 1, 2)",
            LayerAssert.Error(new RandomBrightness(0.1, (0, 1, 2)), 8, 8, 3).Message);
        Assert.Contains("in [-1, 1], but it is 2", LayerAssert.Error(new RandomBrightness(2), 8, 8, 3).Message);
    }
}
