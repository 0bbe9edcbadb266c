namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional conformance cases built with the C# API, line for line as their model.py builds them, against
/// Keras 3.15.1's answers: rows, shapes, parameters, Connected to, inputs and outputs, and both printouts byte for
/// byte. Not built here, for want of layers the library does not have yet:
/// 0025 (LSTM return_state and initial_state), 0026 (Attention), 0028 (MultiHeadAttention), 0073 (RandomFlip,
/// RandomRotation, Rescaling), 0084 (keras.ops on tensors), and the six Keras Applications (0100, 0116, 0124, 0126,
/// 0128, 0134), which belong to the next issue.
/// </summary>
public class FunctionalConformanceTests
{
    private static void Check(string id, Model model) => FunctionalCase.Load(id).AssertAll(model.Summarize());

    [Fact]
    public void Case_0001_guide_mnist_mlp_is_a_sequential_like_chain_with_its_input_row()
    {
        var inputs = new Input(784);
        var dense = new Dense(64, activation: "relu");
        var x = dense.Call(inputs);
        x = new Dense(64, activation: "relu").Call(x);
        var outputs = new Dense(10).Call(x);
        Check("0001", new Model(inputs, outputs, name: "mnist_model"));
    }

    [Fact]
    public void Case_0004_guide_toy_resnet_adds_skip_connections()
    {
        var inputs = new Input(32, 32, 3) { Name = "img" };
        var x = new Conv2D(32, 3, activation: "relu").Call(inputs);
        x = new Conv2D(64, 3, activation: "relu").Call(x);
        var block1Output = new MaxPooling2D(3).Call(x);
        x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(block1Output);
        x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(x);
        var block2Output = new Add().Call(x, block1Output);
        x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(block2Output);
        x = new Conv2D(64, 3, activation: "relu", padding: "same").Call(x);
        var block3Output = new Add().Call(x, block2Output);
        x = new Conv2D(64, 3, activation: "relu").Call(block3Output);
        x = new GlobalAveragePooling2D().Call(x);
        x = new Dense(256, activation: "relu").Call(x);
        x = new Dropout(0.5).Call(x);
        var outputs = new Dense(10).Call(x);
        Check("0004", new Model(inputs, outputs, name: "toy_resnet"));
    }

    [Fact]
    public void Case_0014_inception_module_concatenates_three_towers_on_axis_1()
    {
        var inputImg = new Input(256, 256, 3);
        var tower1 = new Conv2D(64, (1, 1), padding: "same", activation: "relu").Call(inputImg);
        tower1 = new Conv2D(64, (3, 3), padding: "same", activation: "relu").Call(tower1);
        var tower2 = new Conv2D(64, (1, 1), padding: "same", activation: "relu").Call(inputImg);
        tower2 = new Conv2D(64, (5, 5), padding: "same", activation: "relu").Call(tower2);
        var tower3 = new MaxPooling2D((3, 3), strides: (1, 1), padding: "same").Call(inputImg);
        tower3 = new Conv2D(64, (1, 1), padding: "same", activation: "relu").Call(tower3);
        var output = new Concatenate(axis: 1).Call(tower1, tower2, tower3);
        Check("0014", new Model(inputImg, output));
    }

    [Fact]
    public void Case_0017_unet_xception_builds_its_blocks_in_loops()
    {
        var inputs = new Input(160, 160, 3);
        var x = new Conv2D(32, 3, strides: 2, padding: "same").Call(inputs);
        x = new BatchNormalization().Call(x);
        x = new Activation("relu").Call(x);
        var previousBlockActivation = x;
        foreach (var filters in new[] { 64, 128, 256 })
        {
            x = new Activation("relu").Call(x);
            x = new SeparableConv2D(filters, 3, padding: "same").Call(x);
            x = new BatchNormalization().Call(x);
            x = new Activation("relu").Call(x);
            x = new SeparableConv2D(filters, 3, padding: "same").Call(x);
            x = new BatchNormalization().Call(x);
            x = new MaxPooling2D(3, strides: 2, padding: "same").Call(x);
            var residual = new Conv2D(filters, 1, strides: 2, padding: "same").Call(previousBlockActivation);
            x = new Add().Call(x, residual);
            previousBlockActivation = x;
        }
        foreach (var filters in new[] { 256, 128, 64, 32 })
        {
            x = new Activation("relu").Call(x);
            x = new Conv2DTranspose(filters, 3, padding: "same").Call(x);
            x = new BatchNormalization().Call(x);
            x = new Activation("relu").Call(x);
            x = new Conv2DTranspose(filters, 3, padding: "same").Call(x);
            x = new BatchNormalization().Call(x);
            x = new UpSampling2D(2).Call(x);
            var residual = new UpSampling2D(2).Call(previousBlockActivation);
            residual = new Conv2D(filters, 1, padding: "same").Call(residual);
            x = new Add().Call(x, residual);
            previousBlockActivation = x;
        }
        var outputs = new Conv2D(3, 3, activation: "softmax", padding: "same").Call(x);
        Check("0017", new Model(inputs, outputs));
    }

    [Fact]
    public void Case_0019_text_classification_conv1d_is_sequential_like()
    {
        var inputs = new Input([null]);
        var x = new Embedding(20000, 128).Call(inputs);
        x = new Dropout(0.5).Call(x);
        x = new Conv1D(128, 7, padding: "valid", activation: "relu", strides: 3).Call(x);
        x = new Conv1D(128, 7, padding: "valid", activation: "relu", strides: 3).Call(x);
        x = new GlobalMaxPooling1D().Call(x);
        x = new Dense(128, activation: "relu").Call(x);
        x = new Dropout(0.5).Call(x);
        var predictions = new Dense(1, activation: "sigmoid", name: "predictions").Call(x);
        Check("0019", new Model(inputs, predictions));
    }
}
