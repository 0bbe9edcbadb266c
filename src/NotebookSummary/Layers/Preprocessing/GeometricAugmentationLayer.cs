using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Shared arguments of the augmentations that move pixels — RandomRotation, RandomZoom, RandomTranslation: what fills
/// the area the image no longer covers (<c>fill_mode</c>, <c>fill_value</c>), how moved pixels are sampled
/// (<c>interpolation</c>), the seed and the data format. Each layer reads its own factors and says what it does.
/// </summary>
public abstract class GeometricAugmentationLayer : Layer, IHasDataFormat
{
    private protected GeometricAugmentationLayer(string fillMode, string interpolation, int? seed, double fillValue,
        string? dataFormat, string? name, bool trainable, Size? inputShape, int? inputDim)
        : base(name, trainable, inputShape, inputDim)
    {
        FillMode = fillMode;
        Interpolation = interpolation;
        Seed = seed;
        FillValue = fillValue;
        DataFormat = dataFormat;
    }

    /// <summary><c>reflect</c> (Keras's default), <c>wrap</c>, <c>constant</c> (with <see cref="FillValue"/>) or <c>nearest</c>.</summary>
    public string FillMode { get; }
    /// <summary><c>bilinear</c> (Keras's default) or <c>nearest</c>.</summary>
    public string Interpolation { get; }
    public int? Seed { get; }
    public double FillValue { get; }
    public string? DataFormat { get; }

    public override LayerKind Kind => LayerKind.Dropout;

    /// <summary>Checks the fill mode and interpolation (Keras 2 and 3 refuse others when the layer is made); returns the fill mode.</summary>
    private protected string CheckFill(LayerBuilder b)
    {
        b.Choice("interpolation", Interpolation, "nearest", "bilinear");
        return b.Choice("fill_mode", FillMode, "reflect", "wrap", "constant", "nearest");
    }
}
