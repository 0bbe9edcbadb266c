namespace NotebookSummary.Tests.Support;

/// <summary>
/// The seeds' models and the classic networks, written once with the C# API and shared by every test family
/// (core, rendering, notebook). Each names the conformance case that holds Keras's own numbers for it; the tests
/// that check those numbers are in Core/ClassicModelTests.
/// </summary>
internal static class SeedModels
{
    /// <summary>The digits CNN of case 0007 (seed 001), 8×8×1 input, kernel_size=(3, 2).</summary>
    public static Sequential DigitsCnn() => new()
    {
        new Conv2D(32, kernelSize: (3, 2), inputShape: (8, 8, 1)),
        new Activation("relu"),
        new Conv2D(64, (2, 3), activation: "relu"),
        new Conv2D(64, (2, 2), activation: "relu"),
        new MaxPooling2D(poolSize: (2, 2)),
        new Dropout(0.25),
        new Flatten(),
        new Dense(128, activation: "relu"),
        new Dropout(0.5),
        new Dense(10, activation: "softmax"),
    };

    /// <summary>
    /// VGG16, configuration D, channels_last on 224×224×3 (case 0026: keras.applications.VGG16): the CLI's bundled
    /// example, under the name Keras gives an unnamed model, so the tests check the model nbsummary shows.
    /// </summary>
    public static Sequential Vgg16()
    {
        var model = NotebookSummary.Cli.ExampleModel.Vgg16();
        model.Name = "sequential";
        return model;
    }

    /// <summary>Seed 002's VGG-like convnet on 100×100×3 (case 0013), with its odd filter counts 7, 13, 17, 19.</summary>
    public static Sequential VggLike() => new()
    {
        new Conv2D(7, (3, 3), activation: "relu", inputShape: (100, 100, 3)),
        new Conv2D(13, (3, 3), activation: "relu"),
        new MaxPooling2D(poolSize: (2, 2)),
        new Dropout(0.25),
        new Conv2D(17, (3, 3), activation: "relu"),
        new Conv2D(19, (3, 3), activation: "relu"),
        new MaxPooling2D(poolSize: (2, 2)),
        new Dropout(0.25),
        new Flatten(),
        new Dense(23, activation: "relu"),
        new Dropout(0.5),
        new Dense(29, activation: "softmax"),
    };

    /// <summary>
    /// VGG16 in Theano's channels_first layout, as keras-sequential-ascii printed it (seed 000) and as conformance
    /// case 0003 writes it: 13 same-padded 3×3 convolutions in five blocks, three dense layers, a softmax Activation.
    /// </summary>
    public static Sequential Vgg16ChannelsFirst()
    {
        var model = new Sequential();
        bool first = true;
        foreach (var (filters, convs) in new[] { (64, 2), (128, 2), (256, 3), (512, 3), (512, 3) })
        {
            for (int i = 0; i < convs; i++)
            {
                model.Add(new Conv2D(filters, (3, 3), activation: "relu", padding: "same", dataFormat: "channels_first",
                    inputShape: first ? (3, 224, 224) : null));
                first = false;
            }
            model.Add(new MaxPooling2D((2, 2), strides: (2, 2), dataFormat: "channels_first"));
        }
        model.Add(new Flatten());
        model.Add(new Dense(4096, activation: "relu"));
        model.Add(new Dropout(0.5));
        model.Add(new Dense(4096, activation: "relu"));
        model.Add(new Dropout(0.5));
        model.Add(new Dense(1000));
        model.Add(new Activation("softmax"));
        return model;
    }

    /// <summary>The "Proof of principle" network of seed 000 (conformance 0001), channels_first.</summary>
    public static Sequential ProofOfPrinciple() => new()
    {
        new Conv2D(10, (3, 3), activation: "relu", dataFormat: "channels_first", inputShape: (1, 28, 28)),
        new MaxPooling2D((2, 2), dataFormat: "channels_first"),
        new Flatten(),
        new Dense(10),
        new Dropout(0.5),
        new Activation("relu"),
        new Dense(10, activation: "softmax"),
    };
}
