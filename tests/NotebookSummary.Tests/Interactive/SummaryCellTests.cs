using NotebookSummary.Interactive;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Rendering.Html.HtmlTestSupport;

namespace NotebookSummary.Tests.Interactive;

/// <summary>
/// The #!summary cell without a kernel: Keras source and raw directive parameters in, what to display or why the
/// cell fails out. Expected tables are Keras 3's own prints (conformance cases); diagnostics are the reader's,
/// checked for how the cell lays them out.
/// </summary>
public class SummaryCellTests
{
    private static Dictionary<string, string> Format(string raw) => new() { ["--format"] = raw };

    [Theory]
    [InlineData("0007")] // seed 001's CNN, with variables
    [InlineData("0016")] // seed 002's LSTM, keras.Input(shape=(None,))
    [InlineData("0026")] // VGG16 built in a loop
    [InlineData("0033")] // Keras's MNIST convnet
    public void Text_format_prints_what_keras_3_prints(string caseId)
    {
        var c = ConformanceCase.Load(caseId);
        c.AssertMatches(TextCellSummary(c.Source, c.Keras3Summary()!));
    }

    /// <summary>Runs a cell with <c>--format "text"</c>, asserts it prints <paramref name="keras3"/> and returns its summary.</summary>
    internal static NotebookSummary.Analysis.ModelSummary TextCellSummary(string source, string keras3)
    {
        var result = new SummaryCell().Run(source, Format("\"text\"")); // the kernel passes the quotes along
        Assert.False(result.Failed, result.FailureMessage);
        var output = Assert.Single(result.Outputs);
        Assert.Equal(MimeTypes.PlainText, output.MimeType);
        Assert.Equal(keras3, output.Content);
        return Assert.Single(result.Summaries);
    }

    [Fact]
    public void Without_parameters_the_cell_shows_the_html_summary()
    {
        var c = ConformanceCase.Load("0033");
        var result = new SummaryCell().Run(c.Source, null);
        Assert.False(result.Failed);
        var output = Assert.Single(result.Outputs);
        Assert.Equal(MimeTypes.Html, output.MimeType);
        AssertRowsAsKerasReported(c, output.Content);
        Assert.False(AllLayerRowsOpen(output.Content));
    }

    [Fact]
    public void Formulas_opens_every_walk_through()
    {
        var result = new SummaryCell().Run(ConformanceCase.Load("0033").Source, new Dictionary<string, string> { ["--formulas"] = "" });
        string html = Assert.Single(result.Outputs).Content;
        Assert.True(AllLayerRowsOpen(html));
    }

    [Theory]
    [InlineData("svg", MimeTypes.Html, "<style>")] // the notebook's fragment: its container query, then the drawings
    [InlineData("keras2", MimeTypes.PlainText, "Model: \"sequential\"")]
    [InlineData("ascii", MimeTypes.PlainText, "      OPERATION")]
    [InlineData("markdown", MimeTypes.PlainText, "**Model:** sequential")]
    [InlineData("json", MimeTypes.PlainText, "{")]
    public void Every_format_is_displayed_with_its_mime_type(string format, string mimeType, string start)
    {
        var c = ConformanceCase.Load("0033");
        var result = new SummaryCell().Run(c.Source, Format(format));
        var output = Assert.Single(result.Outputs);
        Assert.Equal(mimeType, output.MimeType);
        Assert.StartsWith(start, output.Content);
        Assert.Equal(SummaryRenderer.Render(result.Summaries[0], Enum.Parse<SummaryFormat>(format, ignoreCase: true)), output.Content);
    }

