using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Layers;

/// <summary>
/// Conformance cases of the convolution, pooling and reshaping families, rebuilt with the C# API exactly as their
/// model.py: every row must equal what Keras reported (expected.json).
/// </summary>
public class ConformanceCasesTests
{
    [Theory]
    [InlineData("0008")] // seed 001's transposed convolutions, written with Keras 1/2's Deconvolution2D alias
    [InlineData("0009")] // the same model written with Conv2DTranspose
    public void Seed_001_deconvolution_model(string id)
    {
        var model = new Sequential
        {
            new Conv2DTranspose(5, kernelSize: (2, 2), activation: "relu", inputShape: (40, 110, 1)),
            new MaxPooling2D(poolSize: (2, 2)),
            new Conv2DTranspose(3, kernelSize: (2, 2), activation: "relu"),
            new Flatten(),
            new Dense(158, activation: "relu"),
            new Dropout(0.5),
            new Dense(10, activation: "softmax"),
        };
        ConformanceCase.Load(id).AssertMatches(model.Summarize());
    }

    [Fact]
    public void Case_0047_dcgan_generator() =>
        ConformanceCase.Load("0047").AssertMatches(CaseModels.DcganGenerator().Summarize());

    [Fact]
    public void Case_0049_convolutional_autoencoder_with_upsampling()
    {
        var model = new Sequential
        {
            new Input(28, 28, 1),
            new Conv2D(16, (3, 3), activation: "relu", padding: "same"),
            new MaxPooling2D((2, 2), padding: "same"),
            new Conv2D(8, (3, 3), activation: "relu", padding: "same"),
            new MaxPooling2D((2, 2), padding: "same"),
            new Conv2D(8, (3, 3), activation: "relu", padding: "same"),
            new MaxPooling2D((2, 2), padding: "same"),
            new Conv2D(8, (3, 3), activation: "relu", padding: "same"),
            new UpSampling2D((2, 2)),
            new Conv2D(8, (3, 3), activation: "relu", padding: "same"),
            new UpSampling2D((2, 2)),
            new Conv2D(16, (3, 3), activation: "relu"),
            new UpSampling2D((2, 2)),
            new Conv2D(1, (3, 3), activation: "sigmoid", padding: "same"),
        };
        ConformanceCase.Load("0049").AssertMatches(model.Summarize());
    }

    [Fact]
    public void Case_0050_vae_decoder()
    {
        var model = new Sequential
        {
            new Input(2),
            new Dense(128, activation: "relu"),
            new Dense(7 * 7 * 32, activation: "relu"),
            new Reshape((7, 7, 32)),
            new Conv2DTranspose(64, 3, strides: 2, padding: "same", activation: "relu"),
            new Conv2DTranspose(32, 3, strides: 2, padding: "same", activation: "relu"),
            new Conv2DTranspose(1, 3, padding: "same", activation: "sigmoid"),
        };
        ConformanceCase.Load("0050").AssertMatches(model.Summarize());
    }

    [Fact]
    public void Case_0052_mobilenet_like_depthwise_model()
    {
        var model = new Sequential { new Input(128, 128, 3) };
        // Thirteen convolutions, each followed by BatchNormalization and ReLU(6), as in model.py.
        Layer[] convolutions =
        [
            new Conv2D(32, 3, strides: 2, padding: "same", useBias: false),
            new DepthwiseConv2D(3, strides: 1, padding: "same", useBias: false),
            new Conv2D(64, 1, padding: "same", useBias: false),
            new DepthwiseConv2D(3, strides: 2, padding: "same", useBias: false),
            new Conv2D(128, 1, padding: "same", useBias: false),
            new DepthwiseConv2D(3, strides: 1, padding: "same", useBias: false),
            new Conv2D(128, 1, padding: "same", useBias: false),
            new DepthwiseConv2D(3, strides: 2, padding: "same", useBias: false),
            new Conv2D(256, 1, padding: "same", useBias: false),
            new DepthwiseConv2D(3, strides: 1, padding: "same", useBias: false),
            new Conv2D(256, 1, padding: "same", useBias: false),
            new DepthwiseConv2D(3, strides: 2, padding: "same", useBias: false),
            new Conv2D(512, 1, padding: "same", useBias: false),
        ];
        foreach (var convolution in convolutions)
        {
            model.Add(convolution);
            model.Add(new BatchNormalization());
            model.Add(new ReLU(6));
        }
        model.Add(new GlobalAveragePooling2D());
        model.Add(new Reshape((1, 1, 512)));
        model.Add(new Dropout(0.001));
        model.Add(new Conv2D(10, 1, padding: "same"));
        model.Add(new Reshape(new[] { 10 }));
        model.Add(new Activation("softmax"));
        ConformanceCase.Load("0052").AssertMatches(model.Summarize());
    }

