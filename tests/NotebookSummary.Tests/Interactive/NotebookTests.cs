using NotebookSummary.Interactive;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// The example notebooks, run top to bottom (<see cref="NotebookRunner"/>): every cell compiles and runs, and what
/// each step shows holds Keras's own numbers (conformance cases and seeds, as named in each test).
/// </summary>
public class NotebookTests
{
    public static TheoryData<string> Notebooks => new()
    {
        "01-getting-started.dib",
        "02-parameter-formulas.dib",
        "03-keras-cells.dib",
        "04-drawing.dib",
    };

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_loads_the_package_from_a_local_build_first(string notebook)
    {
        var run = NotebookRunner.Run(notebook);
        var firstCode = run.Cells.First(c => c.Cell.Kind is DibCellKind.CSharp or DibCellKind.Summary);
        Assert.Equal(new[]
        {
            "#i \"nuget: /absolute/path/to/NotebookSummary/artifacts\"",
            "#r \"nuget: NotebookSummary, 0.1.0\"",
        }, firstCode.Cell.Text.Split('\n'));
        Assert.Equal(2, run.PackageLines.Count);
        var intro = run.Cells.First(c => c.Cell.Kind == DibCellKind.Markdown);
        Assert.Contains("dotnet pack src/NotebookSummary.Interactive -c Release -o ./artifacts", intro.Cell.Text);
    }

    [Fact]
    public void The_package_version_in_the_notebooks_is_the_one_built()
    {
        string props = RepositoryFiles.Read("Directory.Build.props");
        Assert.Contains("<Version>0.1.0</Version>", props);
    }

    // ---- 01-getting-started ------------------------------------------------------------------------------------

    private static NotebookRunner GettingStarted => NotebookRunner.Run("01-getting-started.dib");

    [Fact]
    public void Getting_started_the_model_displays_as_keras_3_prints_it()
    {
        // Keras's "Simple MNIST convnet": conformance case 0033, printed by Keras 3.15.
        var cell = GettingStarted.Cell("var model = new Sequential");
        Assert.Equal(ConformanceCase.Load("0033").Keras3Summary(), cell.PlainText);
        Assert.Contains("class=\"nbs-root", cell.Html);
        Assert.Contains("18,496", cell.Html);
    }

    [Fact]
    public void Getting_started_the_numbers_as_data()
    {
        // Case 0033: conv2d_1 outputs (None, 11, 11, 64) with 18,496 parameters; 34,826 in total.
        var cell = GettingStarted.Cell("var summary = model.Summarize();");
        Assert.Equal("conv2d_1: output (None, 11, 11, 64), 18,496 parameters; total 34,826", Assert.Single(cell.Values));
    }

    [Fact]
    public void Getting_started_the_walk_through_of_conv2d_1()
    {
        // (3·3·32 + 1)·64 = 18,496 (case 0033); out = 13 − 3 + 1 = 11.
        var cell = GettingStarted.Cell("summary.Rows[2]");
        Assert.Contains("params = (k_h·k_w·c_in + 1)·filters = (3·3·32 + 1)·64 = 18,496", cell.PlainText);
        Assert.Contains("18,496", cell.Html);
        Assert.Contains("conv2d_1", cell.Html);
    }

    [Fact]
    public void Getting_started_the_text_formats()
    {
        Assert.Equal(ConformanceCase.Load("0033").Keras3Summary(), GettingStarted.Cell("model.View(SummaryFormat.Text)").PlainText);

        // tf.keras 2.x prints counts without separators in the table and with them in the totals.
        string keras2 = GettingStarted.Cell("model.View(SummaryFormat.Keras2)").PlainText;
        foreach (var expected in new[] { "320", "18496", "16010", "Total params: 34,826", "(None, 11, 11, 64)" })
            Assert.Contains(expected, keras2);

        string ascii = GettingStarted.Cell("model.View(SummaryFormat.Ascii)").PlainText;
        foreach (var expected in new[] { "320", "18496", "16010" })
            Assert.Contains(expected, ascii);

        string markdown = GettingStarted.Cell("model.View(SummaryFormat.Markdown)").PlainText;
        Assert.Contains(@"| 2 | conv2d\_1 | Conv2D | (None, 11, 11, 64) | 18,496 |", markdown);
        Assert.Contains("Total params: 34,826", markdown);

        string json = GettingStarted.Cell("model.View(SummaryFormat.Json)").PlainText;
        Assert.Contains("\"total_params\": 34826", json);
    }

