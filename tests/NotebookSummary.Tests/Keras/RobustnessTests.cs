using System.Text;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// Whatever the input, reading never throws and stops at a documented limit (<see cref="ReaderLimits"/>) with a
/// diagnostic, with bounded work; the reader's internal safety net (an "internal error" diagnostic) never fires.
/// </summary>
public class RobustnessTests
{
    /// <summary>
    /// What one read may allocate. The limits bound the steps of a run (<see cref="ReaderLimits.MaxWork"/>) and the
    /// size of what it builds; the costliest input here (a dict grown to the limit) allocates about 100 MB. Far more
    /// means some step does unbounded work for one unit of the budget. (Work that allocates nothing, like
    /// <c>while True: pass</c>, is bounded by the budget itself: its stop message is asserted.)
    /// </summary>
    private const long MaxAllocatedBytes = 256L << 20;

    private static KerasSummary ReadSafely(string text, long maxAllocatedBytes = MaxAllocatedBytes)
    {
        KerasReadResult result = null!;
        KerasSummary summary = null!;
        long allocated = WorkMeter.AllocatedBytes(() =>
        {
            result = KerasSource.Parse(text);
            summary = result.Summarize();
        });
        Assert.DoesNotContain(summary.Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
        Assert.True(allocated <= maxAllocatedBytes, $"allocated {allocated:N0} bytes; at most {maxAllocatedBytes:N0} expected");
        foreach (var d in summary.Diagnostics) _ = result.Render(d); // rendering never throws either
        return summary;
    }

    private static Diagnostic SingleError(KerasSummary summary) => Assert.Single(summary.Diagnostics, d => d.IsError);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    [InlineData("# just a comment")]
    [InlineData("\uFEFFx = 1")]
    [InlineData("\r\n\r\nx = 1\r\n")]
    public void Text_without_a_model_has_no_model_and_no_error(string text)
    {
        var summary = ReadSafely(text);
        Assert.Null(summary.Summary);
        Assert.DoesNotContain(summary.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Binary_garbage_is_a_syntax_error()
    {
        var random = new Random(20240611);
        for (int i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 5000)];
            random.NextBytes(bytes);
            ReadSafely(Encoding.Latin1.GetString(bytes));
            ReadSafely(Encoding.UTF8.GetString(bytes));
        }
        var error = SingleError(ReadSafely("x = 1\0"));
        Assert.Equal("source code cannot contain null bytes", error.Message);
    }

    [Fact]
    public void A_ten_megabyte_paste_is_refused_at_once()
    {
        // At once: without lexing it or copying it (20 MB), which would allocate far more than 64 KB.
        var text = new string('x', 10_000_000);
        KerasSource.Parse(text); // warm-up: the first read loads the layer catalogue
        var error = SingleError(ReadSafely(text, maxAllocatedBytes: 64 << 10));
        Assert.Equal("the source is 10,000,000 characters long; the reader reads at most 2,000,000", error.Message);
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_stop_at_the_nesting_limit()
    {
        var error = SingleError(ReadSafely("x = " + new string('(', 10_000) + "1" + new string(')', 10_000)));
        Assert.Equal("too many nested parentheses (the reader allows 100)", error.Message);
        Assert.Equal(105, error.Column);
    }

    [Theory]
    [InlineData("x = ", "-", "1", 20_000)]
    [InlineData("x = ", "not ", "1", 20_000)]
    [InlineData("x = ", "1 + ", "1", 50_000)]
    [InlineData("x = a", ".b", "", 50_000)]
    [InlineData("x = f", "()", "", 50_000)]
    [InlineData("x = a", "[0]", "", 50_000)]
    [InlineData("x = ", "2 ** ", "1", 50_000)]
    [InlineData("x = ", "lambda: ", "1", 20_000)]
    public void Long_operator_chains_stop_at_the_depth_limit(string prefix, string unit, string suffix, int repeat)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(unit, repeat)) + suffix;
        var error = SingleError(ReadSafely(text));
        Assert.Contains("(the reader allows", error.Message);
    }

