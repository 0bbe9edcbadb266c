namespace NotebookSummary.Tests.Layers.Recurrent;

/// <summary>
/// The conformance cases with recurrent layers and wrappers, built with the C# API as their model.py writes them,
/// checked against expected.json (what Keras reports), row by row.
/// </summary>
public class RecurrentConformanceTests
{
    [Fact]
    public void Case_0037_bidirectional_imdb() => Check("0037", new Sequential
    {
        new Input(new int?[] { null }),
        new Embedding(20_000, 128), // max_features = 20000
        new Bidirectional(new LSTM(64, returnSequences: true)),
        new Bidirectional(new LSTM(64)),
        new Dense(1, activation: "sigmoid"),
    });

    [Fact]
    public void Case_0039_addition_rnn() => Check("0039", AdditionRnn());

    [Fact]
    public void Case_0040_addition_rnn_emitted() => Check("0040", AdditionRnn());

    private static Sequential AdditionRnn() => new()
    {
        new LSTM(128, inputShape: (7, 12)),
        new RepeatVector(4), // DIGITS + 1
        new LSTM(128, returnSequences: true),
        new TimeDistributed(new Dense(12, activation: "softmax")),
    };

    [Fact]
    public void Case_0043_stacked_lstm() => Check("0043", new Sequential
    {
        new LSTM(32, returnSequences: true, inputShape: (8, 16)),
        new LSTM(32, returnSequences: true),
        new LSTM(32),
        new Dense(10, activation: "softmax"),
    });

    [Fact]
    public void Case_0044_stateful_stacked_lstm_with_fixed_batch() => Check("0044", new Sequential
    {
        // batch_input_shape=(32, 8, 16)
        new LSTM(32, returnSequences: true, stateful: true, inputShape: (8, 16)) { BatchSize = 32 },
        new LSTM(32, returnSequences: true, stateful: true),
        new LSTM(32, stateful: true),
        new Dense(10, activation: "softmax"),
    });

    [Fact]
    public void Case_0055_cnn_lstm_video() => Check("0055", new Sequential
    {
        new TimeDistributed(new Conv2D(32, (3, 3), activation: "relu"), inputShape: (10, 64, 64, 3)),
        new TimeDistributed(new MaxPooling2D((2, 2))),
        new TimeDistributed(new Conv2D(64, (3, 3), activation: "relu")),
        new TimeDistributed(new MaxPooling2D((2, 2))),
        new TimeDistributed(new Flatten()),
        new LSTM(64),
        new Dense(5, activation: "softmax"),
    });

    [Fact]
    public void Case_0056_conv_lstm_next_frame() => Check("0056", new Sequential
    {
        new ConvLSTM2D(filters: 40, kernelSize: (3, 3), padding: "same", returnSequences: true, inputShape: new int?[] { null, 40, 40, 1 }),
        new BatchNormalization(),
        new ConvLSTM2D(filters: 40, kernelSize: (3, 3), padding: "same", returnSequences: true),
        new BatchNormalization(),
        new ConvLSTM2D(filters: 40, kernelSize: (3, 3), padding: "same", returnSequences: true),
        new BatchNormalization(),
        new ConvLSTM2D(filters: 40, kernelSize: (3, 3), padding: "same", returnSequences: true),
        new BatchNormalization(),
        new Conv3D(filters: 1, kernelSize: (3, 3, 3), activation: "sigmoid", padding: "same", dataFormat: "channels_last"),
    });

    [Fact]
    public void Case_0057_stacked_gru_reset_after_false() => Check("0057", new Sequential
    {
        new Embedding(10_000, 32, inputShape: new[] { 500 }), // max_words, input_shape=(maxlen,)
        new GRU(32, returnSequences: true, resetAfter: false),
        new GRU(32, resetAfter: false),
        new Dense(1, activation: "sigmoid"),
    });

    [Fact]
    public void Case_0060_simple_rnn_regressor() => Check("0060", new Sequential
    {
        new SimpleRNN(50, returnSequences: true, inputShape: (30, 1)),
        new SimpleRNN(50),
        new Dense(1),
    });

    [Theory]
    [InlineData("0061", "concat")]
    [InlineData("0062", "sum")]
    [InlineData("0063", "mul")]
    [InlineData("0064", "ave")]
    public void Cases_0061_to_0064_bidirectional_merge_modes(string id, string mergeMode) => Check(id, new Sequential
    {
        new Bidirectional(new LSTM(20, returnSequences: true), mergeMode: mergeMode, inputShape: (10, 1)),
        new TimeDistributed(new Dense(1, "sigmoid")),
    });

    [Fact]
    public void Case_0016_seed_002_lstm() => Check("0016", new Sequential
    {
        new Input(new int?[] { null }),
        new Embedding(7, 13), // max_features = 7
        new LSTM(17),
        new Dropout(0.5),
        new Dense(1, activation: "sigmoid"),
    });

    [Fact]
    public void Case_0058_masking_lstm() => Check("0058", new Sequential
    {
        new Masking(maskValue: 0, inputShape: new int?[] { null, 12 }),
        new LSTM(64),
        new Dense(3, activation: "softmax"),
    });

    // ---- checking ------------------------------------------------------------------------------

    private static void Check(string id, Sequential model) => ConformanceCase.Load(id).AssertMatches(model.Summarize());
}
