namespace NotebookSummary.Tests.Support;

/// <summary>
/// The functional conformance cases (TestData/conformance/functional) built with the C# API, each line for line as
/// its model.py builds it, so tests of the summary and of every renderer share them. Only what the cases' Python
/// code says is here; what Keras answered is in each case's expected.json and printouts.
/// </summary>
public static class FunctionalModels
{
    /// <summary>Every case built here, by id: the cases whose layers the library has.</summary>
    public static IReadOnlyDictionary<string, Func<Model>> All { get; } = new Dictionary<string, Func<Model>>
    {
        ["0001"] = Case0001,
        ["0002"] = Case0002,
        ["0004"] = Case0004,
        ["0007"] = Case0007,
        ["0009"] = Case0009,
        ["0011"] = Case0011,
        ["0012"] = Case0012,
        ["0014"] = Case0014,
        ["0017"] = Case0017,
        ["0019"] = Case0019,
        ["0025"] = Case0025,
        ["0026"] = Case0026,
        ["0028"] = Case0028,
        ["0031"] = Case0031,
        ["0034"] = Case0034,
        ["0044"] = Case0044,
        ["0045"] = Case0045,
        ["0048"] = Case0048,
        ["0054"] = Case0054,
        ["0059"] = Case0059,
        ["0065"] = Case0065,
        ["0068"] = Case0068,
        ["0073"] = Case0073,
        ["0079"] = Case0079,
        ["0084"] = Case0084,
        ["0099"] = Case0099,
        ["0139"] = Case0139,
        ["0143"] = Case0143,
        ["0147"] = Case0147,
        ["0172"] = Case0172,
        ["0177"] = Case0177,
        ["0195"] = Case0195,
        ["0217"] = Case0217,
        ["0229"] = Case0229,
        ["0231"] = Case0231,
    };

    public static Model Case0001()
    {
        var inputs = new Input(784);
        var dense = new Dense(64, activation: "relu");
        var x = dense.Call(inputs);
        x = new Dense(64, activation: "relu").Call(x);
        var outputs = new Dense(10).Call(x);
        return new Model(inputs, outputs, name: "mnist_model");
    }