    [Fact]
    public void An_unknown_format_fails_the_cell_before_reading_the_code()
    {
        var cell = new SummaryCell();
        var result = cell.Run("model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])", Format("\"htm\""));
        Assert.True(result.Failed);
        Assert.Empty(result.Outputs);
        Assert.Equal("error: unknown --format 'htm': use html, text, keras2, ascii, svg, markdown, json — did you mean 'html'?",
            result.FailureMessage);
        // The code was not run: the next cell knows no model.
        var next = cell.Run("model.summary()", Format("text"));
        Assert.False(next.Failed);
        Assert.Empty(next.Summaries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData(null)]
    public void An_empty_cell_fails_with_a_clear_message(string? code)
    {
        var result = new SummaryCell().Run(code, null);
        Assert.True(result.Failed);
        Assert.Empty(result.Outputs);
        Assert.Equal(SummaryCell.EmptyCellMessage, result.FailureMessage);
        Assert.StartsWith("The #!summary cell is empty: write or paste Keras code below the #!summary line", result.FailureMessage);
    }

    private const string Misspelled = """
        from tensorflow import keras
        from tensorflow.keras import layers

        model = keras.Sequential([
            keras.Input(shape=(28, 28, 1)),
            layers.Conv2d(32, 3, activation="relu"),
            layers.Flatten(),
            layers.Dense(10),
        ])
        """;

    [Fact]
    public void An_error_fails_the_cell_with_the_source_line_a_caret_and_the_message()
    {
        var result = new SummaryCell().Run(Misspelled, null);
        Assert.True(result.Failed);
        Assert.Empty(result.Outputs); // a model with a layer missing would show wrong numbers
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(6, diagnostic.Line);

        var lines = result.FailureMessage!.Split('\n');
        Assert.Equal("error: " + diagnostic.Message, lines[0]);
        Assert.Contains("'Conv2d'", lines[0]);
        Assert.Contains("Conv2D", lines[0]); // the suggestion
        Assert.Equal(" 6 |     layers.Conv2d(32, 3, activation=\"relu\"),", lines[1]);
        // The caret starts under "Conv2d" (column 12 of the source line, after the " 6 | " gutter).
        int sourceColumn = lines[1].IndexOf("Conv2d", StringComparison.Ordinal);
        Assert.StartsWith("   | ", lines[2]);
        Assert.Equal(sourceColumn, lines[2].IndexOf('^'));
        Assert.Equal(diagnostic.Column - 1, sourceColumn - " 6 | ".Length);
    }

    private const string KernelTooLarge = """
        from keras.models import Sequential
        from keras.layers import Conv2D, Dense, Flatten
        model = Sequential()
        model.add(Conv2D(8, (3, 3), input_shape=(4, 4, 1)))
        model.add(Conv2D(8, (5, 5)))
        model.add(Flatten())
        model.summary()
        """;

    [Fact]
    public void A_model_keras_would_reject_is_shown_up_to_the_failing_layer_and_fails_the_cell()
    {
        var result = new SummaryCell().Run(KernelTooLarge, Format("text"));
        Assert.True(result.Failed);
        // Keras: a 3×3 valid convolution makes the 4×4 input 2×2 (80 = (3·3·1 + 1)·8); a 5×5 kernel cannot follow.
        var summary = Assert.Single(result.Summaries);
        Assert.Equal(80, Assert.Single(summary.Rows).Params);
        string table = Assert.Single(result.Outputs).Content;
        Assert.Contains("(None, 2, 2, 8)", table);
        Assert.Contains("kernel 5×5 is larger than its 2×2 input", table);

        var lines = result.FailureMessage!.Split('\n');
        Assert.Equal("error: Conv2D kernel 5×5 is larger than its 2×2 input", lines[0]);
        Assert.Equal(" 5 | model.add(Conv2D(8, (5, 5)))", lines[1]);
        Assert.Equal("   |           ^^^^^^^^^^^^^^^^^", lines[2]); // the whole Conv2D(...) call
        Assert.StartsWith("   = hint: ", lines[3]);
        Assert.Contains("padding='same'", lines[3]);
    }

    [Fact]
    public void A_warning_is_shown_after_the_summary_and_does_not_fail_the_cell()
    {
        const string code = """
            from keras.models import Sequential
            from keras.layers import Dense
            model = Sequential()
            model.add(Dense(7, input_dim=20))
            assert(7 * (20+1) == 148)
            """;
        var result = new SummaryCell().Run(code, Format("text"));
        Assert.False(result.Failed);
        Assert.Null(result.FailureMessage);
        Assert.Equal(2, result.Outputs.Count);
        Assert.Contains("147", result.Outputs[0].Content); // Keras: (20 + 1)·7
        var warning = result.Outputs[1];
        Assert.Equal(MimeTypes.PlainText, warning.MimeType);
        var lines = warning.Content.Split('\n');
        Assert.StartsWith("warning: ", lines[0]);
        Assert.Equal(" 5 | assert(7 * (20+1) == 148)", lines[1]);
        Assert.Contains("^", lines[2]);
    }

    [Fact]
    public void Cells_share_their_variables_like_a_python_kernel()
    {
        var cell = new SummaryCell();
        var definitions = cell.Run("img_rows, img_cols = 8, 8\nnum_classes = 10", Format("text"));
        Assert.False(definitions.Failed);
        Assert.Empty(definitions.Summaries);

        var build = cell.Run("""
            from keras.models import Sequential
            from keras.layers import Conv2D, Flatten, Dense
            model = Sequential()
            model.add(Conv2D(32, kernel_size=(3, 2), input_shape=(img_rows, img_cols, 1)))
            model.add(Flatten())
            model.add(Dense(num_classes))
            """, Format("text"));
        Assert.False(build.Failed, build.FailureMessage);
        // Keras: (3·2·1 + 1)·32 = 224 on (None, 6, 7, 32); Dense((6·7·32 + 1)·10 = 13,450).
        Assert.Contains("(None, 6, 7, 32)", build.Outputs[0].Content);
        Assert.Contains("13,450", build.Outputs[0].Content);

        var show = cell.Run("model.summary()", Format("text"));
        Assert.False(show.Failed);
        Assert.Equal(build.Outputs[0].Content, Assert.Single(show.Outputs).Content);
    }

    [Fact]
    public void A_cell_without_a_model_after_one_was_built_says_so_without_failing()
    {
        var cell = new SummaryCell();
        cell.Run("import keras\nmodel = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])", null);
        var result = cell.Run("batch_size = 128", null);
        Assert.False(result.Failed);
        Assert.Equal(new CellOutput(MimeTypes.PlainText, SummaryCell.NoModelNote), Assert.Single(result.Outputs));
    }

    [Fact]
    public void Every_model_the_cell_summarizes_is_shown_in_order()
    {
        const string code = """
            import keras
            a = keras.Sequential([keras.Input((20,)), keras.layers.Dense(7)], name="a")
            a.summary()
            b = keras.Sequential([keras.Input((13,)), keras.layers.Dense(1)], name="b")
            b.summary()
            """;
        var result = new SummaryCell().Run(code, Format("text"));
        Assert.Equal(new[] { "a", "b" }, result.Summaries.Select(s => s.Name));
        Assert.Equal(2, result.Outputs.Count);
        Assert.StartsWith("Model: \"a\"", result.Outputs[0].Content);
        Assert.StartsWith("Model: \"b\"", result.Outputs[1].Content);
    }

    [Fact]
    public void Without_summary_calls_the_cell_shows_the_model_it_builds()
    {
        const string code = """
            import keras
            model = keras.Sequential([keras.Input((20,)), keras.layers.Dense(7)])
            """;
        var result = new SummaryCell().Run(code, Format("text"));
        Assert.Contains("147", Assert.Single(result.Outputs).Content); // (20 + 1)·7
    }

    // Where CPython reports each mistake: the null byte at the start, the innermost bracket left open, the ')' with no '('.
    [Theory]
    [InlineData("\0\0\0", 1, 1, false)]
    [InlineData("model = Sequential(", 1, 19, true)]
    [InlineData("))))", 1, 1, true)]
    [InlineData("model.add(Dense(", 1, 16, true)]
    public void Garbage_fails_the_cell_at_the_mistake_with_a_hint(string code, int line, int column, bool hint)
    {
        var result = new SummaryCell().Run(code, null);
        Assert.True(result.Failed);
        Assert.False(string.IsNullOrWhiteSpace(result.FailureMessage));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.InRange(error.Column, 1, code.Length);
        // A null byte has no fix to suggest beyond the message; every syntax mistake says how to fix it.
        Assert.Equal(hint, !string.IsNullOrWhiteSpace(error.Hint));
    }
}
