using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Notebooks;

/// <summary>
/// notebooks/02-parameter-formulas.ipynb: the models of seed 001 ("Understand param of keras model.summary()") and
/// seed 002 ("Demo to verify the number of parameters"), each layer's count with its walk-through. Expected counts
/// are the seeds' own (their prints and asserts) and Keras's in the conformance cases named.
/// </summary>
[Collection(KernelCollection.Name)]
public class ParameterFormulasTests(ParameterFormulasNotebook notebook)
    : NotebookTests<ParameterFormulasNotebook>(notebook), IClassFixture<ParameterFormulasNotebook>
{
    private const string Views = "using NotebookSummary.Interactive;\nusing NotebookSummary.Rendering;\n";

    /// <summary>
    /// The walk-throughs a cell displayed (text form), as (header line, parameter count after the last "="), e.g.
    /// ("lstm (LSTM): (None, None, 13) → (None, 17)", "2,108").
    /// </summary>
    private static List<(string Header, string Params)> WalkThroughs(CellRun cell) =>
        Enumerable.Range(0, cell.Values.Count).Select(i => Text(cell, i)).Select(text =>
        {
            var lines = text.Split('\n');
            string paramsLine = lines.Single(l => l.TrimStart().StartsWith("params ", StringComparison.Ordinal));
            string value = paramsLine[(paramsLine.LastIndexOf("= ", StringComparison.Ordinal) + 2)..];
            int reason = value.IndexOf(" (", StringComparison.Ordinal);
            return (lines[0], reason < 0 ? value : value[..reason]);
        }).ToList();

    /// <summary>The text form of the cell's <paramref name="index"/>-th displayed value.</summary>
    private static string Text(CellRun cell, int index) => Assert.Single(cell.Values[index], o => o.MimeType == "text/plain").Content;

    [Theory]
    [InlineData("basic", "0004")]   // seed 001 §1
    [InlineData("cnn", "0007")]     // seed 001 §2
    [InlineData("dcnn", "0009")]    // seed 001 §3
    [InlineData("mlp", "0010")]     // seed 002 MLP
    [InlineData("binary", "0012")]  // seed 002 MLP for binary classification
    [InlineData("vgg", "0013")]     // seed 002 VGG-like, 100×100 as its code says
    [InlineData("lstm", "0015")]    // seed 002 LSTM
    [InlineData("conv1d", "0017")]  // seed 002 Conv1D
    public async Task Every_model_is_the_seeds_model_as_keras_summarizes_it(string variable, string caseId)
    {
        var json = await Notebook.RunOkAsync(Views + $"{variable}.View(SummaryFormat.Json)");
        KerasConformance.AssertMatches(caseId, json.Returned("text/plain")!);
    }

    [Theory]
    [InlineData("cnn", "0007")]
    [InlineData("dcnn", "0009")]
    [InlineData("mlp", "0010")]
    [InlineData("binary", "0012")]
    [InlineData("vgg", "0013")]
    [InlineData("conv1d", "0017")]
    public async Task Every_model_keras_3_can_run_prints_keras_3s_table(string variable, string caseId)
    {
        // Cases 0004 and 0015 are Keras 2 code (keras.layers.core; an Embedding without input length): no Keras 3 print.
        var text = await Notebook.RunOkAsync(Views + $"{variable}.View(SummaryFormat.Text)");
        Assert.Equal(KerasGolden.Keras3Summary(caseId), text.Returned("text/plain"));
    }

    [Fact]
    public void Seed_001_basic_network_35_104_70()
    {
        var cell = Notebook.Cell("var basic = new Sequential");
        Assert.Equal(new[]
        {
            ("dense (Dense): (None, 4) → (None, 7)", "35"),
            ("dense_1 (Dense): (None, 7) → (None, 13)", "104"),
            ("dense_2 (Dense): (None, 13) → (None, 5)", "70"),
        }, WalkThroughs(cell));
        Assert.Contains("params = (n_in + 1)·units = (4 + 1)·7 = 35", Text(cell, 0));
    }

    [Fact]
    public void Seed_001_cnn_224_12352_16448_and_32896()
    {
        var cell = Notebook.Cell("var cnn = new Sequential");
        Assert.Equal(new[]
        {
            ("conv2d (Conv2D): (None, 8, 8, 1) → (None, 6, 7, 32)", "224"),
            ("conv2d_1 (Conv2D): (None, 6, 7, 32) → (None, 5, 5, 64)", "12,352"),
            ("conv2d_2 (Conv2D): (None, 5, 5, 64) → (None, 4, 4, 64)", "16,448"),
        }, WalkThroughs(cell));
        // kernel_size=(3, 2): the seed writes 2*3*1+1.
        Assert.Contains("(3·2·1 + 1)·32 = 224", Text(cell, 0));
        Assert.Equal(new[]
        {
            ("flatten (Flatten): (None, 2, 2, 64) → (None, 256)", "0"),
            ("dense (Dense): (None, 256) → (None, 128)", "32,896"),
        }, WalkThroughs(Notebook.Cell("display(cnnSummary.Rows[6]);")));
    }

    [Fact]
    public void Seed_001_transposed_convolutions_25_and_63_grow_the_map()
    {
        Assert.Equal(new[]
        {
            ("conv2d_transpose (Conv2DTranspose): (None, 40, 110, 1) → (None, 41, 111, 5)", "25"),
            ("conv2d_transpose_1 (Conv2DTranspose): (None, 20, 55, 5) → (None, 21, 56, 3)", "63"),
            ("dense (Dense): (None, 3528) → (None, 158)", "557,582"),
        }, WalkThroughs(Notebook.Cell("var dcnn = new Sequential")));
    }

    [Fact]
    public void Seed_002_perceptrons_147_104_322_and_14()
    {
        Assert.Equal(new[]
        {
            ("dense (Dense): (None, 20) → (None, 7)", "147"),
            ("dense_1 (Dense): (None, 7) → (None, 13)", "104"),
            ("dense_2 (Dense): (None, 13) → (None, 23)", "322"),
        }, WalkThroughs(Notebook.Cell("var mlp = new Sequential")));
        Assert.Equal(new[] { ("dense_2 (Dense): (None, 13) → (None, 1)", "14") },
            WalkThroughs(Notebook.Cell("var binary = new Sequential")));
    }

    [Fact]
    public void Seed_002_vgg_like_9196_inputs_for_one_dense()
    {
        var cell = Notebook.Cell("var vgg = new Sequential");
        Assert.Equal(new[]
        {
            ("conv2d (Conv2D): (None, 100, 100, 3) → (None, 98, 98, 7)", "196"),
            ("flatten (Flatten): (None, 22, 22, 19) → (None, 9196)", "0"),
            ("dense (Dense): (None, 9196) → (None, 23)", "211,531"),
        }, WalkThroughs(cell));
        // The seed asserts 22 * 22 * 19 == 9196: Flatten's output.
        Assert.Contains("= 22·22·19 = 9,196", Text(cell, 1));
    }

    [Fact]
    public void Seed_002_vgg_like_whole_model_with_every_walk_through_open()
    {
        // Case 0013: 196, 832, 2,006, 2,926 for the convolutions, 211,531 and 696 for the dense layers, 218,187 in all.
        var html = HtmlText.Parse(Notebook.Cell("vgg.View(expandFormulas: true)").Returned("text/html"));
        string text = html.Body!.TextContent;
        foreach (var count in new[] { "196", "832", "2,006", "2,926", "211,531", "696", "218,187" })
            Assert.Contains(count, text);
        // Keras lists the model's 12 layers; every one's walk-through is open.
        var layers = html.QuerySelectorAll("details.nbs-layer");
        Assert.Equal(12, layers.Length);
        Assert.All(layers, layer => Assert.True(layer.HasAttribute("open")));
    }

    [Fact]
    public void Seed_002_lstm_2108()
    {
        var cell = Notebook.Cell("var lstm = new Sequential");
        Assert.Equal(new[]
        {
            ("embedding (Embedding): (None, None) → (None, None, 13)", "91"),
            ("lstm (LSTM): (None, None, 13) → (None, 17)", "2,108"),
            ("dense (Dense): (None, 17) → (None, 1)", "18"),
        }, WalkThroughs(cell));
        // Keras: 4 gates × ((13 inputs + 17 units) × 17 + 17 biases).
        Assert.Contains("= 4·((13 + 17)·17 + 17) = 2,108", Text(cell, 1));
    }

    [Fact]
    public void Seed_002_conv1d_6708_901_2280_2645_24()
    {
        var cell = Notebook.Cell("var conv1d = new Sequential");
        Assert.Equal(new[]
        {
            ("conv1d (Conv1D): (None, 70, 103) → (None, 66, 13)", "6,708"),
            ("conv1d_1 (Conv1D): (None, 66, 13) → (None, 63, 17)", "901"),
            ("max_pooling1d (MaxPooling1D): (None, 63, 17) → (None, 21, 17)", "0"),
            ("conv1d_2 (Conv1D): (None, 21, 17) → (None, 15, 19)", "2,280"),
            ("conv1d_3 (Conv1D): (None, 15, 19) → (None, 10, 23)", "2,645"),
            ("dense (Dense): (None, 23) → (None, 1)", "24"),
        }, WalkThroughs(cell));
        // The seed: 13 * (5*103 + 1) == 6708.
        Assert.Contains("(5·103 + 1)·13 = 6,708", Text(cell, 0));
    }

    [Theory]
    [InlineData("var basic = new Sequential")]
    [InlineData("var cnn = new Sequential")]
    [InlineData("var lstm = new Sequential")]
    public void Every_walk_through_also_displays_as_html(string marker)
    {
        var values = Notebook.Cell(marker).Values;
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.NotNull(HtmlText.Parse(Assert.Single(v, o => o.MimeType == "text/html").Content).QuerySelector(".nbs-walk")));
    }
}
