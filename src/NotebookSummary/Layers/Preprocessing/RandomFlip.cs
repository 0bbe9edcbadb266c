using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>RandomFlip(mode='horizontal_and_vertical', seed=None)</c>: while training, mirrors each image with
/// probability 1/2 (left↔right for <c>'horizontal'</c>, upside down for <c>'vertical'</c>, both for the default).
/// Identity at inference; shape unchanged; no weights.
/// </summary>
public sealed class RandomFlip(string mode = "horizontal_and_vertical", int? seed = null, string? dataFormat = null,
    string? name = null, bool trainable = true, Size? inputShape = null, int? inputDim = null)
    : Layer(name, trainable, inputShape, inputDim), IHasDataFormat
{
    public string Mode { get; } = mode;
    public int? Seed { get; } = seed;
    public string? DataFormat { get; } = dataFormat;

    public override LayerKind Kind => LayerKind.Dropout;

    protected internal override void Build(LayerBuilder b)
    {
        string flip = Mode switch
        {
            "horizontal" => "mirrored left↔right",
            "vertical" => "turned upside down",
            "horizontal_and_vertical" => "mirrored left↔right and turned upside down",
            _ => Unknown(b),
        };
        ImageAugmentation.Build(b, DataFormat, $"with probability 1/2 each image is {flip}");
    }

    // Keras 2 refuses an unknown mode; Keras 3 accepts it and then never flips, which hides the typo.
    private string Unknown(LayerBuilder b)
    {
        b.Fail($"RandomFlip argument 'mode' must be 'horizontal', 'vertical' or 'horizontal_and_vertical', but it is '{Mode}'",
            "Keras 3 would accept it silently and never flip anything; Keras 2 refuses it");
        return "";
    }
}
