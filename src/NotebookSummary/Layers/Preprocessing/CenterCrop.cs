using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>CenterCrop(height, width)</c>: keeps the central <c>height × width</c> window of every image; for an image
/// smaller than that, the largest central window of that aspect ratio is resized to it, so the output is always
/// <c>height × width</c>.
/// Batch and channels axes are kept; no weights.
/// </summary>
public sealed class CenterCrop(int height, int width, string? dataFormat = null, string? name = null,
    bool trainable = true, Size? inputShape = null, int? inputDim = null) : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    public int Height { get; } = height;
    public int Width { get; } = width;
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        var axes = ImageAxes.SetSize(b, DataFormat, Height, Width);
        string from = axes.InputSize(b);
        b.NoParams("cropping only keeps part of each image: it has no weights");

        if (b.Input[axes.Height] < Height || b.Input[axes.Width] < Width)
            b.Note($"the {from} images are smaller than the {Height}×{Width} crop: Keras instead cuts the largest central window with the {Height}:{Width} aspect ratio and resizes it to {Height}×{Width}");
        else
            b.Note($"keeps the central {Height}×{Width} window of each {from} image (when the difference is odd, the extra row or column comes off the bottom or the right)");
    }
}
