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

    [Fact]
    public void Case_0031_wide_and_deep_has_two_inputs_and_two_outputs()
    {
        var inputA = new Input(5) { Name = "wide_input" };
        var inputB = new Input(6) { Name = "deep_input" };
        var hidden1 = new Dense(30, activation: "relu").Call(inputB);
        var hidden2 = new Dense(30, activation: "relu").Call(hidden1);
        var concat = new Concatenate().Call(inputA, hidden2);
        var output = new Dense(1, name: "main_output").Call(concat);
        var auxOutput = new Dense(1, name: "aux_output").Call(hidden2);
        Check("0031", new Model([inputA, inputB], [output, auxOutput]));
    }

    [Fact]
    public void Case_0034_subtract_merges_two_branches()
    {
        var input1 = new Input(16);
        var x1 = new Dense(8, activation: "relu").Call(input1);
        var input2 = new Input(32);
        var x2 = new Dense(8, activation: "relu").Call(input2);
        var merged = new Subtract().Call(x1, x2);
        var output = new Dense(4).Call(merged);
        Check("0034", new Model([input1, input2], output));
    }

    [Fact]
    public void Case_0044_concatenate_on_several_axes()
    {
        var seqA = new Input(10, 8);
        var seqB = new Input(6, 8);
        var both = new Concatenate(axis: 1).Call(seqA, seqB);
        var feat = new Conv1D(4, 3, padding: "same").Call(both);
        var wide = new Concatenate(axis: -1).Call(both, feat);
        var wider = new Concatenate(axis: 2).Call(wide, both);
        var flat = new Flatten().Call(wider);
        var output = new Dense(1).Call(flat);
        Check("0044", new Model([seqA, seqB], output));
    }

    [Fact]
    public void Case_0045_dot_with_normalize_and_with_a_negative_axis()
    {
        var a = new Input(64) { Name = "left" };
        var b = new Input(64) { Name = "right" };
        var ea = new Dense(32).Call(a);
        var eb = new Dense(32).Call(b);
        var cos = new Dot(axes: 1, normalize: true).Call(ea, eb);
        var dot = new Dot(axes: -1).Call(ea, eb);
        var score = new Concatenate().Call(cos, dot);
        var output = new Dense(1, activation: "sigmoid").Call(score);
        Check("0045", new Model([a, b], output, name: "dot_model"));
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

    [Fact]
    public void Case_0048_resnet_basic_blocks_from_a_helper_that_reads_a_tensor_shape()
    {
        var inputs = new Input(32, 32, 3);
        var x = new Conv2D(16, 3, padding: "same", useBias: false).Call(inputs);
        x = new BatchNormalization().Call(x);
        x = new Activation("relu").Call(x);
        foreach (var (filters, stride) in new[] { (16, 1), (32, 2), (64, 2) })
            x = ResidualBlock(x, filters, stride);
        x = new GlobalAveragePooling2D().Call(x);
        var outputs = new Dense(10, activation: "softmax").Call(x);
        Check("0048", new Model(inputs, outputs, name: "resnet_cifar"));
    }

    private static KerasTensor ConvBlock(KerasTensor x, int filters)
    {
        x = new Conv2D(filters, 3, activation: "relu", padding: "same").Call(x);
        x = new Conv2D(filters, 3, activation: "relu", padding: "same").Call(x);
        return x;
    }

    [Fact]
    public void Case_0054_unet_with_upsampling_and_skip_concatenations()
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
        Check("0054", new Model(inputs, outputs, name: "U-Net"));
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

    [Fact]
    public void Case_0059_squeeze_excite_blocks_multiply_by_channel_weights()
    {
        var inputs = new Input(64, 64, 3);
        var x = new Conv2D(64, 3, padding: "same", activation: "relu").Call(inputs);
        x = SqueezeExcite(x);
        x = new MaxPooling2D().Call(x);
        x = new Conv2D(128, 3, padding: "same", activation: "relu").Call(x);
        x = SqueezeExcite(x, ratio: 8);
        x = new GlobalAveragePooling2D().Call(x);
        var outputs = new Dense(5, activation: "softmax").Call(x);
        Check("0059", new Model(inputs, outputs));
    }

    [Fact]
    public void Case_0065_two_heads_from_one_trunk()
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
        Check("0065", new Model(inputs, [age, gender], name: "face_model"));
    }

    [Fact]
    public void Case_0099_eight_branches_in_one_concatenate()
    {
        var inputs = new Input(16);
        var branches = Enumerable.Range(0, 8).Select(_ => new Dense(4, activation: "relu").Call(inputs)).ToArray();
        var x = new Concatenate().Call(branches);
        var outputs = new Dense(1).Call(x);
        Check("0099", new Model(inputs, outputs));
    }

    [Fact]
    public void Case_0139_random_dag_with_a_gru_branch_and_a_pooling_branch()
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
        Check("0139", new Model([input1, input2], outputs));
    }

    [Fact]
    public void Case_0143_random_dag_whose_first_output_is_shallow()
    {
        var input1 = new Input(32, 32, 3);
        var h1 = new Conv2D(filters: 3, kernelSize: 3, padding: "same", activation: "tanh").Call(input1);
        var h2 = new Conv2D(filters: 4, kernelSize: (3, 3), strides: 2, padding: "valid", activation: "swish").Call(input1);
        var h3 = new Conv2D(filters: 4, kernelSize: 3, padding: "same", activation: "relu").Call(h2);
        var h4 = new Concatenate().Call(h3, h2);
        var h5 = new Activation(activation: "relu").Call(h4);
        Check("0143", new Model([input1], [h1, h5], name: "net_23"));
    }

    [Fact]
    public void Case_0147_random_dag_with_bidirectional_and_a_reused_tensor()
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
        Check("0147", new Model(inp1, [outputs]));
    }

    [Fact]
    public void Case_0172_random_dag_with_minimum_and_three_outputs()
    {
        var input1 = new Input(100, 32);
        var inp1 = new Input(32, 40, 3);
        var t2 = new Dropout(rate: 0.1).Call(inp1);
        var t3 = new UpSampling2D(size: 2).Call(t2);
        var t4 = new Conv2DTranspose(filters: 4, kernelSize: 3, strides: 2, padding: "same").Call(t3);
        var t5 = new Minimum().Call(t2, inp1);
        var t6 = new AveragePooling2D(poolSize: 3).Call(t5);
        var t7 = new Conv1D(filters: 8, kernelSize: 1, padding: "valid").Call(input1);
        Check("0172", new Model([input1, inp1], [t4, t6, t7]));
    }

    [Fact]
    public void Case_0195_random_dag_concatenating_an_input_with_two_branches()
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
        Check("0195", new Model([inp1], outputs));
    }

    [Fact]
    public void Case_0217_residual_blocks_with_a_projection_when_the_channels_change()
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
        Check("0217", new Model(inputs, outputs));
    }

    // Python evaluates LayerNormalization() before the Add() in its argument, and so does C#: names follow.
    private static KerasTensor DenseBlock(KerasTensor x, int units, double rate)
    {
        var h = new Dense(units, activation: "relu").Call(x);
        h = new Dropout(rate).Call(h);
        h = new Dense((int)x.Shape[-1]!.Value).Call(h);
        return new LayerNormalization().Call(new Add().Call(x, h));
    }

    [Fact]
    public void Case_0229_dense_blocks_from_a_loop()
    {
        var inputs = new Input(16);
        var x = new Dense(32, activation: "relu").Call(inputs);
        foreach (var filters in new[] { 16, 16, 16 }) x = DenseBlock(x, filters, rate: 0.1);
        var outputs = new Dense(1, activation: "softmax").Call(x);
        Check("0229", new Model(inputs, outputs));
    }

    [Fact]
    public void Case_0231_dense_blocks_of_several_widths()
    {
        var inputs = new Input(16);
        var x = new Dense(32, activation: "relu").Call(inputs);
        x = DenseBlock(x, 16, rate: 0.2);
        x = DenseBlock(x, 32, rate: 0.2);
        x = DenseBlock(x, 64, rate: 0.2);
        x = DenseBlock(x, 16, rate: 0.2);
        var outputs = new Dense(1, activation: "softmax").Call(x);
        Check("0231", new Model(inputs, outputs));
    }
}