    public static Model Case0004()
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
        return new Model(inputs, outputs, name: "toy_resnet");
    }

    public static Model Case0014()
    {
        var inputImg = new Input(256, 256, 3);
        var tower1 = new Conv2D(64, (1, 1), padding: "same", activation: "relu").Call(inputImg);
        tower1 = new Conv2D(64, (3, 3), padding: "same", activation: "relu").Call(tower1);
        var tower2 = new Conv2D(64, (1, 1), padding: "same", activation: "relu").Call(inputImg);
        tower2 = new Conv2D(64, (5, 5), padding: "same", activation: "relu").Call(tower2);
        var tower3 = new MaxPooling2D((3, 3), strides: (1, 1), padding: "same").Call(inputImg);
        tower3 = new Conv2D(64, (1, 1), padding: "same", activation: "relu").Call(tower3);
        var output = new Concatenate(axis: 1).Call(tower1, tower2, tower3);
        return new Model(inputImg, output);
    }

    public static Model Case0017()
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
        return new Model(inputs, outputs);
    }

    public static Model Case0019()
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
        return new Model(inputs, predictions);
    }

    public static Model Case0025()
    {
        int numEncoderTokens = 71, numDecoderTokens = 93, latentDim = 256;
        var encoderInputs = new Input(null, numEncoderTokens);
        var encoder = new LSTM(latentDim, returnState: true);
        var (_, stateH, stateC) = encoder.Call(encoderInputs);
        KerasTensor[] encoderStates = [stateH, stateC];
        var decoderInputs = new Input(null, numDecoderTokens);
        var decoderLstm = new LSTM(latentDim, returnSequences: true, returnState: true);
        var (decoderOutputs, _, _) = decoderLstm.Call(decoderInputs, initialState: encoderStates);
        var decoderDense = new Dense(numDecoderTokens, activation: "softmax");
        decoderOutputs = decoderDense.Call(decoderOutputs);
        return new Model([encoderInputs, decoderInputs], decoderOutputs);
    }

    public static Model Case0026()
    {
        var queryInput = new Input([null]);
        var valueInput = new Input([null]);
        var tokenEmbedding = new Embedding(1000, 64);
        var queryEmbeddings = tokenEmbedding.Call(queryInput);
        var valueEmbeddings = tokenEmbedding.Call(valueInput);
        var cnnLayer = new Conv1D(100, 4, padding: "same");
        var querySeqEncoding = cnnLayer.Call(queryEmbeddings);
        var valueSeqEncoding = cnnLayer.Call(valueEmbeddings);
        var queryValueAttentionSeq = new Attention().Call(querySeqEncoding, valueSeqEncoding);
        var queryEncoding = new GlobalAveragePooling1D().Call(querySeqEncoding);
        var queryValueAttention = new GlobalAveragePooling1D().Call(queryValueAttentionSeq);
        var inputLayer = new Concatenate().Call(queryEncoding, queryValueAttention);
        var outputs = new Dense(1, activation: "sigmoid").Call(inputLayer);
        return new Model([queryInput, valueInput], outputs);
    }

    public static Model Case0028()
    {
        int vocabSize = 20000, maxlen = 200, embedDim = 32, numHeads = 2, ffDim = 32;
        var inputs = new Input(maxlen);
        var x = new Embedding(vocabSize, embedDim).Call(inputs);
        var attnOutput = new MultiHeadAttention(numHeads, embedDim).Call(x, x);
        attnOutput = new Dropout(0.1).Call(attnOutput);
        var out1 = new LayerNormalization(epsilon: 1e-6).Call(new Add().Call(x, attnOutput));
        var ffnOutput = new Dense(ffDim, activation: "relu").Call(out1);
        ffnOutput = new Dense(embedDim).Call(ffnOutput);
        ffnOutput = new Dropout(0.1).Call(ffnOutput);
        x = new LayerNormalization(epsilon: 1e-6).Call(new Add().Call(out1, ffnOutput));
        x = new GlobalAveragePooling1D().Call(x);
        x = new Dropout(0.1).Call(x);
        x = new Dense(20, activation: "relu").Call(x);
        x = new Dropout(0.1).Call(x);
        var outputs = new Dense(2, activation: "softmax").Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0031()
    {
        var inputA = new Input(5) { Name = "wide_input" };
        var inputB = new Input(6) { Name = "deep_input" };
        var hidden1 = new Dense(30, activation: "relu").Call(inputB);
        var hidden2 = new Dense(30, activation: "relu").Call(hidden1);
        var concat = new Concatenate().Call(inputA, hidden2);
        var output = new Dense(1, name: "main_output").Call(concat);
        var auxOutput = new Dense(1, name: "aux_output").Call(hidden2);
        return new Model([inputA, inputB], [output, auxOutput]);
    }

    public static Model Case0034()
    {
        var input1 = new Input(16);
        var x1 = new Dense(8, activation: "relu").Call(input1);
        var input2 = new Input(32);
        var x2 = new Dense(8, activation: "relu").Call(input2);
        var merged = new Subtract().Call(x1, x2);
        var output = new Dense(4).Call(merged);
        return new Model([input1, input2], output);
    }

    public static Model Case0044()
    {
        var seqA = new Input(10, 8);
        var seqB = new Input(6, 8);
        var both = new Concatenate(axis: 1).Call(seqA, seqB);
        var feat = new Conv1D(4, 3, padding: "same").Call(both);
        var wide = new Concatenate(axis: -1).Call(both, feat);
        var wider = new Concatenate(axis: 2).Call(wide, both);
        var flat = new Flatten().Call(wider);
        var output = new Dense(1).Call(flat);
        return new Model([seqA, seqB], output);
    }

    public static Model Case0045()
    {
        var a = new Input(64) { Name = "left" };
        var b = new Input(64) { Name = "right" };
        var ea = new Dense(32).Call(a);
        var eb = new Dense(32).Call(b);
        var cos = new Dot(axes: 1, normalize: true).Call(ea, eb);
        var dot = new Dot(axes: -1).Call(ea, eb);
        var score = new Concatenate().Call(cos, dot);
        var output = new Dense(1, activation: "sigmoid").Call(score);
        return new Model([a, b], output, name: "dot_model");
    }

    public static Model Case0048()
    {
        var inputs = new Input(32, 32, 3);
        var x = new Conv2D(16, 3, padding: "same", useBias: false).Call(inputs);
        x = new BatchNormalization().Call(x);
        x = new Activation("relu").Call(x);
        foreach (var (filters, stride) in new[] { (16, 1), (32, 2), (64, 2) })
            x = ResidualBlock(x, filters, stride);
        x = new GlobalAveragePooling2D().Call(x);
        var outputs = new Dense(10, activation: "softmax").Call(x);
        return new Model(inputs, outputs, name: "resnet_cifar");
    }

    public static Model Case0054()
    {
        (KerasTensor C, KerasTensor P) EncoderBlock(KerasTensor x, int filters)
        {
            var c = ConvBlock(x, filters);
            var p = new MaxPooling2D((2, 2)).Call(c);
            return (c, p);
        }
        KerasTensor DecoderBlock(KerasTensor x, KerasTensor skip, int filters)
        {
            x = new UpSampling2D((2, 2)).Call(x);
            x = new Conv2D(filters, 2, activation: "relu", padding: "same").Call(x);
            x = new Concatenate().Call(x, skip);
            return ConvBlock(x, filters);
        }
        var inputs = new Input(128, 128, 1);
        var (s1, p1) = EncoderBlock(inputs, 16);
        var (s2, p2) = EncoderBlock(p1, 16 * 2);
        var (s3, p3) = EncoderBlock(p2, 16 * 4);
        var b1 = ConvBlock(p3, 16 * 8);
        b1 = new Dropout(0.5).Call(b1);
        var d3 = DecoderBlock(b1, s3, 16 * 4);
        var d2 = DecoderBlock(d3, s2, 16 * 2);
        var d1 = DecoderBlock(d2, s1, 16);
        var outputs = new Conv2D(4, 1, padding: "same", activation: "softmax").Call(d1);
        return new Model(inputs, outputs, name: "U-Net");
    }

    public static Model Case0059()
    {
        var inputs = new Input(64, 64, 3);
        var x = new Conv2D(64, 3, padding: "same", activation: "relu").Call(inputs);
        x = SqueezeExcite(x);
        x = new MaxPooling2D().Call(x);
        x = new Conv2D(128, 3, padding: "same", activation: "relu").Call(x);
        x = SqueezeExcite(x, ratio: 8);
        x = new GlobalAveragePooling2D().Call(x);
        var outputs = new Dense(5, activation: "softmax").Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0065()
    {
        var inputs = new Input(128, 128, 3);
        KerasTensor x = inputs;
        foreach (var filters in new[] { 32, 64, 128 })
        {
            x = new Conv2D(filters, 3, activation: "relu", padding: "same").Call(x);
            x = new BatchNormalization().Call(x);
            x = new MaxPooling2D().Call(x);
        }
        x = new GlobalAveragePooling2D().Call(x);
        var age = new Dense(64, activation: "relu").Call(x);
        age = new Dense(1, name: "age").Call(age);
        var gender = new Dense(64, activation: "relu").Call(x);
        gender = new Dense(1, activation: "sigmoid", name: "gender").Call(gender);
        return new Model(inputs, [age, gender], name: "face_model");
    }

    public static Model Case0084()
    {
        var inputs = new Input(10);
        var x = new Dense(16).Call(inputs);
        var y = new Dense(16).Call(inputs);
        var z = Ops.Concatenate([x, y], axis: -1);
        z = Ops.Relu(z);
        var w = z * 0.5 + 1.0;
        var outputs = new Dense(1).Call(w);
        return new Model(inputs, outputs);
    }

    public static Model Case0099()
    {
        var inputs = new Input(16);
        var branches = Enumerable.Range(0, 8).Select(_ => new Dense(4, activation: "relu").Call(inputs)).ToArray();
        var x = new Concatenate().Call(branches);
        var outputs = new Dense(1).Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0139()
    {
        var input1 = new Input(25, 32) { Name = "in_0" };
        var input2 = new Input(10, 32);
        var z1 = new GRU(units: 8, returnSequences: true).Call(input2);
        var z2 = new GlobalAveragePooling1D(name: "globalaveragepooling1d_2").Call(z1);
        var z3 = new Dense(units: 10, activation: "tanh").Call(z2);
        var z4 = new AveragePooling1D(poolSize: 3, padding: "same", name: "averagepooling1d_4").Call(input1);
        var z5 = new Flatten().Call(z4);
        var z6 = new Concatenate().Call(z3, z5);
        var outputs = new Dense(units: 3).Call(z6);
        return new Model([input1, input2], outputs);
    }

    public static Model Case0143()
    {
        var input1 = new Input(32, 32, 3);
        var h1 = new Conv2D(filters: 3, kernelSize: 3, padding: "same", activation: "tanh").Call(input1);
        var h2 = new Conv2D(filters: 4, kernelSize: (3, 3), strides: 2, padding: "valid", activation: "swish").Call(input1);
        var h3 = new Conv2D(filters: 4, kernelSize: 3, padding: "same", activation: "relu").Call(h2);
        var h4 = new Concatenate().Call(h3, h2);
        var h5 = new Activation(activation: "relu").Call(h4);
        return new Model([input1], [h1, h5], name: "net_23");
    }

    public static Model Case0147()
    {
        var inp1 = new Input(16, 3);
        var v2 = new Bidirectional(new LSTM(32), mergeMode: "sum").Call(inp1);
        var v3 = new BatchNormalization().Call(v2);
        var v4 = new BatchNormalization().Call(v3);
        var v5 = new Dense(10, activation: "relu").Call(v4);
        var v6 = new LayerNormalization(epsilon: 1e-6).Call(v5);
        var v7 = new Subtract().Call(v5, v6);
        var v8 = new BatchNormalization().Call(v7);
        var v9 = new LayerNormalization(epsilon: 1e-6).Call(v4);
        var v10 = new Dense(16, activation: "relu").Call(v9);
        var v11 = new Dense(32, activation: "relu").Call(v10);
        var v12 = new BatchNormalization().Call(v7);
        var v13 = new Concatenate().Call(v8, v11, v12);
        var outputs = new Dense(5, activation: "sigmoid").Call(v13);
        return new Model(inp1, [outputs]);
    }

    public static Model Case0172()
    {
        var input1 = new Input(100, 32);
        var inp1 = new Input(32, 40, 3);
        var t2 = new Dropout(rate: 0.1).Call(inp1);
        var t3 = new UpSampling2D(size: 2).Call(t2);
        var t4 = new Conv2DTranspose(filters: 4, kernelSize: 3, strides: 2, padding: "same").Call(t3);
        var t5 = new Minimum().Call(t2, inp1);
        var t6 = new AveragePooling2D(poolSize: 3).Call(t5);
        var t7 = new Conv1D(filters: 8, kernelSize: 1, padding: "valid").Call(input1);
        return new Model([input1, inp1], [t4, t6, t7]);
    }

    public static Model Case0195()
    {
        var inp1 = new Input(28, 28, 1);
        var x2 = new Conv2D(16, 1, activation: "elu").Call(inp1);
        var x3 = new SeparableConv2D(8, 3, padding: "same", depthMultiplier: 2).Call(x2);
        var x4 = new Concatenate(axis: -1).Call(x2, inp1, x3);
        var x5 = new Conv2D(25, 3, padding: "same", activation: "relu").Call(x4);
        var x6 = new Conv2DTranspose(8, 3, padding: "same").Call(x5);
        var x7 = new Activation("relu").Call(x5);
        var x8 = new ZeroPadding2D(1).Call(x7);
        var x9 = new GlobalMaxPooling2D().Call(x6);
        var x10 = new GlobalMaxPooling2D().Call(x8);
        var x11 = new Concatenate().Call(x9, x10);
        var outputs = new Dense(3, activation: "sigmoid").Call(x11);
        return new Model([inp1], outputs);
    }

    public static Model Case0217()
    {
        KerasTensor Block(KerasTensor x, int filters)
        {
            var shortcut = x;
            var y = new Conv2D(filters, 3, padding: "same", activation: "relu").Call(x);
            y = new Conv2D(filters, 3, padding: "same").Call(y);
            if (shortcut.Shape[-1] != filters) shortcut = new Conv2D(filters, 1).Call(shortcut);
            y = new Add().Call(shortcut, y);
            return new Activation("relu").Call(y);
        }
        var inputs = new Input(48, 48, 1);
        var x = new Conv2D(32, 3, padding: "same", activation: "relu").Call(inputs);
        foreach (var filters in new[] { 16, 16, 32 })
        {
            x = Block(x, filters);
            x = new MaxPooling2D().Call(x);
        }
        x = new Flatten().Call(x);
        var outputs = new Dense(1, activation: "sigmoid").Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0229()
    {
        var inputs = new Input(16);
        var x = new Dense(32, activation: "relu").Call(inputs);
        foreach (var filters in new[] { 16, 16, 16 }) x = DenseBlock(x, filters, rate: 0.1);
        var outputs = new Dense(1, activation: "softmax").Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0231()
    {
        var inputs = new Input(16);
        var x = new Dense(32, activation: "relu").Call(inputs);
        x = DenseBlock(x, 16, rate: 0.2);
        x = DenseBlock(x, 32, rate: 0.2);
        x = DenseBlock(x, 64, rate: 0.2);
        x = DenseBlock(x, 16, rate: 0.2);
        var outputs = new Dense(1, activation: "softmax").Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0002()
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
        return new Model([titleInput, bodyInput, tagsInput],
            new Dictionary<string, KerasTensor> { ["priority"] = priorityPred, ["department"] = departmentPred });
    }

    public static Model Case0007()
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
        return new Model(autoencoderInput, decodedImg, name: "autoencoder");
    }

    public static Model Case0009()
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
        return new Model(inputs, outputs);
    }

    public static Model Case0011()
    {
        var tweetA = new Input(280, 256);
        var tweetB = new Input(280, 256);
        var sharedLstm = new LSTM(64);
        var encodedA = sharedLstm.Call(tweetA);
        var encodedB = sharedLstm.Call(tweetB);
        var mergedVector = new Concatenate(axis: -1).Call(encodedA, encodedB);
        var predictions = new Dense(1, activation: "sigmoid").Call(mergedVector);
        return new Model([tweetA, tweetB], predictions);
    }

    public static Model Case0012()
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
        return new Model([digitA, digitB], output);
    }

    public static Model Case0068()
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
        return new Model([inputA, inputB], output);
    }

    public static Model Case0073()
    {
        var dataAugmentation = new Sequential("data_augmentation")
        {
            new RandomFlip("horizontal"),
            new RandomRotation(0.1),
        };

        var inputs = new Input(180, 180, 3);
        var x = dataAugmentation.Call(inputs);
        x = new Rescaling(1.0 / 255).Call(x);
        x = new Conv2D(32, 3, strides: 2, activation: "relu").Call(x);
        x = new Conv2D(64, 3, activation: "relu").Call(x);
        x = new GlobalAveragePooling2D().Call(x);
        x = new Dropout(0.3).Call(x);
        var outputs = new Dense(1, activation: "sigmoid").Call(x);
        return new Model(inputs, outputs);
    }

    public static Model Case0079()
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
        return new Model(z, discriminator.Call(generator.Call(z)), name: "gan");
    }

    public static Model Case0177()
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
        return new Model([inp1, inp2, inp3], [output1, output2]);
    }

    private static KerasTensor ResidualBlock(KerasTensor x, int filters, int stride = 1)
    {
        var shortcut = x;
        x = new Conv2D(filters, 3, strides: stride, padding: "same", useBias: false).Call(x);
        x = new BatchNormalization().Call(x);
        x = new Activation("relu").Call(x);
        x = new Conv2D(filters, 3, padding: "same", useBias: false).Call(x);
        x = new BatchNormalization().Call(x);
        if (stride != 1 || shortcut.Shape[-1] != filters)
        {
            shortcut = new Conv2D(filters, 1, strides: stride, useBias: false).Call(shortcut);
            shortcut = new BatchNormalization().Call(shortcut);
        }
        x = new Add().Call(x, shortcut);
        return new Activation("relu").Call(x);
    }

    private static KerasTensor ConvBlock(KerasTensor x, int filters)
    {
        x = new Conv2D(filters, 3, activation: "relu", padding: "same").Call(x);
        x = new Conv2D(filters, 3, activation: "relu", padding: "same").Call(x);
        return x;
    }

    private static KerasTensor SqueezeExcite(KerasTensor x, int ratio = 16)
    {
        int channels = (int)x.Shape[-1]!.Value;
        var se = new GlobalAveragePooling2D().Call(x);
        se = new Dense(channels / ratio, activation: "relu").Call(se);
        se = new Dense(channels, activation: "sigmoid").Call(se);
        se = new Reshape((1, 1, channels)).Call(se);
        return new Multiply().Call(x, se);
    }

    // Python evaluates LayerNormalization() before the Add() in its argument, and so does C#: names follow.
    private static KerasTensor DenseBlock(KerasTensor x, int units, double rate)
    {
        var h = new Dense(units, activation: "relu").Call(x);
        h = new Dropout(rate).Call(h);
        h = new Dense((int)x.Shape[-1]!.Value).Call(h);
        return new LayerNormalization().Call(new Add().Call(x, h));
    }
}
