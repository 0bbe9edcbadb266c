using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// The seeds' model cells, pasted verbatim (TestData/keras_seeds holds each In [..] cell as the seed shows it),
/// read into the models whose numbers the seeds print. Notebook cells that use variables of earlier cells are
/// run in a <see cref="KerasSession"/> in the notebook's order.
/// </summary>
public class SeedTests
{
    public static TheoryData<string> StoredCells()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData("keras_seeds"), "*.py").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(StoredCells))]
    public void Stored_cells_are_verbatim_copies_of_the_seed(string cell)
    {
        string seed = cell.Substring("seed".Length, 3); // seed001_in14 → 001
        Assert.Contains(Cell(cell).TrimEnd('\n'), Seed(seed).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Seed001_basic_nn_cell()
    {
        // Printed by the seed: dense 35 = 7·(4+1), 104 = 13·(7+1), 70 = 5·(13+1); total 209.
        var summary = SummaryWithoutErrors(KerasSource.Parse(Cell("seed001_in02")));
        AssertRows(summary,
            ("Dense", "(None, 7)", 35), ("Activation", "(None, 7)", 0),
            ("Dense", "(None, 13)", 104), ("Activation", "(None, 13)", 0),
            ("Dense", "(None, 5)", 70), ("Activation", "(None, 5)", 0));
        Assert.Equal(209, summary.Totals.Params);
        Assert.Equal(209, summary.Totals.TrainableParams);
    }

    [Fact]
    public void Seed001_cnn_cells_run_as_a_notebook()
    {
        // In [14] loads data and sets input_shape in an if/else on K.image_data_format(); In [15] builds the model;
        // In [16] prints the summary. Numbers from the seed's In [17] printout.
        var session = new KerasSession();
        var data = session.Read(Cell("seed001_in14"));
        Assert.DoesNotContain(data.Diagnostics, d => d.IsError);
        Assert.Empty(data.Models);
        var build = session.Read(Cell("seed001_in15"));
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        var shown = session.Read(Cell("seed001_in16"));
        var summary = SummaryWithoutErrors(shown);
        Assert.True(shown.Primary!.SummaryRequested);
        AssertRows(summary,
            ("Conv2D", "(None, 6, 7, 32)", 224), ("Activation", "(None, 6, 7, 32)", 0),
            ("Conv2D", "(None, 5, 5, 64)", 12352), ("Conv2D", "(None, 4, 4, 64)", 16448),
            ("MaxPooling2D", "(None, 2, 2, 64)", 0), ("Dropout", "(None, 2, 2, 64)", 0),
            ("Flatten", "(None, 256)", 0), ("Dense", "(None, 128)", 32896),
            ("Dropout", "(None, 128)", 0), ("Dense", "(None, 10)", 1290));
        Assert.Equal(224 + 12352 + 16448 + 32896 + 1290, summary.Totals.Params);
    }

    [Fact]
    public void Seed001_cnn_cell_alone_reports_the_variable_of_the_earlier_cell()
    {
        // In [15] pasted alone: input_shape and num_classes were set by In [14]. Python's NameError, at the names.
        var result = KerasSource.Parse(Cell("seed001_in15"));
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("name 'input_shape' is not defined", errors[0].Message);
        Assert.Equal((7, 30), (errors[0].Line, errors[0].Column)); // 17 spaces + "input_shape=" → column 30
        Assert.Equal("name 'num_classes' is not defined", errors[1].Message);
        Assert.Equal((18, 17), (errors[1].Line, errors[1].Column));
        // The names used without their imports (they were imported in In [14]) are read anyway, with one note for
        // all the layer classes (3 Conv2D, Activation, MaxPooling2D, 2 Dropout, Flatten, 2 Dense: 10 uses).
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info
            && d.Message == "'Conv2D', 'Activation', 'MaxPooling2D', 'Dropout', 'Flatten' and 'Dense' are used without being imported (10 times); read as the keras.layers classes");
    }

    [Fact]
    public void Seed001_dcnn_cells_run_as_a_notebook()
    {
        // In [37] uses num_classes from In [14]; Deconvolution2D is Keras 1's name of Conv2DTranspose.
        // Numbers from the seed's In [38] printout: (2·2·1+1)·5 = 25, (2·2·5+1)·3 = 63, 3528·158+158 = 557,582, 159·10 = 1,590.
        var session = new KerasSession();
        session.Read(Cell("seed001_in14"));
        session.Read(Cell("seed001_in15"));
        var build = session.Read(Cell("seed001_in37"));
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        var summary = SummaryWithoutErrors(session.Read(Cell("seed001_in38")));
        AssertRows(summary,
            ("Conv2DTranspose", "(None, 41, 111, 5)", 25), ("MaxPooling2D", "(None, 20, 55, 5)", 0),
            ("Conv2DTranspose", "(None, 21, 56, 3)", 63), ("Flatten", "(None, 3528)", 0),
            ("Dense", "(None, 158)", 557582), ("Dropout", "(None, 158)", 0), ("Dense", "(None, 10)", 1590));
    }

    [Fact]
    public void Seed001_dcnn_cell_alone_names_num_classes()
    {
        var result = KerasSource.Parse(Cell("seed001_in37"));
        var summary = result.Summarize();
        var error = Assert.Single(summary.Diagnostics, d => d.IsError);
        Assert.Equal("name 'num_classes' is not defined", error.Message);
        Assert.Equal(26, error.Line);
        Assert.Equal(17, error.Column);
    }

    private static KerasSession Seed002Session(out Dictionary<string, KerasReadResult> results)
    {
        var session = new KerasSession();
        results = [];
        foreach (var cell in new[] { "in47", "in48", "in49", "in51", "in52", "in94", "in93", "in69", "in70", "in121", "in136" })
            results[cell] = session.Read(Cell("seed002_" + cell));
        return session;
    }

    [Fact]
    public void Seed002_mlp_for_multi_class_softmax()
    {
        Seed002Session(out var results);
        // The cell's asserts: 7·(20+1) = 147, 13·(7+1) = 104, 23·(13+1) = 322; printed total 573.
        var summary = SummaryWithoutErrors(results["in49"]);
        AssertRows(summary,
            ("Dense", "(None, 7)", 147), ("Dropout", "(None, 7)", 0), ("Dense", "(None, 13)", 104),
            ("Dropout", "(None, 13)", 0), ("Dense", "(None, 23)", 322));
        Assert.Equal(573, summary.Totals.Params);
        Assert.DoesNotContain(results["in49"].Diagnostics, d => d.Message.StartsWith("assertion fails", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed002_mlp_for_binary_classification()
    {
        Seed002Session(out var results);
        var summary = SummaryWithoutErrors(results["in52"]);
        AssertRows(summary,
            ("Dense", "(None, 7)", 147), ("Dropout", "(None, 7)", 0), ("Dense", "(None, 13)", 104),
            ("Dropout", "(None, 13)", 0), ("Dense", "(None, 1)", 14));
        Assert.Equal(265, summary.Totals.Params);
    }

    [Fact]
    public void Seed002_vgg_like_follows_its_code()
    {
        // The printout was made from a 1000×1000 input, the code says 100×100 (see the conformance README);
        // the cell's asserts match the code: 196, 832, 2006, 2926, flatten 22·22·19 = 9196, 211,531, 696.
        Seed002Session(out var results);
        var summary = SummaryWithoutErrors(results["in93"]);
        AssertRows(summary,
            ("Conv2D", "(None, 98, 98, 7)", 196), ("Conv2D", "(None, 96, 96, 13)", 832),
            ("MaxPooling2D", "(None, 48, 48, 13)", 0), ("Dropout", "(None, 48, 48, 13)", 0),
            ("Conv2D", "(None, 46, 46, 17)", 2006), ("Conv2D", "(None, 44, 44, 19)", 2926),
            ("MaxPooling2D", "(None, 22, 22, 19)", 0), ("Dropout", "(None, 22, 22, 19)", 0),
            ("Flatten", "(None, 9196)", 0), ("Dense", "(None, 23)", 211531),
            ("Dropout", "(None, 23)", 0), ("Dense", "(None, 29)", 696));
    }

    [Fact]
    public void Seed002_lstm_sequence_classification()
    {
        // Printed: embedding (None, None, 13) 91 = 13·7; lstm (None, 17) 2108 = 4·(17·(13+17) + 17); dense 18; total 2,217.
        Seed002Session(out var results);
        var summary = SummaryWithoutErrors(results["in70"]);
        AssertRows(summary,
            ("Embedding", "(None, None, 13)", 91), ("LSTM", "(None, 17)", 2108),
            ("Dropout", "(None, 17)", 0), ("Dense", "(None, 1)", 18));
        Assert.Equal(2217, summary.Totals.Params);
    }

    [Fact]
    public void Seed002_conv1d_sequence_classification()
    {
        // Printed and asserted: 13·(5·103+1) = 6708, 17·(4·13+1) = 901, 63/3 = 21 steps after pooling,
        // 19·(7·17+1) = 2280, 23·(6·19+1) = 2645, 1·(23+1) = 24.
        Seed002Session(out var results);
        var summary = SummaryWithoutErrors(results["in136"]);
        AssertRows(summary,
            ("Conv1D", "(None, 66, 13)", 6708), ("Conv1D", "(None, 63, 17)", 901),
            ("MaxPooling1D", "(None, 21, 17)", 0), ("Conv1D", "(None, 15, 19)", 2280),
            ("Conv1D", "(None, 10, 23)", 2645), ("GlobalAveragePooling1D", "(None, 23)", 0),
            ("Dropout", "(None, 23)", 0), ("Dense", "(None, 1)", 24));
    }

    [Fact]
    public void Seed003_convnet_drawer_alexnet_reads_as_keras()
    {
        // Model(input_shape=(227, 227, 3)) is a Sequential with an Input. AlexNet by Keras's rules:
        // conv 11×11/4 valid: ⌊(227−11)/4⌋+1 = 55, (11·11·3+1)·96 = 34,944; pool 3/2: ⌊(55−3)/2⌋+1 = 27;
        // conv 5×5 same: (5·5·96+1)·256 = 614,656; pool → 13; conv 3×3: (3·3·256+1)·384 = 885,120,
        // (3·3·384+1)·384 = 1,327,488, (3·3·384+1)·256 = 884,992; pool → 6; flatten 6·6·256 = 9216;
        // dense (9216+1)·4096 = 37,752,832, (4096+1)·4096 = 16,781,312, (4096+1)·1000 = 4,097,000.
        var result = KerasSource.Parse(Cell("seed003_alexnet"));
        var summary = SummaryWithoutErrors(result);
        AssertRows(summary,
            ("Conv2D", "(None, 55, 55, 96)", 34944), ("MaxPooling2D", "(None, 27, 27, 96)", 0),
            ("Conv2D", "(None, 27, 27, 256)", 614656), ("MaxPooling2D", "(None, 13, 13, 256)", 0),
            ("Conv2D", "(None, 13, 13, 384)", 885120), ("Conv2D", "(None, 13, 13, 384)", 1327488),
            ("Conv2D", "(None, 13, 13, 256)", 884992), ("MaxPooling2D", "(None, 6, 6, 256)", 0),
            ("Flatten", "(None, 9216)", 0), ("Dense", "(None, 4096)", 37752832),
            ("Dense", "(None, 4096)", 16781312), ("Dense", "(None, 1000)", 4097000));
        Assert.Equal("(None, 227, 227, 3)", summary.InputShape!.ToString());
    }

    [Fact]
    public void Seed004_article_code_prints_the_article_summary()
    {
        // The article's printed summary, names included (a fresh session).
        var result = KerasSource.Parse(Cell("seed004_full"));
        var summary = SummaryWithoutErrors(result);
        Assert.Equal("sequential", summary.Name);
        Assert.Equal(["conv2d", "conv2d_1", "conv2d_2", "flatten", "dense", "dense_1"], summary.Rows.Select(r => r.Name));
        AssertRows(summary,
            ("Conv2D", "(None, 30, 30, 32)", 896), ("Conv2D", "(None, 28, 28, 64)", 18496),
            ("Conv2D", "(None, 26, 26, 128)", 73856), ("Flatten", "(None, 86528)", 0),
            ("Dense", "(None, 128)", 11075712), ("Dense", "(None, 10)", 1290));
        Assert.Equal(11_170_250, summary.Totals.Params);
        Assert.Equal(11_170_250, summary.Totals.TrainableParams);
        Assert.Equal(0, summary.Totals.NonTrainableParams);
    }

    [Fact]
    public void Seed004_snippet_after_the_full_code_reads_the_same_model()
    {
        var session = new KerasSession();
        session.Read(Cell("seed004_full"));
        var summary = SummaryWithoutErrors(session.Read(Cell("seed004_snippet")));
        Assert.Equal(11_170_250, summary.Totals.Params);
        Assert.Equal("sequential_1", summary.Name); // the second model of the session, as Keras names it
    }
}
