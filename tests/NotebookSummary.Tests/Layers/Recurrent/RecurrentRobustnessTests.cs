using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Layers.Recurrent;

/// <summary>Bad argument values become model errors naming the layer, never other exceptions.</summary>
public class RecurrentRobustnessTests
{
    public static TheoryData<string, Func<Layer>, int?[]> BadLayers() => new()
    {
        { "ConvLSTM2D", () => new ConvLSTM2D(0, 3), [5, 10, 10, 1] },
        { "ConvLSTM2D", () => new ConvLSTM2D(4, 0), [5, 10, 10, 1] },
        { "ConvLSTM2D", () => new ConvLSTM2D(4, (3, 3, 3)), [5, 10, 10, 1] },
        { "ConvLSTM2D", () => new ConvLSTM2D(4, 3, strides: 0), [5, 10, 10, 1] },
        { "ConvLSTM2D", () => new ConvLSTM2D(4, 3, dataFormat: "nhwc"), [5, 10, 10, 1] },
        { "ConvLSTM3D", () => new ConvLSTM3D(4, 3), [5, 10, 10, 1] },
        { "LSTM", () => new LSTM(int.MaxValue), [10, int.MaxValue] },
        { "GRU", () => new GRU(-1), [10, 4] },
        { "SimpleRNN", () => new SimpleRNN(4), [10] },
        { "TimeDistributed", () => new TimeDistributed(new LSTM(4)), [10, 4] },
        { "TimeDistributed", () => new TimeDistributed(new Bidirectional(new Dense(3))), [10, 4, 2] },
        { "Bidirectional", () => new Bidirectional(new LSTM(4), backwardLayer: new Dense(2)), [10, 4] },
        { "Bidirectional", () => new Bidirectional(null!), [10, 4] },
        { "Bidirectional", () => new Bidirectional(new TimeDistributed(new Dense(2))), [10, 4] },
        { "Bidirectional", () => new Bidirectional(new LSTM(4, stateful: true), backwardLayer: new LSTM(4, goBackwards: true)), [10, 4] },
    };

    [Theory]
    [MemberData(nameof(BadLayers))]
    public void Bad_arguments_are_model_errors(string className, Func<Layer> layer, int?[] input)
    {
        var s = new Sequential { new Input(input), layer() }.Summarize();
        Assert.False(s.IsValid);
        Assert.Equal(className, s.Error!.ClassName);
        Assert.Equal(0, s.Error.LayerIndex);
        Assert.False(string.IsNullOrWhiteSpace(s.Error.Message));
    }
}