    [Fact]
    public void Case_0053_xception_like_separable_model()
    {
        var model = new Sequential
        {
            new Input(180, 180, 3),
            new Conv2D(32, 3, strides: 2, activation: "relu"),
            new SeparableConv2D(64, 3, padding: "same", activation: "relu"),
            new MaxPooling2D(poolSize: 3, strides: 2, padding: "same"),
            new SeparableConv2D(128, 3, padding: "same", useBias: false),
            new BatchNormalization(),
            new Activation("relu"),
            new SeparableConv2D(256, 3, padding: "same", depthMultiplier: 2),
            new GlobalMaxPooling2D(),
            new Dropout(0.5),
            new Dense(2, activation: "softmax"),
        };
        ConformanceCase.Load("0053").AssertMatches(model.Summarize());
    }

    [Fact]
    public void Case_0054_alexnet_with_zero_padding()
    {
        var model = new Sequential
        {
            new Conv2D(96, (7, 7), (2, 2), activation: "relu", inputShape: (224, 224, 3)),
            new ZeroPadding2D((1, 1)),
            new MaxPooling2D((3, 3), strides: (2, 2)),
            new Conv2D(256, (5, 5), (2, 2), activation: "relu"),
            new ZeroPadding2D(1),
            new MaxPooling2D((3, 3), strides: (2, 2)),
            new Conv2D(384, (3, 3), padding: "same", activation: "relu"),
            new Conv2D(384, (3, 3), padding: "same", activation: "relu"),
            new Conv2D(256, (3, 3), padding: "same", activation: "relu"),
            new MaxPooling2D((3, 3), strides: (2, 2)),
            new Flatten(),
            new Dense(4096, activation: "relu"),
            new Dropout(0.5),
            new Dense(4096, activation: "relu"),
            new Dropout(0.5),
            new Dense(1000, activation: "softmax"),
        };
        ConformanceCase.Load("0054").AssertMatches(model.Summarize());
    }

    [Fact]
    public void Case_0028_vgg_with_global_average_pooling()
    {
        var model = new Sequential { new Input(150, 150, 3) };
        foreach (var (filters, convs) in new[] { (64, 2), (128, 2), (256, 3), (512, 3), (512, 3) })
        {
            for (int i = 0; i < convs; i++) model.Add(new Conv2D(filters, (3, 3), activation: "relu", padding: "same"));
            model.Add(new MaxPooling2D((2, 2), strides: (2, 2)));
        }
        model.Add(new GlobalAveragePooling2D());
        model.Add(new Dense(256, activation: "relu"));
        model.Add(new Dropout(0.5));
        model.Add(new Dense(5, activation: "softmax"));
        ConformanceCase.Load("0028").AssertMatches(model.Summarize());
    }

    [Theory]
    [InlineData("0017")]
    [InlineData("0018")]
    public void Conv1d_text_model_with_global_average_pooling(string id)
    {
        var model = new Sequential
        {
            new Input((70, 103)),
            new Conv1D(13, 5, activation: "relu"),
            new Conv1D(17, 4, activation: "relu"),
            new MaxPooling1D(3),
            new Conv1D(19, 7, activation: "relu"),
            new Conv1D(23, 6, activation: "relu"),
            new GlobalAveragePooling1D(),
            new Dropout(0.5),
            new Dense(1, activation: "sigmoid"),
        };
        ConformanceCase.Load(id).AssertMatches(model.Summarize());
    }
}
