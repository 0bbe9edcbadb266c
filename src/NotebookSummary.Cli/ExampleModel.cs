namespace NotebookSummary.Cli;

/// <summary>
/// The model <c>nbsummary</c> summarizes when it is given no input, so its first run shows the product working:
/// VGG16 (Simonyan &amp; Zisserman, 2014) as a Keras Sequential model on 224×224 RGB images, built with the C# API.
/// Keras reports 138,357,544 parameters for it, the figure of <c>keras.applications.VGG16()</c>.
/// </summary>
internal static class ExampleModel
{
    /// <summary>The name shown in <c>Model: "..."</c>.</summary>
    public const string Name = "vgg16";

    public static Sequential Vgg16()
    {
        var model = new Sequential(Name) { new Input(224, 224, 3) };
        // Five blocks of 3×3 'same' convolutions, each halving the image with 2×2 max pooling.
        foreach (var (filters, convolutions) in new[] { (64, 2), (128, 2), (256, 3), (512, 3), (512, 3) })
        {
            for (int i = 0; i < convolutions; i++)
                model.Add(new Conv2D(filters, (3, 3), activation: "relu", padding: "same"));
            model.Add(new MaxPooling2D((2, 2), strides: (2, 2)));
        }
        model.Add(new Flatten());
        model.Add(new Dense(4096, activation: "relu"));
        model.Add(new Dense(4096, activation: "relu"));
        model.Add(new Dense(1000, activation: "softmax"));
        return model;
    }
}
