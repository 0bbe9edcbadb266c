using NotebookSummary.Analysis;
using NotebookSummary.Keras;

namespace NotebookSummary.BrowserTests.Support;

/// <summary>The models the layout is checked with: the shapes of output a notebook user meets.</summary>
public static class SampleModels
{
    /// <summary>Names of every sample, for theory data.</summary>
    public static readonly string[] Names = ["vgg16", "mnist-cnn", "frozen-batchnorm", "deep-1000", "shape-error", "toy-resnet"];

    public static ModelSummary Summary(string name) => name switch
    {
        "vgg16" => NotebookSummary.Cli.ExampleModel.Vgg16().Summarize(), // the CLI's bundled example
        "mnist-cnn" => MnistCnn().Summarize(),
        "frozen-batchnorm" => FrozenBatchNorm().Summarize(),
        "deep-1000" => Deep(1000).Summarize(),
        "shape-error" => ShapeError().Summarize(),
        "toy-resnet" => FunctionalCase("0004"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample model"),
    };

    /// <summary>keras.io's "Simple MNIST convnet".</summary>
    public static Sequential MnistCnn() => new("mnist_convnet")
    {
        new Input(28, 28, 1),
        new Conv2D(32, kernelSize: (3, 3), activation: "relu"),
        new MaxPooling2D(poolSize: (2, 2)),
        new Conv2D(64, kernelSize: (3, 3), activation: "relu"),
        new MaxPooling2D(poolSize: (2, 2)),
        new Flatten(),
        new Dropout(0.5),
        new Dense(10, activation: "softmax"),
    };

    /// <summary>Frozen layers and BatchNormalization's moving statistics: shares split into trainable and not.</summary>
    public static Sequential FrozenBatchNorm() => new("frozen_batchnorm")
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

    /// <summary>A long irregular stack: Dense layers of varying width, so nothing folds into one repeated block.</summary>
    public static Sequential Deep(int layers)
    {
        var model = new Sequential("deep") { new Input(32) };
        for (int i = 0; i < layers; i++)
            model.Add(new Dense(8 + (i * 7) % 57, activation: i % 3 == 0 ? "relu" : null));
        return model;
    }

    /// <summary>A 5×5 convolution on a 3×3 map: the model error a student meets first.</summary>
    public static Sequential ShapeError() => new("too_small")
    {
        new Input(12, 12, 1),
        new Conv2D(16, 3, activation: "relu"),
        new MaxPooling2D(3),
        new Conv2D(32, 5, activation: "relu"),
        new Flatten(),
        new Dense(10),
    };

    /// <summary>A functional conformance case read from its Keras source.</summary>
    public static ModelSummary FunctionalCase(string id)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "functional", "cases", id, "model.py"));
        var read = KerasSource.Parse(source);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics.Select(read.Render)));
        return read.Primary!.Summarize();
    }
}
