using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras;

/// <summary>The diagnostics users see: message texts, lines and columns, and the rendered caret excerpt.</summary>
public class DiagnosticTests
{
    private const string Imports = "from keras.models import Sequential\nfrom keras.layers import Conv2D, Dense, Flatten\n";

    private static Diagnostic SingleError(string source)
    {
        var result = KerasSource.Parse(source);
        return Assert.Single(result.Summarize().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Unknown_layer_suggests_the_closest_name()
    {
        var error = SingleError(Imports + "model = Sequential()\nmodel.add(Conv2d(32, (3, 3), input_shape=(28, 28, 1)))\n");
        Assert.Equal("unknown layer 'Conv2d' — did you mean 'Conv2D'?", error.Message);
        Assert.Equal((4, 11, 6), (error.Line, error.Column, error.Length));
        Assert.Equal("line 4, col 11: unknown layer 'Conv2d' — did you mean 'Conv2D'?", error.ToString());
    }

    [Fact]
    public void Unknown_layer_imported_from_keras_layers_is_reported_where_it_is_used()
    {
        var error = SingleError("from keras.layers import Dense, Dropuot\nfrom keras.models import Sequential\n"
                                + "model = Sequential([Dense(4, input_dim=3), Dropuot(0.5)])\n");
        Assert.Equal("unknown layer 'Dropuot' — did you mean 'Dropout'?", error.Message);
        Assert.Equal((3, 44), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_layer_without_a_close_name_has_no_suggestion()
    {
        var error = SingleError(Imports + "model = Sequential()\nmodel.add(Whatever(3))\n");
        Assert.Equal("unknown layer 'Whatever'", error.Message);
    }

    [Fact]
    public void Missing_required_argument_names_it()
    {
        var error = SingleError(Imports + "\n\nmodel = Sequential()\nmodel.add(Dense())\n");
        Assert.Equal("Dense() is missing its 'units' argument", error.Message);
        Assert.Equal((6, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Several_missing_arguments_are_listed()
    {
        var error = SingleError(Imports + "model = Sequential()\nmodel.add(Conv2D(input_shape=(8, 8, 1)))\n");
        Assert.Equal("Conv2D() is missing its 'filters' and 'kernel_size' arguments", error.Message);
    }

    [Fact]
    public void Undefined_name_in_a_layer_argument_is_a_name_error()
    {
        var error = SingleError(Imports + "model = Sequential()\nmodel.add(Conv2D(32, (3, 3), input_shape=input_shape))\n");
        Assert.Equal("name 'input_shape' is not defined", error.Message);
        Assert.Equal((4, 42, 11), (error.Line, error.Column, error.Length));
    }

    [Fact]
    public void Undefined_name_on_line_3_is_reported_on_line_3()
    {
        var error = SingleError("from keras.models import Sequential\nfrom keras.layers import Dense\nmodel = Sequential([Dense(10, input_shape=input_shape)])\n");
        Assert.Equal("line 3, col 43: name 'input_shape' is not defined", error.ToString());
    }

    [Fact]
    public void Unknown_argument_suggests_the_keras_name()
    {
        var source = Imports + "import numpy as np\n\n\n\n\nmodel = Sequential()\nmodel.add(Conv2D(32, kernal_size=(3, 3), input_shape=(28, 28, 1)))\n";
        var error = SingleError(source);
        Assert.Equal("unknown argument 'kernal_size' for Conv2D — did you mean 'kernel_size'?", error.Message);
        Assert.Equal((9, 22, 11), (error.Line, error.Column, error.Length));
    }

    [Fact]
    public void Display_only_arguments_are_accepted_and_dropped()
    {
        var result = KerasSource.Parse(Imports + "model = Sequential([Dense(4, input_dim=3, kernel_initializer='he_normal', "
                                       + "bias_regularizer=regularizers.l2(0.01), kernel_constraint=None)])\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(16, result.Summarize().Summary!.Totals.Params); // (3+1)·4
    }

    [Fact]
    public void Unknown_value_in_a_layer_argument_names_the_code_it_depends_on()
    {
        var source = "from keras.datasets import mnist\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "(x_train, y_train), _ = mnist.load_data()\nmodel = Sequential([Dense(10, input_dim=x_train.shape[1])])\n";
        var error = SingleError(source);
        Assert.Equal("Dense argument 'input_dim' cannot be read: it depends on 'mnist.load_data()' (line 4), which is only known when the code runs", error.Message);
        Assert.Equal((5, 41), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_value_inside_a_shape_tuple_is_reported()
    {
        var source = "import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import LSTM\n"
                     + "X = np.load('x.npy')\nmodel = Sequential([LSTM(8, input_shape=(X.shape[1], X.shape[2]))])\n";
        var error = SingleError(source);
        Assert.Equal("LSTM argument 'input_shape' cannot be read: it depends on 'np.load('x.npy')' (line 4), which is only known when the code runs", error.Message);
        Assert.Equal((5, 41), (error.Line, error.Column));
        Assert.Equal("the reader does not run data loading or library calls; write the value as a number", error.Hint);
    }

    [Fact]
    public void Wrong_type_of_argument_says_what_keras_expects()
    {
        var error = SingleError(Imports + "model = Sequential([Dense('ten', input_dim=3)])\n");
        Assert.Equal("Dense argument 'units' must be an integer, but it is 'ten'", error.Message);
        Assert.Equal((3, 27), (error.Line, error.Column));
    }

    [Fact]
    public void Input_shape_without_a_comma_is_explained()
    {
        var error = SingleError(Imports + "model = Sequential([Dense(10, input_shape=(784))])\n");
        Assert.Equal("Dense argument 'input_shape' must be a tuple of integers, but it is 784", error.Message);
        Assert.Equal("write input_shape=(784,) — the comma makes it a tuple", error.Hint);
    }

    [Fact]
    public void Too_many_positional_arguments_point_at_the_first_extra_one()
    {
        var error = SingleError(Imports + "model = Sequential([Dense(10, 'relu', True, 'zeros', input_dim=3)])\n");
        Assert.StartsWith("Dense() takes at most 3 positional arguments (units, activation, use_bias), but 4 were given", error.Message);
        Assert.Equal((3, 45), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("model = Sequential([Dense(10 activation='relu')])\n", 3, 30, "invalid syntax. Perhaps you forgot a comma?")]
    [InlineData("model = Sequential([Dense(10, input_dim=3)]\nmodel.summary()\n", 3, 19, "'(' was never closed")]
    [InlineData("model = Sequential()\n  model.add(Dense(1))\n", 4, 3, "unexpected indent")]
    [InlineData("for i in range(3)\n    pass\n", 3, 18, "expected ':'")]
    [InlineData("if True:\nx = 1\n", 4, 1, "expected an indented block after 'if' statement on line 3")]
    [InlineData("x = 'abc\n", 3, 5, "unterminated string literal (detected at line 3)")]
    [InlineData("x = [1, 2))\n", 3, 10, "closing parenthesis ')' does not match opening parenthesis '['")]
    [InlineData("print 'hello'\n", 3, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?")]
    [InlineData("x = 007\n", 3, 5, "leading zeros in decimal integer literals are not permitted")]
    [InlineData("x = 1 $ 2\n", 3, 7, "invalid character '$' (U+0024)")]
    [InlineData("model.add(Dense(10)) model.add(Dense(5))\n", 3, 22, "invalid syntax")]
    [InlineData("if x = 1:\n    pass\n", 3, 6, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")]
    public void Syntax_errors_point_at_the_first_bad_token(string code, int line, int column, string message)
    {
        var result = KerasSource.Parse(Imports + code);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Null(result.Model);
    }

    [Fact]
    public void Model_errors_from_the_core_point_at_the_failing_layer()
    {
        // Keras: a 5×5 'valid' kernel cannot slide over a 3×3 input.
        var source = Imports + "model = Sequential()\nmodel.add(Conv2D(8, (3, 3), input_shape=(5, 5, 1)))\n"
                     + "model.add(Conv2D(8, (5, 5)))\nmodel.add(Flatten())\n";
        var read = KerasSource.Parse(source).Summarize();
        var error = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Same(read.ModelError, error);
        Assert.Equal("Conv2D kernel 5×5 is larger than its 3×3 input", error.Message);
        Assert.Equal("use padding='same' or a smaller kernel_size", error.Hint);
        Assert.Equal((5, 11), (error.Line, error.Column));
        Assert.Equal("Conv2D(8, (5, 5))".Length, error.Length);
        Assert.Single(read.Summary!.Rows); // the rows before the failing layer
    }

    [Fact]
    public void Model_error_of_a_layer_bound_to_a_variable_points_where_it_was_created()
    {
        var source = Imports + "big = Conv2D(8, 7)\nmodel = Sequential([Conv2D(8, 3, input_shape=(6, 6, 1))])\nmodel.add(big)\n";
        var error = Assert.Single(KerasSource.Parse(source).Summarize().Diagnostics, d => d.IsError);
        Assert.Equal((3, 7), (error.Line, error.Column));
    }

    [Fact]
    public void Rendered_diagnostic_shows_the_line_and_a_caret_under_the_span()
    {
        var source = Imports + "model = Sequential()\nmodel.add(Conv2d(32, 3))\n";
        var result = KerasSource.Parse(source);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(
            " 4 | model.add(Conv2d(32, 3))\n" +
            "   |           ^^^^^^\n", result.Render(error));
        Assert.Equal(
            "model.py:4:11: error: unknown layer 'Conv2d' — did you mean 'Conv2D'?\n" +
            " 4 | model.add(Conv2d(32, 3))\n" +
            "   |           ^^^^^^\n", DiagnosticFormatter.Format(error, source, "model.py"));
    }

    [Fact]
    public void Rendered_caret_follows_tabs_and_wide_characters_and_shows_the_hint()
    {
        var source = "from keras.layers import Dense\nx = 1\t# 注释\n\tmodel = Dense()\n";
        var diagnostic = new Diagnostic { Severity = DiagnosticSeverity.Error, Line = 3, Column = 10, Length = 5, Message = "m", Hint = "h" };
        Assert.Equal(" 3 | \tmodel = Dense()\n   | \t        ^^^^^\n   = hint: h\n", DiagnosticFormatter.Render(diagnostic, source));
        var wide = new Diagnostic { Severity = DiagnosticSeverity.Info, Line = 2, Column = 10, Length = 1, Message = "m" };
        Assert.Equal(" 2 | x = 1\t# 注释\n   |      \t    ^^\n", DiagnosticFormatter.Render(wide, source));
    }

    [Fact]
    public void Undecidable_if_takes_the_first_branch_with_a_note()
    {
        var source = "import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import Dense\n"
                     + "x = np.load('x.npy')\nif x.ndim == 2:\n    n = 8\nelse:\n    n = 16\n"
                     + "model = Sequential([Dense(n, input_dim=4)])\n";
        var result = KerasSource.Parse(source);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Equal((5, 4), (note.Line, note.Column));
        Assert.Equal("the condition 'x.ndim == 2' is only known when the code runs; the reader took the 'if' branch (line 5)", note.Message);
        Assert.Equal(8, result.Summarize().Summary!.Rows[0].OutputShape[-1]);
    }

    [Fact]
    public void A_keras_layer_the_library_lacks_is_reported_as_unsupported()
    {
        var error = SingleError(Imports + "from keras.layers import LocallyConnected1D\nmodel = Sequential([Dense(2, input_dim=2), LocallyConnected1D(4, 3)])\n");
        Assert.Equal("'LocallyConnected1D' is a Keras layer the reader does not support yet", error.Message);
        Assert.Equal((4, 44), (error.Line, error.Column));
    }

    [Fact]
    public void Undecidable_elif_says_which_branch_was_taken()
    {
        var source = "import sys\nmode = sys.argv[1]\nif mode == 'small':\n    n = 2\nelif mode == 'large':\n    n = 8\nelse:\n    n = 4\n";
        var notes = KerasSource.Parse(source).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).ToList();
        // The first condition is already unknown: its branch is taken and the elif is never looked at.
        var note = Assert.Single(notes, d => d.Message.StartsWith("the condition", StringComparison.Ordinal));
        Assert.Equal("the condition 'mode == 'small'' is only known when the code runs; the reader took the 'if' branch (line 3)", note.Message);
        var elif = KerasSource.Parse("import sys\nif 1 > 2:\n    n = 2\nelif sys.argv:\n    n = 8\n").Diagnostics
            .Single(d => d.Message.StartsWith("the condition", StringComparison.Ordinal));
        Assert.Equal("the condition 'sys.argv' is only known when the code runs; the reader took the 'elif' branch (line 4)", elif.Message);
    }

    [Fact]
    public void A_failing_assert_is_a_warning()
    {
        var result = KerasSource.Parse("assert(7 * (20 + 1) == 148)\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("assertion fails: 7 * (20 + 1) == 148", warning.Message);
    }

    [Fact]
    public void An_argument_given_twice_is_an_error()
    {
        var error = SingleError(Imports + "model = Sequential([Dense(4, units=5, input_dim=2)])\n");
        Assert.Equal("Dense() got multiple values for argument 'units'", error.Message);
        Assert.Equal((3, 30), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_sequential_argument_is_an_error()
    {
        var error = SingleError(Imports + "model = Sequential(nmae='x')\n");
        Assert.Equal("unknown argument 'nmae' for Sequential — did you mean 'name'?", error.Message);
    }

    [Fact]
    public void Adding_something_that_is_not_a_layer_is_an_error()
    {
        var error = SingleError(Imports + "model = Sequential()\nmodel.add(Dense)\n");
        Assert.Equal("a layer class was given where a layer is expected: write Dense(...) with its arguments", error.Message);
        Assert.Equal((4, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Missing_sequential_model_variable_is_a_name_error()
    {
        var error = SingleError(Imports + "model.add(Dense(3, input_dim=2))\n");
        Assert.Equal("name 'model' is not defined", error.Message);
        Assert.Equal((3, 1), (error.Line, error.Column));
    }

    [Fact]
    public void A_syntax_error_anywhere_means_nothing_runs()
    {
        // Python runs nothing of a cell with a syntax error: no model, no other diagnostics.
        var source = Imports + "model = Sequential([Dense(2, input_dim=undefined_name)])\nwhile True:\n    pass\nx = (1,\n";
        foreach (var result in new[] { KerasSource.Parse(source), new KerasSession().Read(source) })
        {
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("'(' was never closed", error.Message);
            Assert.Equal((6, 5), (error.Line, error.Column));
            Assert.Empty(result.Models);
        }
    }

    [Fact]
    public void A_session_is_unchanged_by_a_cell_with_a_syntax_error()
    {
        var session = new KerasSession();
        session.Read("n = 3\n");
        session.Read("n = 4\nx = (\n");
        var result = session.Read(Imports + "model = Sequential([Dense(n, input_dim=1)])\n");
        Assert.Equal(6, result.Summarize().Summary!.Totals.Params); // n is still 3: (1 + 1)·3
    }

    [Theory]
    [InlineData("")]
    [InlineData("while True:\n    pass\n")]
    public void A_syntax_error_after_a_large_model_means_nothing_runs(string before)
    {
        // Large texts run while they are parsed; a syntax error at the end must still discard everything.
        var sb = new System.Text.StringBuilder(Imports + "model = Sequential([Dense(2, input_dim=2)])\n" + before);
        for (int i = 0; i < 4000; i++) sb.Append("model.add(Dense(2, activation='relu'))\n");
        sb.Append("model.add(Dense(2)\n");
        var result = KerasSource.Parse(sb.ToString());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("'(' was never closed", error.Message);
        Assert.Equal(4004 + before.Split('\n').Length - 1, error.Line);
        Assert.Empty(result.Models);
    }
}
