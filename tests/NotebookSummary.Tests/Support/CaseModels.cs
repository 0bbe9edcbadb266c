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
}
