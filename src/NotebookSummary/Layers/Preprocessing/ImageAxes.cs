using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// The input of Keras's image preprocessing layers: a batch of images, <c>(batch, height, width, channels)</c> or
/// channels first. Keras also takes a 3D tensor as one image without a batch axis; inside a model a 3D tensor is a
/// batch of images without a channels axis, which Keras then reads wrongly. These rules say so in the user's terms.
/// </summary>
internal readonly record struct ImageAxes(int Height, int Width)
{
    private static string Layout(bool channelsFirst) =>
        channelsFirst ? "(batch, channels, height, width)" : "(batch, height, width, channels)";

    private static string AddChannelsHint(LayerBuilder b, bool channelsFirst)
    {
        string dims = string.Join(", ", b.Input.SampleDims.Select(KerasNumbers.Dim));
        return $"give the images a channels axis: input shape {(channelsFirst ? $"(1, {dims})" : $"({dims}, 1)")}, or a Reshape before this layer";
    }

    /// <summary>
    /// The axes of a layer that sets the height and width (Resizing, CenterCrop, RandomCrop). Keras's rule replaces
    /// the input's height and width axes; on a 3D channels_last input those would be the batch and rows axes, a
    /// shape no model can hold, so that is an error that shows what Keras would make of it.
    /// </summary>
    private static ImageAxes OfBatch(LayerBuilder b, bool channelsFirst, int height, int width)
    {
        if (b.Rank == 4) return channelsFirst ? new ImageAxes(2, 3) : new ImageAxes(1, 2);
        if (b.Rank == 3 && channelsFirst)
        {
            // (batch, h, w) read as one image (channels, h, w): the samples are resized as channels, correctly.
            b.Note("Keras reads this 3D input as one image whose channels are the samples of the batch: each sample is "
                   + "transformed like a channel, so the result is the same as for a batch of one-channel images");
            return new ImageAxes(1, 2);
        }
        if (b.Rank == 3)
            b.Fail($"{b.Layer.ClassName} expects a batch of images {Layout(false)}, but its input {b.Input} is 3D: Keras "
                   + $"would read it as one image (height, width, channels) and set its first two axes, giving "
                   + $"({height}, {width}, {KerasNumbers.Dim(b.Input[2])}) with the batch axis gone",
                AddChannelsHint(b, channelsFirst: false));
        b.ExpectRank(4, Layout(channelsFirst));
        return default;
    }

    /// <summary>
    /// Checks the input of a layer that keeps the shape (the random augmentations): a batch of images; a 3D input runs
    /// in Keras but is transformed as one image, which a note explains; any other rank fails as it does in Keras.
    /// </summary>
    public static void CheckKept(LayerBuilder b, bool channelsFirst)
    {
        if (b.Rank == 3)
        {
            b.Note($"Keras reads a 3D input as one image without a batch axis, not as {Layout(channelsFirst)}: the whole "
                   + $"batch gets one random transformation{(channelsFirst ? "" : ", along the wrong axes")}; "
                   + AddChannelsHint(b, channelsFirst));
            return;
        }
        if (b.Rank != 4)
            b.Fail($"{b.Layer.ClassName} works on images: it expects a 4D input {Layout(channelsFirst)} (or one 3D image), "
                   + $"but its input is {b.Input} ({b.Rank}D)",
                b.Rank < 3 ? "image layers need height, width and channels axes: add a Reshape before this layer"
                    : "for a sequence of images, wrap the layer in TimeDistributed");
    }

    /// <summary>
    /// The rule of Resizing, CenterCrop and RandomCrop: checks the target size and the input, and sets the output to
    /// the input with its height and width replaced, recorded as <c>out_h = height</c> and <c>out_w = width</c>.
    /// </summary>
    public static ImageAxes SetSize(LayerBuilder b, string? dataFormat, int height, int width)
    {
        b.Positive("height", height);
        b.Positive("width", width);
        var axes = OfBatch(b, b.ChannelsFirst(dataFormat), height, width);
        var dims = b.Input.SampleDims.Select(Expr.Number).ToArray();
        dims[axes.Height - 1] = b.Computed("out_h", Expr.Sym("height", height, "output height (the height argument)"));
        dims[axes.Width - 1] = b.Computed("out_w", Expr.Sym("width", width, "output width (the width argument)"));
        b.Output(dims);
        return axes;
    }

    /// <summary>The input images' size for notes: <c>180×180</c> (<c>None</c> where unknown).</summary>
    public string InputSize(LayerBuilder b) => $"{KerasNumbers.Dim(b.Input[Height])}×{KerasNumbers.Dim(b.Input[Width])}";
}