    [Fact]
    public void Getting_started_all_walk_throughs_open()
    {
        string html = GettingStarted.Cell("model.View(expandFormulas: true)").Html;
        Assert.Contains("<details class=\"nbs-layer\" open>", html);
        Assert.DoesNotContain("<details class=\"nbs-layer\">", html);
        Assert.Contains("16,010", html); // dense: (1600 + 1)·10
    }

    [Fact]
    public void Getting_started_a_model_keras_would_refuse()
    {
        var cell = GettingStarted.Cell("new Input(4, 4, 1),");
        Assert.Contains("Conv2D kernel 5×5 is larger than its 4×4 input", cell.PlainText);
        Assert.Contains("Conv2D kernel 5×5 is larger than its 4×4 input", cell.Html);
    }

    // ---- 02-parameter-formulas ---------------------------------------------------------------------------------

    private static NotebookRunner Formulas => NotebookRunner.Run("02-parameter-formulas.dib");

    /// <summary>
    /// The walk-throughs a cell displayed, as (header line, parameter count after the last "="), e.g.
    /// ("lstm (LSTM): (None, None, 13) → (None, 17)", "2,108").
    /// </summary>
    private static List<(string Header, string Params)> WalkThroughs(CellRun cell) =>
        cell.Outputs.Where(o => o.MimeType == "text/plain").Select(o =>
        {
            var lines = o.Content.Split('\n');
            string paramsLine = lines.Single(l => l.TrimStart().StartsWith("params ", StringComparison.Ordinal));
            string value = paramsLine[(paramsLine.LastIndexOf("= ", StringComparison.Ordinal) + 2)..];
            int reason = value.IndexOf(" (", StringComparison.Ordinal);
            return (lines[0], reason < 0 ? value : value[..reason]);
        }).ToList();

    [Theory]
    [InlineData("basic", "0004")]   // seed 001 §1
    [InlineData("cnn", "0007")]     // seed 001 §2
    [InlineData("dcnn", "0009")]    // seed 001 §3
    [InlineData("mlp", "0010")]     // seed 002 MLP
    [InlineData("binary", "0012")]  // seed 002 MLP for binary classification
    [InlineData("vgg", "0013")]     // seed 002 VGG-like, 100×100 as its code says
    [InlineData("lstm", "0015")]    // seed 002 LSTM
    [InlineData("conv1d", "0017")]  // seed 002 Conv1D
    public void Formulas_every_model_is_the_seeds_model_as_keras_summarizes_it(string variable, string caseId) =>
        ConformanceCase.Load(caseId).AssertMatches(Formulas.Variable<Sequential>(variable).Summarize());

    [Fact]
    public void Formulas_seed_001_basic_network_35_104_70()
    {
        Assert.Equal(new[]
        {
            ("dense (Dense): (None, 4) → (None, 7)", "35"),
            ("dense_1 (Dense): (None, 7) → (None, 13)", "104"),
            ("dense_2 (Dense): (None, 13) → (None, 5)", "70"),
        }, WalkThroughs(Formulas.Cell("var basic = new Sequential")));
        Assert.Contains("params = (n_in + 1)·units = (4 + 1)·7 = 35", Formulas.Cell("var basic = new Sequential").PlainText);
    }

