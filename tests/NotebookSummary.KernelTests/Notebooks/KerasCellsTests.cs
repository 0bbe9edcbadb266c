using System.Text.RegularExpressions;
using NotebookSummary.KernelTests.Support;

namespace NotebookSummary.KernelTests.Notebooks;

/// <summary>
/// notebooks/03-keras-cells.ipynb: the Keras code of seeds 001, 002 and 003 pasted into <c>#!summary</c> cells. Each
/// cell's output is compared with Keras's own for the conformance case of its code. Cells share one Keras session,
/// which numbers its models as Keras does: sequential, sequential_1, ...
/// </summary>
[Collection(KernelCollection.Name)]
public class KerasCellsTests(KerasCellsNotebook notebook)
    : NotebookTests<KerasCellsNotebook>(notebook), IClassFixture<KerasCellsNotebook>
{
    // The last cell misspells Conv2D on purpose: the notebook's text says running it ends with its error.
    protected override IEnumerable<string> CellsThatFailOnPurpose => ["layers.Conv2d(32, kernel_size=(3, 3), activation=\"relu\"),"];

    private const string NoModelNote = "No model in this cell; its variables are kept for the next #!summary cells.";

    private static bool IsSummaryCell(CellRun cell) => cell.Code.StartsWith("#!summary", StringComparison.Ordinal);

    private static string DirectiveLine(CellRun cell) => cell.Code.Split('\n')[0];

    /// <summary>The <c>#!summary</c> cell with <paramref name="marker"/>.</summary>
    private CellRun SummaryCell(string marker)
    {
        var cell = Notebook.Cell(marker);
        Assert.True(IsSummaryCell(cell), cell.Code);
        return cell;
    }

    /// <summary>
    /// The model of a <c>#!summary</c> cell in another format: its code is run again, after the notebook, under
    /// <c>#!summary --format <paramref name="format"/></c> (the test process cannot see the cell's model; the
    /// variables it reads from earlier cells are still in the session).
    /// </summary>
    private async Task<string> AgainAs(string marker, string format)
    {
        var cell = SummaryCell(marker);
        string code = cell.Code[DirectiveLine(cell).Length..];
        var again = await Notebook.RunOkAsync($"#!summary --format {format}" + code);
        var first = again.Outputs[0];
        Assert.Equal("text/plain", first.MimeType);
        return first.Content;
    }

    /// <summary>Keras 3's print of a case is the table of the cell's code, under the name the session gave it.</summary>
    private async Task AssertKeras3Prints(string caseId, string marker)
    {
        string table = await AgainAs(marker, "text");
        string name = table[(table.IndexOf('"') + 1)..table.IndexOf("\"\n", StringComparison.Ordinal)];
        Assert.Matches("^sequential(_[0-9]+)?$", name);
        Assert.Equal(KerasGolden.Keras3Summary(caseId, name), table);
    }

    [Fact]
    public void Every_summary_cell_names_its_output_with_a_parameter()
    {
        // Written for .dib files, where a bare "#!summary" line would have split the cell; an .ipynb cell cannot
        // split, but each cell of this notebook still shows one of the options the introduction lists.
        var cells = Notebook.CodeCells.Where(IsSummaryCell).ToList();
        Assert.Equal(13, cells.Count);
        Assert.All(cells, c => Assert.Matches(@"^#!summary --\w+", DirectiveLine(c)));
        // The first code cell after loading is a #!summary cell: no C# is needed before one.
        Assert.True(IsSummaryCell(Notebook.CodeCells[1]));
    }

    [Fact]
    public void Only_the_last_summary_cell_fails()
    {
        var cells = Notebook.CodeCells.Where(IsSummaryCell).ToList();
        Assert.All(cells.SkipLast(1), c => Assert.False(c.Failed, c.ToString()));
        Assert.True(cells[^1].Failed);
    }

    [Fact]
    public async Task Seed_001_in_2_prints_keras_3s_table()
    {
        // Case 0005 is this model in Keras 3 syntax; Keras 3 printed it (the seed's keras.layers.core import is Keras 2
        // only). The session's first model is "sequential".
        var cell = SummaryCell("model = Sequential() # 顺序模型");
        Assert.Equal(new CellOutput("text/plain", KerasGolden.Keras3Summary("0005", "sequential")), Assert.Single(cell.Outputs));
        KerasConformance.AssertMatches("0004", await AgainAs("model = Sequential() # 顺序模型", "json")); // the seed's code as written
    }

    [Fact]
    public async Task Seed_001_cnn_across_three_cells()
    {
        var setup = SummaryCell("digit = load_digits()");
        Assert.Equal(new CellOutput("text/plain", NoModelNote), Assert.Single(setup.Outputs));

        // In [15] builds from In [14]'s input_shape and num_classes: cells 14 and 15 together are case 0006.
        var build = SummaryCell("convout1 = Activation('relu')");
        KerasConformance.AssertMatches("0006", await AgainAs("convout1 = Activation('relu')", "json"));
        var html = Assert.Single(build.Outputs);
        Assert.Equal("text/html", html.MimeType);
        string text = HtmlText.Of(html.Content);
        foreach (var count in new[] { "224", "12,352", "16,448", "32,896", "1,290", "63,210" })
            Assert.Contains(count, text);

        // In [16] with --format keras2: the rows the seed printed (tf.keras 2.x), shape then count.
        string table = Assert.Single(Notebook.CodeCells.Single(c => DirectiveLine(c) == "#!summary --format keras2").Outputs).Content;
        foreach (var (shape, count) in new[]
        {
            ("(None, 6, 7, 32)", "224"), ("(None, 5, 5, 64)", "12352"), ("(None, 4, 4, 64)", "16448"),
            ("(None, 2, 2, 64)", "0"), ("(None, 256)", "0"),
            ("(None, 128)", "32896"), ("(None, 10)", "1290"), // from the seed's In [17] loop over model.layers
        })
            Assert.Matches(Regex.Escape(shape) + " +" + count + " ", table);
        Assert.Contains("Total params: 63,210", table);
    }

    [Fact]
    public void Seed_001_transposed_convolutions()
    {
        // The session's third model (after In [2] and In [15]).
        var cell = SummaryCell("model.add(Deconvolution2D(5, kernel_size=(2,2)");
        Assert.Equal(KerasGolden.Keras3Summary("0009", "sequential_2"), Assert.Single(cell.Outputs).Content);

        // Case 0009: (41, 111, 5) and (21, 56, 3) maps, 3,528 values flattened, (3528 + 1)·158 and (158 + 1)·10.
        string ascii = Assert.Single(SummaryCell("#!summary --format ascii").Outputs).Content;
        foreach (var expected in new[] { "(41, 111, 5)", "(21, 56, 3)", "(3528,)", "557582", "1590" })
            Assert.Contains(expected, ascii);
    }

    [Fact]
    public async Task Seed_002_models_and_their_asserts()
    {
        Assert.Equal(new CellOutput("text/plain", NoModelNote),
            Assert.Single(SummaryCell("from keras.layers import Conv1D, GlobalAveragePooling1D, MaxPooling1D").Outputs));

        // The session's fourth model; every assert holds: no warning.
        var mlp = SummaryCell("assert(23 * (13+1) == 322)");
        Assert.Equal(KerasGolden.Keras3Summary("0010", "sequential_3"), Assert.Single(mlp.Outputs).Content);

        var lstm = SummaryCell("print(2108/17, 'then?')");
        KerasConformance.AssertMatches("0015", await AgainAs("print(2108/17, 'then?')", "json"));
        var html = HtmlText.Parse(Assert.Single(lstm.Outputs).Content);
        Assert.Contains("2,108", html.Body!.TextContent);
        var layers = html.QuerySelectorAll("details.nbs-layer");
        Assert.NotEmpty(layers);
        Assert.All(layers, layer => Assert.True(layer.HasAttribute("open"))); // --formulas

        var conv1d = SummaryCell("#!summary --format markdown");
        KerasConformance.AssertMatches("0017", await AgainAs("#!summary --format markdown", "json"));
        await AssertKeras3Prints("0017", "#!summary --format markdown");
        Assert.Contains("| 0 | conv1d | Conv1D | (None, 66, 13) | 6,708 |", Assert.Single(conv1d.Outputs).Content);
    }

    [Fact]
    public async Task Seed_003_convnet_drawer_code_is_drawn()
    {
        var cell = SummaryCell("model.save_fig(\"example.svg\")");
        KerasConformance.AssertMatches("0019", await AgainAs("model.save_fig(\"example.svg\")", "json"));
        await AssertKeras3Prints("0019", "model.save_fig(\"example.svg\")");
        var svg = Assert.Single(cell.Outputs);
        Assert.Equal("text/html", svg.MimeType);
        var texts = SvgDrawing.Texts(svg.Content);
        Assert.Contains("12 layers · 62,378,344 parameters", texts); // case 0019's total
        SvgDrawing.AssertInOrder(SvgDrawing.ShapeLabels("0019").Prepend("227×227×3"), texts);
    }

    [Fact]
    public async Task A_failing_assert_is_a_warning_after_the_summary()
    {
        var cell = SummaryCell("assert(22 * 22 * 19 == 9197)");
        Assert.False(cell.Failed, cell.ToString());
        KerasConformance.AssertMatches("0013", await AgainAs("assert(22 * 22 * 19 == 9197)", "json"));
        await AssertKeras3Prints("0013", "assert(22 * 22 * 19 == 9197)");
        Assert.Equal(2, cell.Outputs.Count);
        Assert.Contains("211,531", cell.Outputs[0].Content); // dense: (9196 + 1)·23, case 0013
        // The seed's assert, off by one: 22·22·19 is 9,196. Line 18 of the cell as the user sees it (the directive is line 1).
        var lines = cell.Outputs[1].Content.Split('\n');
        Assert.Equal("warning: assertion fails: 22 * 22 * 19 == 9197", lines[0]);
        Assert.Equal(" 18 | assert(22 * 22 * 19 == 9197)", lines[1]);
        Assert.Equal("    |        ^^^^^^^^^^^^^^^^^^^^", lines[2]);
    }

    [Fact]
    public void The_deliberate_mistake_fails_with_line_caret_and_suggestion()
    {
        var cell = SummaryCell("layers.Conv2d(32, kernel_size=(3, 3), activation=\"relu\"),");
        Assert.True(cell.Failed);
        Assert.Empty(cell.Outputs);
        // Keras's layer is Conv2D; the misspelt name is on line 7 of the cell (the directive is line 1).
        var lines = cell.FailureMessage!.Split('\n');
        Assert.StartsWith("error: unknown layer 'Conv2d'", lines[0]);
        Assert.Contains("'Conv2D'", lines[0]);
        Assert.Equal(" 7 |     layers.Conv2d(32, kernel_size=(3, 3), activation=\"relu\"),", lines[1]);
        Assert.Equal("   |            ^^^^^^", lines[2]);
    }
}