    [Fact]
    public void Deep_indentation_stops_at_the_nesting_limit()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 150; i++) sb.Append(new string(' ', i)).Append("if True:\n");
        sb.Append(new string(' ', 150)).Append("pass\n");
        Assert.Equal("too many levels of indentation (the reader allows 100)", SingleError(ReadSafely(sb.ToString())).Message);
    }

    [Theory]
    [InlineData("for i in range(10**12):\n    pass\n")]
    [InlineData("while True:\n    pass\n")]
    [InlineData("i = 0\nwhile i >= 0:\n    i += 1\n")]
    [InlineData("x = [sum(range(10**6)) for _ in range(10**6)]\n")]
    [InlineData("s = 'x' * 500000\nfor i in range(1000):\n    t = s.upper()\n")]
    [InlineData("a = list(range(100000))\nfor i in range(100000):\n    b = i in a\n")]
    [InlineData("s = 'ab' * 100000\nfor i in range(1000):\n    t = f'{s}{i}'\n")]
    public void Endless_or_huge_loops_stop_at_the_work_budget(string text)
    {
        var error = SingleError(ReadSafely(text));
        Assert.StartsWith("stopped: the code does more work than the reader allows", error.Message);
    }

    [Fact]
    public void A_dict_growing_forever_stops_at_a_limit()
    {
        var error = SingleError(ReadSafely("d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n"));
        Assert.StartsWith("stopped: the code", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_loop_adding_layers_forever_stops_at_the_layer_limit()
    {
        var text = "from keras.models import Sequential\nfrom keras.layers import Dense\nm = Sequential([Dense(2, input_dim=2)])\n"
                   + "for i in range(10**12):\n    m.add(Dense(2))\n";
        // Every layer the loop creates is kept in the model until the limit: memory in proportion to the limit
        // (4 KB a layer, read and summarized), not to the loop's 10**12 iterations.
        var error = SingleError(ReadSafely(text, maxAllocatedBytes: ReaderLimits.MaxLayers * 4096L));
        Assert.Equal("stopped: the code creates more than 200,000 layers", error.Message);
        Assert.Equal(5, error.Line);
    }

    [Theory]
    [InlineData("x = 'a' * 10**9\n", "stopped: the code builds a list, tuple or string of 1,000,000,000 elements; the reader allows 1,000,000")]
    [InlineData("x = [0] * 10**7\n", "stopped: the code builds a list, tuple or string of 10,000,000 elements; the reader allows 1,000,000")]
    [InlineData("x = list(range(10**9))\n", "stopped: the code builds a list, tuple or string of 1,000,000,000 elements; the reader allows 1,000,000")]
    [InlineData("x = [1]\nwhile True:\n    x = x + x\n", "stopped: the code builds a list, tuple or string of 1,048,576 elements; the reader allows 1,000,000")]
    [InlineData("from keras.models import Sequential\nm = Sequential(range(10**9))\n", "stopped: the code builds a list, tuple or string of 1,000,000,000 elements; the reader allows 1,000,000")]
    [InlineData("a, b = range(10**9)\n", "stopped: the code builds a list, tuple or string of 1,000,000,000 elements; the reader allows 1,000,000")]
    public void Huge_values_stop_at_the_collection_limit(string text, string message) =>
        Assert.Equal(message, SingleError(ReadSafely(text)).Message);

    [Theory]
    [InlineData("def f(n):\n    return f(n + 1)\nf(0)\n")]
    [InlineData("f = lambda n: f(n)\nf(1)\n")]
    [InlineData("def f():\n    def g():\n        return g()\n    return g()\nf()\n")]
    public void Endless_recursion_stops_at_the_call_depth_limit(string text) =>
        Assert.Equal("stopped: calls nested more than 50 deep (endless recursion?)", SingleError(ReadSafely(text)).Message);

    [Theory]
    [InlineData("x = 2**10**10\n")]
    [InlineData("x = 123456789012345678901234567890\n")]
    [InlineData("x = 9223372036854775807 + 1\n")]
    [InlineData("x = -9223372036854775807 * 2\n")]
    [InlineData("x = 1 << 64\n")]
    public void Integers_past_64_bits_are_reported_not_computed(string text)
    {
        var summary = ReadSafely(text);
        var warning = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.StartsWith("integer too large", warning.Message);
    }

    [Fact]
    public void An_integer_past_64_bits_in_a_layer_argument_is_an_error()
    {
        var summary = ReadSafely("from keras.models import Sequential\nfrom keras.layers import Dense\nmodel = Sequential([Dense(10**30, input_dim=2)])\n");
        var error = SingleError(summary);
        Assert.StartsWith("Dense argument 'units': integer too large", error.Message);
    }

    [Fact]
    public void Nested_values_are_printed_and_compared_within_limits()
    {
        var text = "x = []\nfor i in range(100000):\n    x = [x]\ny = str(x)\nz = x == x\nprint(f'{x}')\n"
                   + "w = []\nfor i in range(3000):\n    w = [w, w]\nv = repr(w)\n";
        ReadSafely(text);
    }

    [Fact]
    public void Values_of_every_kind_flow_through_operations_without_throwing()
    {
        string[] values =
        [
            "None", "True", "1", "-1", "0", "2.5", "float('nan')", "float('inf')", "'s'", "''", "(1, 2)", "()", "[1]", "[]",
            "{1: 2}", "{}", "{1}", "range(3)", "len", "print", "lambda: 1", "Dense", "Dense(1)", "Sequential()", "np", "np.x", "undefined",
            "9223372036854775807", "-9223372036854775807 - 1", "1e308", "1j", "...", "slice", "b'x'",
            "Input(shape=(3,))", "Dense(2)(Input(shape=(3,)))",
        ];
        string[] operations =
        [
            "a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "a ** b", "a @ b", "a & b", "a | b", "a ^ b", "a << b", "a >> b",
            "-a", "+a", "~a", "not a", "a < b", "a <= b", "a == b", "a != b", "a is b", "a in b", "a[b]", "a[b:b]", "a.b", "a(b)",
            "a(*b)", "a(**b)", "[*a]", "{**a}", "len(a)", "int(a)", "float(a)", "str(a)", "list(a)", "sorted(a)", "min(a, b)",
            "abs(a)", "round(a, b)", "divmod(a, b)", "range(a)", "f'{a}{b!r:>3}'", "'%s %d' % (a, b)", "'{}'.format(a)",
            "a if b else a", "[x for x in a]", "{x: b for x in a}", "dict(a)", "zip(a, b)", "enumerate(a)", "sum(a)",
            "a.format(b)", "a.join(b)", "a.split(b)", "a.append(b)", "a.get(b)", "a.pop(b)", "a.insert(b, b)",
            "a.replace(b, b)", "a.zfill(b)", "a.count(b)", "a.index(b)", "a.update(b)", "'{:{}}'.format(a, b)",
            "'{0:>10.3f}'.format(a)", "f'{a:,}'", "f'{a:08.2%}'", "f'{a:x}'", "'%5.1f|%-4d|%r' % (a, b, a)",
            "Dense(a)", "Dense(a, b)", "Dense(units=a, input_shape=b)", "Conv2D(a, b)", "Conv2D(2, a, strides=b, input_shape=(8, 8, 1))",
            "Sequential(a)", "Sequential([a, b])", "Sequential(name=a)", "Input(a)", "Input(shape=a, batch_size=b)",
            "InputLayer(input_shape=a)", "Reshape(a)", "ZeroPadding2D(a)", "Cropping2D(a)", "TimeDistributed(a)",
            "Bidirectional(a, b)", "Embedding(a, b, input_length=a)", "LSTM(a, input_dim=b, input_length=a)", "np.prod(a)",
            "math.ceil(a)", "K.set_image_data_format(a)", "cd.Model(input_shape=a)", "Sequential([Dense(2, input_dim=2)]).add(a)",
            "Sequential([Dense(2, input_dim=2)]).build(a)", "Dense(2, batch_input_shape=a)", "Dense(2, activation=a)",
            "Dense(2)(a)", "Model(a, b)", "Model(inputs=[a], outputs={'x': b})", "add([a, b])", "concatenate([a, b], axis=a)",
            "a.shape[b]", "a(a)",
        ];
        // One session, one run per operation: a limit reached by one operation (`[1] * 10**18`) ends only its run.
        var session = new KerasSession();
        session.Read("import numpy as np\nimport math\nimport convnet_drawer as cd\nfrom keras import backend as K\n"
                     + "from keras.models import Sequential, Model\nfrom keras.layers import *\n");
        foreach (var a in values)
            foreach (var b in values)
            {
                session.Read($"a = {a}; b = {b}\n");
                foreach (var op in operations)
                {
                    var result = session.Read("r = " + op + "\n");
                    Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
                    foreach (var model in result.Models)
                        Assert.DoesNotContain(result.Summarize(model).Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
                }
            }
    }
}
