using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// Classic networks and the seeds' models built with the C# API, checked against what Keras reported for the same
/// model (conformance expected.json) and against the numbers the seeds print.
/// </summary>
public class ClassicModelTests
{
    [Fact]
    public void Vgg16_has_138_357_544_parameters_like_keras_applications()
    {
        var s = SeedModels.Vgg16().Summarize();
        ConformanceCase.Load("0026").AssertMatches(s);
        Assert.Equal(138_357_544, s.Totals.Params);
        Assert.Equal("527.79 MB", NotebookSummary.Helpers.KerasNumbers.MemorySize(s.Totals.ParamsBytes));
    }

    [Fact]
    public void Vgg16_channels_first_matches_seed_000_printout()
    {
        var m = SeedModels.Vgg16ChannelsFirst();
        var s = m.Summarize();
        ConformanceCase.Load("0003").AssertMatches(s);
        // Seed 000 prints (512, 7, 7) before Flatten and (25088,) after it; Dense 102764544 (74.3%).
        Assert.Equal("(None, 512, 7, 7)", s.Rows[17].OutputShape.ToString());
        Assert.Equal("(None, 25088)", s.Rows[18].OutputShape.ToString());
        Assert.Equal(102_764_544, s.Rows[19].Params);
    }

    [Fact]
    public void AlexNet_of_seed_003_matches_keras()
    {
        var m = new Sequential
        {
            new Conv2D(96, (11, 11), (4, 4), inputShape: (227, 227, 3)),
            new MaxPooling2D((3, 3), strides: (2, 2)),
            new Conv2D(256, (5, 5), padding: "same"),
            new MaxPooling2D((3, 3), strides: (2, 2)),
            new Conv2D(384, (3, 3), padding: "same"),
            new Conv2D(384, (3, 3), padding: "same"),
            new Conv2D(256, (3, 3), padding: "same"),
            new MaxPooling2D((3, 3), strides: (2, 2)),
            new Flatten(),
            new Dense(4096),
            new Dense(4096),
            new Dense(1000),
        };
        var s = m.Summarize();
        ConformanceCase.Load("0020").AssertMatches(s);
        // ⌊(227 − 11)/4⌋ + 1 = 55
        Assert.Equal("(None, 55, 55, 96)", s.Rows[0].OutputShape.ToString());
    }

    [Fact]
    public void LeNet5_matches_keras()
    {
        var m = new Sequential
        {
            new Conv2D(6, (5, 5), activation: "tanh", inputShape: (32, 32, 1)),
            new AveragePooling2D(poolSize: (2, 2), strides: (2, 2)),
            new Conv2D(16, (5, 5), activation: "tanh"),
            new AveragePooling2D(poolSize: (2, 2), strides: (2, 2)),
            new Conv2D(120, (5, 5), activation: "tanh"),
            new Flatten(),
            new Dense(84, activation: "tanh"),
            new Dense(10, activation: "softmax"),
        };
        ConformanceCase.Load("0023").AssertMatches(m.Summarize());
    }

    [Fact]
    public void Seed_001_basic_nn_prints_35_104_70()
    {
        var m = new Sequential
        {
            new Dense(7, inputShape: new[] { 4 }),
            new Activation("sigmoid"),
            new Dense(13),
            new Activation("sigmoid"),
            new Dense(5),
            new Activation("softmax"),
        };
        var s = m.Summarize();
        ConformanceCase.Load("0004").AssertMatches(s);
        Assert.Equal([35L, 0, 104, 0, 70, 0], s.Rows.Select(r => r.Params)); // 7·(4+1), 13·(7+1), 5·(13+1)
        Assert.Equal(209, s.Totals.Params);
    }

    [Fact]
    public void Seed_001_digits_cnn_prints_224_12352_16448()
    {
        var m = SeedModels.DigitsCnn();
        var s = m.Summarize();
        ConformanceCase.Load("0007").AssertMatches(s);
        // The seed's printout: conv (None, 6, 7, 32) 224 = (2·3·1+1)·32; (None, 5, 5, 64) 12352; (None, 4, 4, 64) 16448;
        // pool (None, 2, 2, 64); flatten 256; dense 32896; dense 1290.
        Assert.Equal(["(None, 6, 7, 32)", "(None, 6, 7, 32)", "(None, 5, 5, 64)", "(None, 4, 4, 64)", "(None, 2, 2, 64)",
            "(None, 2, 2, 64)", "(None, 256)", "(None, 128)", "(None, 128)", "(None, 10)"], s.Rows.Select(r => r.OutputShape.ToString()));
        Assert.Equal([224L, 0, 12352, 16448, 0, 0, 0, 32896, 0, 1290], s.Rows.Select(r => r.Params));
        // The seed's own analysis: (2*3*32+1)*64 = 12352.
        Assert.Equal("(2·3·32 + 1)·64", s.Rows[2].WalkThrough.Parameters!.Substituted);
    }

    [Fact]
    public void Seed_002_vgg_like_follows_its_code_and_asserts()
    {
        var m = SeedModels.VggLike();
        var s = m.Summarize();
        ConformanceCase.Load("0013").AssertMatches(s);
        // The seed's asserts: 196, 832, 2006, 2926, 22·22·19 = 9196, 23·(9196+1) = 211531, 29·(23+1) = 696.
        Assert.Equal(9196, s.Rows[8].OutputShape[1]);
        Assert.Equal("d_1·d_2·d_3", s.Rows[8].WalkThrough.Shape[0].Symbolic);
        Assert.Equal("22·22·19", s.Rows[8].WalkThrough.Shape[0].Substituted);
        Assert.Equal(211_531, s.Rows[9].Params);
    }
}