    [Fact]
    public void Formulas_seed_001_cnn_224_12352_16448_and_32896()
    {
        var cell = Formulas.Cell("var cnn = new Sequential");
        Assert.Equal(new[]
        {
            ("conv2d (Conv2D): (None, 8, 8, 1) → (None, 6, 7, 32)", "224"),
            ("conv2d_1 (Conv2D): (None, 6, 7, 32) → (None, 5, 5, 64)", "12,352"),
            ("conv2d_2 (Conv2D): (None, 5, 5, 64) → (None, 4, 4, 64)", "16,448"),
        }, WalkThroughs(cell));
        Assert.Contains("(3·2·1 + 1)·32 = 224", cell.PlainText); // kernel_size=(3, 2): the seed writes 2*3*1+1
        Assert.Equal(new[]
        {
            ("flatten (Flatten): (None, 2, 2, 64) → (None, 256)", "0"),
            ("dense (Dense): (None, 256) → (None, 128)", "32,896"),
        }, WalkThroughs(Formulas.Cell("display(cnnSummary.Rows[6]);")));
    }

    [Fact]
    public void Formulas_seed_001_transposed_convolutions_25_and_63_grow_the_map()
    {
        Assert.Equal(new[]
        {
            ("conv2d_transpose (Conv2DTranspose): (None, 40, 110, 1) → (None, 41, 111, 5)", "25"),
            ("conv2d_transpose_1 (Conv2DTranspose): (None, 20, 55, 5) → (None, 21, 56, 3)", "63"),
            ("dense (Dense): (None, 3528) → (None, 158)", "557,582"),
        }, WalkThroughs(Formulas.Cell("var dcnn = new Sequential")));
    }

    [Fact]
    public void Formulas_seed_002_perceptrons_147_104_322_and_14()
    {
        Assert.Equal(new[]
        {
            ("dense (Dense): (None, 20) → (None, 7)", "147"),
            ("dense_1 (Dense): (None, 7) → (None, 13)", "104"),
            ("dense_2 (Dense): (None, 13) → (None, 23)", "322"),
        }, WalkThroughs(Formulas.Cell("var mlp = new Sequential")));
        Assert.Equal(new[] { ("dense_2 (Dense): (None, 13) → (None, 1)", "14") },
            WalkThroughs(Formulas.Cell("var binary = new Sequential")));
    }

