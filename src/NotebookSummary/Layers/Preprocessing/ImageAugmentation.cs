using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// What Keras's random image augmentations (RandomFlip, RandomRotation, RandomZoom, ...) have in common: they take a
/// batch of images, change pixel values while training and pass the images through at inference; the shape never
/// changes and nothing is learned. Each layer adds what it does and checks its own arguments.
/// </summary>
internal static class ImageAugmentation
{
    /// <summary>Checks the image input, keeps the shape, states that there are no weights and what training does.</summary>
    public static void Build(LayerBuilder b, string? dataFormat, string whileTraining)
    {
        ImageAxes.CheckKept(b, b.ChannelsFirst(dataFormat));
        b.OutputSameAsInput();
        b.NoParams($"{b.Layer.ClassName} changes pixel values at random, not the shape, and learns nothing: it has no weights");
        b.Note("while training: " + whileTraining);
        b.Note("at inference the images pass through unchanged");
    }
}
