using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomCrop(height, width, seed=None)</c>: while training, cuts a random <c>height × width</c> window out
/// of the images (resizing images smaller than that). Keras's output shape has the layer's height and width; no
/// weights. At inference tf.keras 2 crops the centre and resizes; Keras 3 lets the images through unchanged.
/// </summary>
public sealed class RandomCrop(int height, int width, int? seed = null, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    public int Height { get; } = height;
    public int Width { get; } = width;
    public int? Seed { get; } = seed;
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = ImageAxes.SetSize(b, DataFormat, Height, Width);
        string from = axes.InputSize(b);
        b.NoParams("cropping only keeps part of each image (its random position is not a weight): it has no weights");

        b.Note($"while training: a random {Height}×{Width} window of the {from} images, at one position for the whole batch");
        // tf.keras 2 center-crops and resizes at inference; Keras 3's transform_images does nothing when not training
        // (3.15 and later), although its compute_output_shape, which the summary shows, says height × width.
        b.Note($"at inference, tf.keras 2 cuts the largest central window with the {Height}:{Width} aspect ratio and "
               + $"resizes it to {Height}×{Width}; Keras 3 passes the {from} images through uncropped, although its "
               + "summary shows the cropped shape");
    }
}
