using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>Resizing(height, width, interpolation='bilinear', crop_to_aspect_ratio=False, pad_to_aspect_ratio=False,
/// ...)</c>: every image of the batch is resized to <c>height × width</c>; the batch and channels axes are kept.
/// No weights. Keras 2 took the first four arguments, in the same order.
/// </summary>
public sealed class Resizing(int height, int width, string interpolation = "bilinear", bool cropToAspectRatio = false,
    bool padToAspectRatio = false, string fillMode = "constant", double fillValue = 0.0, bool antialias = false,
    string? dataFormat = null, string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    public int Height { get; } = height;
    public int Width { get; } = width;
    public string Interpolation { get; } = interpolation;
    /// <summary>Cut the largest central window of the target aspect ratio first, so images are not stretched.</summary>
    public bool CropToAspectRatio { get; } = cropToAspectRatio;
    /// <summary>Pad the short side first (with <see cref="FillValue"/>), so images are not stretched.</summary>
    public bool PadToAspectRatio { get; } = padToAspectRatio;
    public string FillMode { get; } = fillMode;
    public double FillValue { get; } = fillValue;
    public bool Antialias { get; } = antialias;
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Reshape;

    protected internal override void Build(LayerBuilder b)
    {
        // The methods of Keras 3's ops.image.resize and of Keras 2's tf.image.resize.
        var method = b.Choice("interpolation", Interpolation, "bilinear", "nearest", "bicubic", "area", "lanczos3",
            "lanczos5", "gaussian", "mitchellcubic");
        if (CropToAspectRatio && PadToAspectRatio)
            b.Fail("Resizing can crop to the aspect ratio or pad to it, not both: crop_to_aspect_ratio and pad_to_aspect_ratio are both True",
                "keep one of them (crop cuts the borders off, pad adds borders)");
        var axes = ImageAxes.SetSize(b, DataFormat, Height, Width);
        string from = axes.InputSize(b);
        b.NoParams("resizing interpolates new pixel values from the old ones: it has no weights");

        b.Note($"each {from} image is resized to {Height}×{Width} ({method} interpolation); the channels are kept");
        if (CropToAspectRatio)
            b.Note($"crop_to_aspect_ratio=True: the largest central window with the {Height}:{Width} aspect ratio is cut out first, so nothing is stretched");
        else if (PadToAspectRatio)
            b.Note($"pad_to_aspect_ratio=True: the short side is padded first to the {Height}:{Width} aspect ratio, so nothing is stretched");
        else if (b.Input[axes.Height] is { } h && b.Input[axes.Width] is { } w && h * Width != w * Height)
            b.Note($"the aspect ratio changes from {h}:{w} to {Height}:{Width}, so images are stretched; crop_to_aspect_ratio=True or pad_to_aspect_ratio=True keeps their proportions");
    }
}
