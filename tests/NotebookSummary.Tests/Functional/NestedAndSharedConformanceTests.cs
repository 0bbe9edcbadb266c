namespace NotebookSummary.Tests.Functional;

/// <summary>
/// The functional conformance cases with shared layers (one layer object called several times), several named
/// outputs, and models used as layers (nested Functional and Sequential models, one frozen), built with the C# API
/// as their model.py builds them, against Keras 3.15.1's answers and printouts.
/// </summary>
public class NestedAndSharedConformanceTests
{
    private static void Check(string id, Model model) => FunctionalCase.Load(id).AssertAll(model.Summarize());

    [Fact]
    public void Case_0002_ticket_classifier_has_named_outputs_listed_by_name()
    {
        var titleInput = new Input([null]) { Name = "title" };
        var bodyInput = new Input([null]) { Name = "body" };
        var tagsInput = new Input(12) { Name = "tags" };
        var titleFeatures = new Embedding(10000, 64).Call(titleInput);
        var bodyFeatures = new Embedding(10000, 64).Call(bodyInput);
        titleFeatures = new LSTM(128).Call(titleFeatures);
        bodyFeatures = new LSTM(32).Call(bodyFeatures);
        var x = new Concatenate().Call(titleFeatures, bodyFeatures, tagsInput);
        var priorityPred = new Dense(1, name: "priority").Call(x);
        var departmentPred = new Dense(4, name: "department").Call(x);
        Check("0002", new Model([titleInput, bodyInput, tagsInput],
            new Dictionary<string, KerasTensor> { ["priority"] = priorityPred, ["department"] = departmentPred }));
    }

    [Fact]
    public void Case_0007_autoencoder_of_two_nested_models()
    {
        var encoderInput = new Input(28, 28, 1) { Name = "original_img" };
        var x = new Conv2D(16, 3, activation: "relu").Call(encoderInput);
        x = new Conv2D(32, 3, activation: "relu").Call(x);
        x = new MaxPooling2D(3).Call(x);
        x = new Conv2D(32, 3, activation: "relu").Call(x);
        x = new Conv2D(16, 3, activation: "relu").Call(x);
        var encoderOutput = new GlobalMaxPooling2D().Call(x);
        var encoder = new Model(encoderInput, encoderOutput, name: "encoder");

        var decoderInput = new Input(16) { Name = "encoded_img" };
        x = new Reshape((4, 4, 1)).Call(decoderInput);
        x = new Conv2DTranspose(16, 3, activation: "relu").Call(x);
        x = new Conv2DTranspose(32, 3, activation: "relu").Call(x);
        x = new UpSampling2D(3).Call(x);
        x = new Conv2DTranspose(16, 3, activation: "relu").Call(x);
        var decoderOutput = new Conv2DTranspose(1, 3, activation: "relu").Call(x);
        var decoder = new Model(decoderInput, decoderOutput, name: "decoder");

        var autoencoderInput = new Input(28, 28, 1) { Name = "img" };
        var encodedImg = encoder.Call(autoencoderInput);
        var decodedImg = decoder.Call(encodedImg);
        Check("0007", new Model(autoencoderInput, decodedImg, name: "autoencoder"));
    }

    [Fact]
    public void Case_0009_ensemble_of_three_models_takes_keras_session_names()
    {
        static Model GetModel()
        {
            var inputs = new Input(128);
            var outputs = new Dense(1).Call(inputs);
            return new Model(inputs, outputs);
        }
        var model1 = GetModel();
        var model2 = GetModel();
        var model3 = GetModel();
        var inputs = new Input(128);
        var y1 = model1.Call(inputs);
        var y2 = model2.Call(inputs);
        var y3 = model3.Call(inputs);
        var outputs = new Average().Call(y1, y2, y3);
        Check("0009", new Model(inputs, outputs));
    }

    [Fact]
    public void Case_0011_one_lstm_shared_by_two_inputs_is_one_row()
    {
        var tweetA = new Input(280, 256);
        var tweetB = new Input(280, 256);
        var sharedLstm = new LSTM(64);
        var encodedA = sharedLstm.Call(tweetA);
        var encodedB = sharedLstm.Call(tweetB);
        var mergedVector = new Concatenate(axis: -1).Call(encodedA, encodedB);
        var predictions = new Dense(1, activation: "sigmoid").Call(mergedVector);
        Check("0011", new Model([tweetA, tweetB], predictions));
    }

