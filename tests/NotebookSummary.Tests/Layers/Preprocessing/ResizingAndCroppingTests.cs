using NotebookSummary.Tests.Layers.Core;

namespace NotebookSummary.Tests.Layers.Preprocessing;

/// <summary>
/// Resizing, CenterCrop and RandomCrop: Keras's compute_output_shape replaces the height and width axes
/// (1 and 2 channels_last, 2 and 3 channels_first) by the layer's height and width; batch and channels stay; no weights.
/// </summary>
public class ResizingAndCroppingTests
{
    public static TheoryData<Layer, string> SizeSetters => new()
    {
        { new Resizing(224, 160), "resizing" },
        { new CenterCrop(224, 160), "center_crop" },
        { new RandomCrop(224, 160), "random_crop" },
    };

    [Theory]
    [MemberData(nameof(SizeSetters))]
    public void Set_the_height_and_width_and_keep_the_channels(Layer layer, string name)
    {
        var row = LayerAssert.Row(layer, 180, 200, 3);
        Assert.Equal("(None, 224, 160, 3)", row.OutputShape.ToString());
        Assert.Equal(name, row.Name);
        Assert.Equal(LayerKind.Reshape, row.Kind);
        LayerAssert.Params(row, 0, 0, 0);
        Assert.Contains("no weights", row.WalkThrough.NoParametersReason);
        Assert.Equal("out_h = height = 224", LayerKit.Shape(row, "out_h").ToString());
        Assert.Equal("out_w = width = 160", LayerKit.Shape(row, "out_w").ToString());
        // Unknown spatial sizes are fine: the output's are the layer's.
        Assert.Equal("(None, 224, 160, 3)", LayerAssert.Row(layer, null, null, 3).OutputShape.ToString());
    }

    [Fact]
    public void Channels_first_sets_axes_2_and_3()
    {
        Assert.Equal("(None, 3, 64, 32)", LayerAssert.Row(new Resizing(64, 32, dataFormat: "channels_first"), 3, 100, 100).OutputShape.ToString());
        Assert.Equal("(None, 3, 64, 32)", LayerAssert.Row(new CenterCrop(64, 32, "channels_first"), 3, 100, 100).OutputShape.ToString());
        Assert.Equal("(None, 3, 64, 32)", LayerAssert.Row(new RandomCrop(64, 32, dataFormat: "channels_first"), 3, 100, 100).OutputShape.ToString());
    }

    [Theory]
    [MemberData(nameof(SizeSetters))]
    public void A_3d_channels_last_input_is_an_error_that_shows_what_keras_would_do(Layer layer, string name)
    {
        // Keras reads (batch, 28, 28) as one image (h, w, c) and sets axes 0 and 1: (224, 160, 28), batch gone.
        _ = name;
        var error = LayerAssert.Error(layer, 28, 28);
        Assert.Contains("would read it as one image (height, width, channels)", error.Message);
        Assert.Contains("giving (224, 160, 28) with the batch axis gone", error.Message);
        Assert.Equal("give the images a channels axis: input shape (28, 28, 1), or a Reshape before this layer", error.Hint);
    }

    [Fact]
    public void A_3d_channels_first_input_keeps_its_batch_as_keras_does()
    {
        // channels_first: Keras sets axes 1 and 2 of (batch, 28, 28): (None, 14, 14); the samples act as channels.
        var row = LayerAssert.Row(new Resizing(14, 14, dataFormat: "channels_first"), 28, 28);
        Assert.Equal("(None, 14, 14)", row.OutputShape.ToString());
        Assert.Contains(row.WalkThrough.Notes, n => n.Contains("channels are the samples"));
    }

    [Fact]
    public void Other_ranks_are_errors()
    {
        Assert.Contains("expects a 4D input (batch, height, width, channels)", LayerAssert.Error(new Resizing(8, 8), 16).Message);
        Assert.Contains("expects a 4D input", LayerAssert.Error(new CenterCrop(8, 8), 4, 16, 16, 3).Message);
    }

    [Fact]
    public void Resizing_explains_interpolation_and_aspect_ratio()
    {
        var stretched = LayerAssert.Row(new Resizing(224, 224), 180, 240, 3).WalkThrough.Notes;
        Assert.Contains("each 180×240 image is resized to 224×224 (bilinear interpolation); the channels are kept", stretched);
        Assert.Contains(stretched, n => n.StartsWith("the aspect ratio changes from 180:240 to 224:224", StringComparison.Ordinal));
        var cropped = LayerAssert.Row(new Resizing(224, 224, "nearest", cropToAspectRatio: true), 180, 240, 3).WalkThrough.Notes;
        Assert.Contains(cropped, n => n.Contains("(nearest interpolation)"));
        Assert.Contains(cropped, n => n.StartsWith("crop_to_aspect_ratio=True", StringComparison.Ordinal));
        Assert.DoesNotContain(LayerAssert.Row(new Resizing(90, 120), 180, 240, 3).WalkThrough.Notes, n => n.Contains("stretched"));
    }

    [Fact]
    public void Resizing_refuses_what_keras_resize_refuses()
    {
        // ops.image.resize: positive size, one of crop/pad, a known interpolation.
        Assert.Equal("Resizing argument 'height' must be a positive integer, but it is 0", LayerAssert.Error(new Resizing(0, 8), 8, 8, 3).Message);
        Assert.StartsWith("Resizing can crop to the aspect ratio or pad to it, not both",
            LayerAssert.Error(new Resizing(8, 8, cropToAspectRatio: true, padToAspectRatio: true), 8, 8, 3).Message);
        Assert.Contains("'interpolation' must be one of", LayerAssert.Error(new Resizing(8, 8, "cubic"), 8, 8, 3).Message);
        Assert.Contains("'data_format' must be one of", LayerAssert.Error(new Resizing(8, 8, dataFormat: "nhwc"), 8, 8, 3).Message);
    }

    [Fact]
    public void Crops_say_what_they_keep()
    {
        Assert.Contains(LayerAssert.Row(new CenterCrop(150, 150), 180, 180, 3).WalkThrough.Notes,
            n => n.StartsWith("keeps the central 150×150 window of each 180×180 image", StringComparison.Ordinal));
        // Keras 3 CenterCrop: a smaller image goes through smart_resize (central window of the aspect ratio, resized).
        Assert.Contains(LayerAssert.Row(new CenterCrop(150, 150), 100, 200, 3).WalkThrough.Notes,
            n => n.Contains("smaller than the 150×150 crop"));
        var random = LayerAssert.Row(new RandomCrop(150, 150, seed: 1), 180, 180, 3).WalkThrough.Notes;
        Assert.Contains(random, n => n.StartsWith("while training: a random 150×150 window", StringComparison.Ordinal));
        // Keras 3's transform_images returns the images unchanged when not training; tf.keras 2 cropped the centre.
        Assert.Contains(random, n => n.StartsWith("at inference, tf.keras 2 cuts the largest central window", StringComparison.Ordinal) && n.Contains("Keras 3 passes the 180×180 images through uncropped"));
        Assert.Contains("'width' must be a positive integer", LayerAssert.Error(new CenterCrop(8, -1), 8, 8, 3).Message);
    }
}
