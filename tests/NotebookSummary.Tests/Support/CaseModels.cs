namespace NotebookSummary.Tests.Support;

/// <summary>Conformance cases written with the C# API, for tests of several outputs that share them.</summary>
internal static class CaseModels
{
    /// <summary>
    /// Conformance case 0066: a frozen Conv2D and BatchNormalization, then a trainable pair (BatchNormalization's
    /// moving statistics never train), written with the C# API exactly as its model.py.
    /// </summary>
    public static Sequential FrozenAndBatchNorm() => new()
    {
        new Input(64, 64, 3),
        new Conv2D(32, 3, activation: "relu", trainable: false),
        new BatchNormalization(trainable: false),
        new MaxPooling2D(),
        new Conv2D(64, 3, activation: "relu"),
        new BatchNormalization(),
        new GlobalAveragePooling2D(),
        new Dense(10, activation: "softmax"),
    };

    /// <summary>Conformance case 0047: the generator of TensorFlow's DCGAN tutorial, as its model.py.</summary>
    public static Sequential DcganGenerator() => new()
    {
        new Dense(7 * 7 * 256, useBias: false, inputShape: new[] { 100 }),
        new BatchNormalization(),
        new LeakyReLU(),
        new Reshape((7, 7, 256)),
        new Conv2DTranspose(128, (5, 5), strides: (1, 1), padding: "same", useBias: false),
        new BatchNormalization(),
        new LeakyReLU(),
        new Conv2DTranspose(64, (5, 5), strides: (2, 2), padding: "same", useBias: false),
        new BatchNormalization(),
        new LeakyReLU(),
        new Conv2DTranspose(1, (5, 5), strides: (2, 2), padding: "same", useBias: false, activation: "tanh"),
    };
}