    [Fact]
    public void Case_0012_a_shared_nested_vision_model()
    {
        var digitInput = new Input(27, 27, 1);
        var x = new Conv2D(64, (3, 3)).Call(digitInput);
        x = new Conv2D(64, (3, 3)).Call(x);
        x = new MaxPooling2D((2, 2)).Call(x);
        var output = new Flatten().Call(x);
        var visionModel = new Model(digitInput, output);

        var digitA = new Input(27, 27, 1);
        var digitB = new Input(27, 27, 1);
        var outA = visionModel.Call(digitA);
        var outB = visionModel.Call(digitB);
        var concatenated = new Concatenate().Call(outA, outB);
        output = new Dense(1, activation: "sigmoid").Call(concatenated);
        Check("0012", new Model([digitA, digitB], output));
    }

    [Fact]
    public void Case_0068_siamese_towers_share_two_dense_layers()
    {
        var inputA = new Input(300);
        var inputB = new Input(300);
        var dense1 = new Dense(128, activation: "relu");
        var dense2 = new Dense(64, activation: "relu");
        var encodedA = dense2.Call(dense1.Call(inputA));
        var encodedB = dense2.Call(dense1.Call(inputB));
        var diff = new Subtract().Call(encodedA, encodedB);
        var prod = new Multiply().Call(encodedA, encodedB);
        var x = new Concatenate().Call(diff, prod);
        var output = new Dense(1, activation: "sigmoid").Call(x);
        Check("0068", new Model([inputA, inputB], output));
    }

    [Fact]
    public void Case_0079_gan_with_a_nested_sequential_and_a_frozen_discriminator()
    {
        const int latentDim = 128;
        var generator = new Sequential("generator")
        {
            new Input(latentDim),
            new Dense(8 * 8 * 128),
            new Reshape((8, 8, 128)),
            new Conv2DTranspose(128, kernelSize: 4, strides: 2, padding: "same"),
            new LeakyReLU(negativeSlope: 0.2),
            new Conv2DTranspose(256, kernelSize: 4, strides: 2, padding: "same"),
            new LeakyReLU(negativeSlope: 0.2),
            new Conv2D(3, kernelSize: 5, padding: "same", activation: "sigmoid"),
        };

        var discIn = new Input(32, 32, 3);
        var d = new Conv2D(64, kernelSize: 4, strides: 2, padding: "same").Call(discIn);
        d = new LeakyReLU(negativeSlope: 0.2).Call(d);
        d = new Conv2D(128, kernelSize: 4, strides: 2, padding: "same").Call(d);
        d = new LeakyReLU(negativeSlope: 0.2).Call(d);
        d = new Flatten().Call(d);
        d = new Dropout(0.2).Call(d);
        var dOut = new Dense(1, activation: "sigmoid").Call(d);
        var discriminator = new Model(discIn, dOut, name: "discriminator") { Trainable = false };

        var z = new Input(latentDim);
        Check("0079", new Model(z, discriminator.Call(generator.Call(z)), name: "gan"));
    }

    [Fact]
    public void Case_0177_random_dag_with_three_inputs_two_outputs_and_a_shared_conv()
    {
        var inp1 = new Input(16, 16, 3) { Name = "x_0" };
        var inp2 = new Input([null]);
        var inp3 = new Input(16, 24, 3);
        var v4 = new Activation("tanh").Call(inp3);
        var v5 = new Concatenate().Call(inp3, v4);
        var v6 = new Dropout(0.5).Call(v5);
        var v7 = new Conv2D(64, 3, activation: "relu").Call(v6);
        var v8 = new UpSampling2D((2, 2)).Call(v7);
        var v9 = new Embedding(1000, 16).Call(inp2);
        var sharedLayer = new Conv2D(4, 1, padding: "same", activation: "relu");
        var v10 = sharedLayer.Call(v5);
        var v11 = sharedLayer.Call(v6);
        var v12 = new Conv2D(8, (3, 3), padding: "same", activation: "swish").Call(inp1);
        var v13 = new GlobalMaxPooling2D().Call(v8);
        var v14 = new GlobalAveragePooling1D().Call(v9);
        var v15 = new GlobalMaxPooling2D().Call(v10);
        var v16 = new Flatten().Call(v11);
        var v17 = new GlobalMaxPooling2D().Call(v12);
        var v18 = new Concatenate().Call(v13, v14, v15, v16, v17);
        var output1 = new Dense(1, name: "out_1").Call(v18);
        var output2 = new Dense(10, activation: "sigmoid").Call(v18);
        Check("0177", new Model([inp1, inp2, inp3], [output1, output2]));
    }
}
