namespace NotebookSummary.Tests.Rendering;

/// <summary>Models shared by several rendering tests.</summary>
internal static class Models
{
    /// <summary>
    /// VGG16 in Theano's channels_first layout, as keras-sequential-ascii printed it (seed 000) and as conformance
    /// case 0003 writes it: 13 same-padded 3×3 convolutions in five blocks, three dense layers, a softmax Activation.
    /// </summary>
    public static Sequential Vgg16ChannelsFirst()
    {
        var model = new Sequential();
        bool first = true;
        foreach (var (filters, count) in new[] { (64, 2), (128, 2), (256, 3), (512, 3), (512, 3) })
        {
            for (int i = 0; i < count; i++)
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
