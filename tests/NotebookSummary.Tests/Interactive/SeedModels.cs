namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// The seeds' models written with the C# API, exactly as the example notebooks write them. Each names the
/// conformance case that holds Keras's own numbers for it.
/// </summary>
internal static class SeedModels
{
    /// <summary>Seed 001 §2 (case 0007): the digits CNN, 8×8×1 input, kernel_size=(3, 2).</summary>
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
}