    [Fact]
    public void Formulas_seed_002_vgg_like_9196_inputs_for_one_dense()
    {
        Assert.Equal(new[]
        {
            ("conv2d (Conv2D): (None, 100, 100, 3) → (None, 98, 98, 7)", "196"),
            ("flatten (Flatten): (None, 22, 22, 19) → (None, 9196)", "0"),
            ("dense (Dense): (None, 9196) → (None, 23)", "211,531"),
        }, WalkThroughs(Formulas.Cell("var vgg = new Sequential")));
        Assert.Contains("= 22·22·19 = 9,196", Formulas.Cell("var vgg = new Sequential").PlainText);

        var whole = Formulas.Cell("vgg.View(expandFormulas: true)");
        foreach (var count in new[] { "196", "832", "2,006", "2,926", "211,531", "696", "218,187" })
            Assert.Contains(count, whole.Html);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(whole.Html, "<details class=\"nbs-layer\" open>").Count);
    }

    [Fact]
    public void Formulas_seed_002_lstm_2108()
    {
        var cell = Formulas.Cell("var lstm = new Sequential");
        Assert.Equal(new[]
        {
            ("embedding (Embedding): (None, None) → (None, None, 13)", "91"),
            ("lstm (LSTM): (None, None, 13) → (None, 17)", "2,108"),
            ("dense (Dense): (None, 17) → (None, 1)", "18"),
        }, WalkThroughs(cell));
        // Keras: 4 gates × ((13 inputs + 17 units) × 17 + 17 biases).
        Assert.Contains("= 4·((13 + 17)·17 + 17) = 2,108", cell.PlainText);
    }

    [Fact]
    public void Formulas_seed_002_conv1d_6708_901_2280_2645_24()
    {
        var cell = Formulas.Cell("var conv1d = new Sequential");
        Assert.Equal(new[]
        {
            ("conv1d (Conv1D): (None, 70, 103) → (None, 66, 13)", "6,708"),
            ("conv1d_1 (Conv1D): (None, 66, 13) → (None, 63, 17)", "901"),
            ("max_pooling1d (MaxPooling1D): (None, 63, 17) → (None, 21, 17)", "0"),
            ("conv1d_2 (Conv1D): (None, 21, 17) → (None, 15, 19)", "2,280"),
            ("conv1d_3 (Conv1D): (None, 15, 19) → (None, 10, 23)", "2,645"),
            ("dense (Dense): (None, 23) → (None, 1)", "24"),
        }, WalkThroughs(cell));
        Assert.Contains("(5·103 + 1)·13 = 6,708", cell.PlainText); // the seed: 13 * (5*103 + 1) == 6708
    }

    [Fact]
    public void Formulas_every_walk_through_also_displays_as_html()
    {
        foreach (var marker in new[] { "var basic = new Sequential", "var cnn = new Sequential", "var lstm = new Sequential" })
        {
            var cell = Formulas.Cell(marker);
            Assert.All(cell.Outputs.Where(o => o.MimeType == "text/html"), o => Assert.Contains("nbs-walk", o.Content));
        }
    }

    // ---- 03-keras-cells ----------------------------------------------------------------------------------------

    private static NotebookRunner KerasCells => NotebookRunner.Run("03-keras-cells.dib");

    /// <summary>Keras 3's print of a conformance case, under the model name this notebook's session gives it.</summary>
    private static string Keras3Print(string caseId, string modelName) =>
        ConformanceCase.Load(caseId).Keras3Summary()!.Replace("Model: \"sequential\"", $"Model: \"{modelName}\"");

    private static SummaryCellResult SummaryOf(string marker)
    {
        var cell = KerasCells.Cell(marker);
        Assert.Equal(DibCellKind.Summary, cell.Cell.Kind);
        return cell.Summary!;
    }

    [Fact]
    public void Keras_cells_every_summary_cell_starts_with_a_directive_that_has_a_parameter()
    {
        // A bare "#!summary" line would split the cell in a .dib once the kernel exists; with a parameter it never does.
        var cells = KerasCells.Cells.Where(c => c.Cell.Kind == DibCellKind.Summary).ToList();
        Assert.Equal(13, cells.Count);
        Assert.All(cells, c => Assert.Matches(@"^#!summary --\w+", c.Cell.DirectiveLine));
        // The first code cell after loading is a #!summary cell: no C# is needed before one.
        var code = KerasCells.Cells.Where(c => c.Cell.Kind is DibCellKind.CSharp or DibCellKind.Summary).ToList();
        Assert.Equal(DibCellKind.Summary, code[1].Cell.Kind);
    }

    [Fact]
    public void Keras_cells_only_the_last_cell_fails()
    {
        var summaries = KerasCells.Cells.Where(c => c.Summary is not null).ToList();
        Assert.All(summaries.SkipLast(1), c => Assert.False(c.Summary!.Failed, $"cell {c.Cell.Index}: {c.Summary!.FailureMessage}"));
        Assert.True(summaries[^1].Summary!.Failed);
    }

    [Fact]
    public void Keras_cells_seed_001_in_2_prints_keras_3s_table()
    {
        // Case 0005 is this model in Keras 3 syntax; Keras 3 printed it (the seed's keras.layers.core import is Keras 2 only).
        var result = SummaryOf("model = Sequential() # 顺序模型");
        Assert.Equal(Keras3Print("0005", "sequential"), Assert.Single(result.Outputs).Content);
        ConformanceCase.Load("0004").AssertMatches(Assert.Single(result.Summaries));
    }

    [Fact]
    public void Keras_cells_seed_001_cnn_across_three_cells()
    {
        var setup = SummaryOf("digit = load_digits()");
        Assert.Equal(new CellOutput("text/plain", SummaryCell.NoModelNote), Assert.Single(setup.Outputs));

        var build = SummaryOf("convout1 = Activation('relu')");
        ConformanceCase.Load("0006").AssertMatches(Assert.Single(build.Summaries)); // cells 14 and 15 as one case
        var html = Assert.Single(build.Outputs);
        Assert.Equal("text/html", html.MimeType);
        foreach (var count in new[] { "224", "12,352", "16,448", "32,896", "1,290", "63,210" })
            Assert.Contains(count, html.Content);

        // In [16] with --format keras2: the rows the seed printed (tf.keras 2.x), shape then count.
        string table = Assert.Single(KerasCells.Cells.Single(c => c.Cell.DirectiveLine == "#!summary --format keras2").Summary!.Outputs).Content;
        foreach (var (shape, count) in new[]
        {
            ("(None, 6, 7, 32)", "224"), ("(None, 5, 5, 64)", "12352"), ("(None, 4, 4, 64)", "16448"),
            ("(None, 2, 2, 64)", "0"), ("(None, 256)", "0"),
            ("(None, 128)", "32896"), ("(None, 10)", "1290"), // from the seed's In [17] loop over model.layers
        })
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(shape) + " +" + count + " ", table);
        Assert.Contains("Total params: 63,210", table);
    }

    [Fact]
    public void Keras_cells_seed_001_transposed_convolutions()
    {
        var result = SummaryOf("model.add(Deconvolution2D(5, kernel_size=(2,2)");
        Assert.Equal(Keras3Print("0009", "sequential_2"), Assert.Single(result.Outputs).Content);

        string ascii = Assert.Single(SummaryOf("#!summary --format ascii").Outputs).Content;
        foreach (var expected in new[] { "(41, 111, 5)", "(21, 56, 3)", "(3528,)", "557582", "1590" })
            Assert.Contains(expected, ascii);
    }

    [Fact]
    public void Keras_cells_seed_002_models_and_their_asserts()
    {
        Assert.Equal(new CellOutput("text/plain", SummaryCell.NoModelNote),
            Assert.Single(SummaryOf("from keras.layers import Conv1D, GlobalAveragePooling1D, MaxPooling1D").Outputs));

        var mlp = SummaryOf("assert(23 * (13+1) == 322)");
        Assert.Equal(Keras3Print("0010", "sequential_3"), Assert.Single(mlp.Outputs).Content); // every assert holds: no warning

        var lstm = SummaryOf("print(2108/17, 'then?')");
        ConformanceCase.Load("0015").AssertMatches(Assert.Single(lstm.Summaries));
        string html = Assert.Single(lstm.Outputs).Content;
        Assert.Contains("2,108", html);
        Assert.Contains("<details class=\"nbs-layer\" open>", html);
        Assert.DoesNotContain("<details class=\"nbs-layer\">", html);

        var conv1d = SummaryOf("#!summary --format markdown");
        ConformanceCase.Load("0017").AssertMatches(Assert.Single(conv1d.Summaries));
        Assert.Contains("| 0 | conv1d | Conv1D | (None, 66, 13) | 6,708 |", Assert.Single(conv1d.Outputs).Content);
    }

    [Fact]
    public void Keras_cells_seed_003_convnet_drawer_code_is_drawn()
    {
        var result = SummaryOf("model.save_fig(\"example.svg\")");
        ConformanceCase.Load("0019").AssertMatches(Assert.Single(result.Summaries));
        var svg = Assert.Single(result.Outputs);
        Assert.Equal("text/html", svg.MimeType);
        var texts = SvgTexts(svg.Content);
        Assert.Contains("12 layers · 62,378,344 parameters", texts);
        AssertInOrder(ShapeLabels("0019").Prepend("227×227×3"), texts);
    }

    [Fact]
    public void Keras_cells_a_failing_assert_is_a_warning_after_the_summary()
    {
        var result = SummaryOf("assert(22 * 22 * 19 == 9197)");
        Assert.False(result.Failed);
        ConformanceCase.Load("0013").AssertMatches(Assert.Single(result.Summaries));
        Assert.Equal(2, result.Outputs.Count);
        Assert.Contains("211,531", result.Outputs[0].Content);
        var lines = result.Outputs[1].Content.Split('\n');
        Assert.Equal("warning: assertion fails: 22 * 22 * 19 == 9197", lines[0]);
        Assert.Equal(" 17 | assert(22 * 22 * 19 == 9197)", lines[1]);
        Assert.Equal("    |        ^^^^^^^^^^^^^^^^^^^^", lines[2]);
    }

    [Fact]
    public void Keras_cells_the_deliberate_mistake_fails_with_line_caret_and_suggestion()
    {
        var result = SummaryOf("layers.Conv2d(32, kernel_size=(3, 3), activation=\"relu\"),");
        Assert.True(result.Failed);
        Assert.Empty(result.Outputs);
        var lines = result.FailureMessage!.Split('\n');
        Assert.StartsWith("error: unknown layer 'Conv2d'", lines[0]);
        Assert.Contains("'Conv2D'", lines[0]);
        Assert.Equal(" 6 |     layers.Conv2d(32, kernel_size=(3, 3), activation=\"relu\"),", lines[1]);
        Assert.Equal("   |            ^^^^^^", lines[2]);
    }

    // ---- 04-drawing --------------------------------------------------------------------------------------------

    private static NotebookRunner Drawing => NotebookRunner.Run("04-drawing.dib");

    /// <summary>The drawing's labels for Keras's output shapes: (None, 55, 55, 96) → 55×55×96, (None, 4096) → 4096.</summary>
    private static IEnumerable<string> ShapeLabels(string caseId) =>
        ConformanceCase.Load(caseId).Expected.GetProperty("layers").EnumerateArray()
            .Select(l => string.Join("×", l.GetProperty("output_shape").EnumerateArray().Skip(1).Select(d => d.GetInt64())));

    /// <summary>The texts of an SVG drawing, in document order.</summary>
    private static List<string> SvgTexts(string svg) =>
        System.Text.RegularExpressions.Regex.Matches(svg, "<text[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value).ToList();

    private static void AssertInOrder(IEnumerable<string> expected, IReadOnlyList<string> actual)
    {
        int at = 0;
        foreach (var e in expected)
        {
            while (at < actual.Count && actual[at] != e) at++;
            Assert.True(at < actual.Count, $"'{e}' missing or out of order in: {string.Join(" | ", actual)}");
            at++;
        }
    }

    [Theory]
    [InlineData("alexnet", "0020")] // seed 003's convnet-drawer AlexNet, in Keras
    [InlineData("vgg16", "0026")]
    public void Drawing_the_models_are_the_classic_networks_as_keras_summarizes_them(string variable, string caseId) =>
        ConformanceCase.Load(caseId).AssertMatches(Drawing.Variable<Sequential>(variable).Summarize());

    [Fact]
    public void Drawing_alexnet_as_svg_labels_every_keras_shape()
    {
        var cell = Drawing.Cell("var alexnet = new Sequential");
        string svg = Assert.Single(cell.Outputs, o => o.MimeType == "text/html").Content;
        Assert.StartsWith("<svg", svg);
        var texts = SvgTexts(svg);
        Assert.Contains("12 layers · 62,378,344 parameters", texts); // case 0020's total
        AssertInOrder(ShapeLabels("0020").Prepend("227×227×3"), texts);
        AssertInOrder(new[] { "11×11 /4", "3×3 /2", "5×5" }, texts); // kernel_size / strides as written
    }

    [Fact]
    public void Drawing_alexnet_summary_shows_where_the_parameters_are()
    {
        var cell = Drawing.Cell("alexnet");
        Assert.Contains("37,752,832", cell.PlainText); // dense: (9216 + 1)·4096, case 0020
        Assert.Contains("62,378,344", cell.Html);
    }

    [Fact]
    public void Drawing_vgg16_as_svg_labels_every_keras_shape()
    {
        var cell = Drawing.Cell("var vgg16 = new Sequential");
        string svg = Assert.Single(cell.Outputs, o => o.MimeType == "text/html").Content;
        var texts = SvgTexts(svg);
        Assert.Contains("22 layers · 138,357,544 parameters", texts); // case 0026's total
        AssertInOrder(ShapeLabels("0026").Prepend("224×224×3"), texts);
    }

    [Fact]
    public void Drawing_vgg16_text_is_keras_3s_table()
    {
        string expected = ConformanceCase.Load("0026").Keras3Summary()!.Replace("Model: \"sequential\"", "Model: \"vgg16\"");
        Assert.Equal(expected, Drawing.Cell("vgg16.View(SummaryFormat.Text)").PlainText);
    }
}
