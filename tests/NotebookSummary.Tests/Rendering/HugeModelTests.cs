using System.Text.Json;
using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Cli;
using NotebookSummary.Keras;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Cli;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// Valid models at the numeric extremes Keras accepts (every size an int32): their totals, byte counts and element
/// counts go beyond 64 bits, and no getter or renderer may throw for them. Expected values
/// are worked out below by hand.
/// </summary>
public class HugeModelTests
{
    private const long Max32 = int.MaxValue; // 2³¹ − 1, the largest size Keras takes

    // Dense(2³¹ − 1) on 2³¹ − 1 inputs: (n_in + 1)·units = 2³¹·(2³¹ − 1) = 2⁶² − 2³¹.
    private const long DenseParams = (1L << 62) - (1L << 31);
    // Embedding(2³¹ − 1, 2³¹ − 1): input_dim·output_dim = (2³¹ − 1)² = 2⁶² − 2³² + 1.
    private const long EmbeddingParams = (1L << 62) - (1L << 32) + 1;

    private const string Header = "import keras\nfrom keras import layers\n";

    // The summary, valid or not (a model error is a diagnostic too, so only the source's own errors are checked).
    private static ModelSummary Read(string model)
    {
        var source = KerasSource.Parse(Header + "model = keras.Sequential([" + model + "])\n");
        Assert.False(source.HasErrors, string.Join("; ", source.Diagnostics));
        return source.Summarize().Summary!;
    }

    public static TheoryData<string> HugeModels() => new()
    {
        "keras.Input((2**31-1,)), layers.Dense(2**31-1)",
        "keras.Input((10,)), layers.Embedding(2**31-1, 2**31-1)",
        "keras.Input((8, 8, 3)), layers.ZeroPadding2D(2**31-1)",
        "keras.Input((8, 8, 3)), layers.UpSampling2D(2**31-1)",
        "keras.Input((2**31-1,)*3), layers.Dropout(0.5)",
        "keras.Input((2**31-1, 2**31-1)), layers.Dropout(0.5)",
        // Invalid: two such Dense make 2⁶³ − 2³², the third takes the total past 2⁶³ − 1 (the error path renders the
        // rows before it).
        "keras.Input((2**31-1,)), layers.Dense(2**31-1), layers.Dense(2**31-1), layers.Dense(2**31-1)",
    };

    [Theory]
    [MemberData(nameof(HugeModels))]
    public void Every_format_renders_and_every_public_getter_answers(string model)
    {
        var summary = Read(model);
        foreach (var row in summary.Rows)
        {
            _ = (row.OutputElements, row.OutputBytes, row.OutputShape.SampleSize, row.InputShape.SampleSize);
            _ = row.WalkThrough;
        }
        _ = (summary.Totals.ParamsBytes, summary.Totals.TrainableBytes, summary.Totals.NonTrainableBytes);

        foreach (var format in Enum.GetValues<SummaryFormat>())
        {
            string text = SummaryRenderer.Render(summary, format, new RenderOptions { StandalonePage = true });
            Assert.False(string.IsNullOrEmpty(text), format.ToString());
        }
        JsonDocument.Parse(SummaryRenderer.Render(summary, SummaryFormat.Json)).Dispose();
        Assert.NotEmpty(SvgDrawings.Of(SummaryRenderer.Render(summary, SummaryFormat.Svg))); // each parses
    }

    [Fact]
    public void Dense_of_4_6e18_parameters_has_its_exact_bytes_in_json_and_its_size_in_text()
    {
        var summary = Read("keras.Input((2**31-1,)), layers.Dense(2**31-1)");
        Assert.True(summary.IsValid);
        Assert.Equal(DenseParams, summary.Totals.Params);
        // 4·(2⁶² − 2³¹) = 2⁶⁴ − 2³³: beyond a 64-bit integer, exact in JSON.
        Int128 bytes = ((Int128)1 << 64) - ((Int128)1 << 33);
        Assert.Equal(bytes, summary.Totals.ParamsBytes);

        using var json = JsonDocument.Parse(JsonRenderer.Render(summary));
        Assert.Equal("18446744065119617024", json.RootElement.GetProperty("total_bytes").GetRawText());
        Assert.Equal("18446744065119617024", json.RootElement.GetProperty("trainable_bytes").GetRawText());
        Assert.Equal("0", json.RootElement.GetProperty("non_trainable_bytes").GetRawText());

        // (2⁶⁴ − 2³³) B / 1024⁵ = 2¹⁴ − 2⁻¹⁷ PB, which rounds to 16384.00.
        string text = KerasTableRenderer.Render(summary);
        Assert.Contains(" Total params: 4,611,686,016,279,904,256 (16384.00 PB)\n", text);
    }

    [Fact]
    public void Embedding_of_2_pow_31_squared_has_exact_bytes_in_json_and_html()
    {
        var summary = Read("keras.Input((10,)), layers.Embedding(2**31-1, 2**31-1)");
        Assert.Equal(EmbeddingParams, summary.Totals.Params);
        using var json = JsonDocument.Parse(JsonRenderer.Render(summary));
        Assert.Equal((4 * (decimal)EmbeddingParams).ToString(System.Globalization.CultureInfo.InvariantCulture),
            json.RootElement.GetProperty("total_bytes").GetRawText());
        Assert.Contains("4,611,686,014,132,420,609", HtmlRenderer.Render(summary));
    }

    [Fact]
    public void The_error_path_keeps_the_totals_of_the_rows_before_the_error()
    {
        var summary = Read("keras.Input((2**31-1,)), layers.Dense(2**31-1), layers.Dense(2**31-1), layers.Dense(2**31-1)");
        Assert.False(summary.IsValid);
        Assert.Equal(2, summary.Rows.Count);
        // Two layers: 2·(2⁶² − 2³¹) = 2⁶³ − 2³² parameters, 4·that = 2⁶⁵ − 2³⁴ bytes.
        using var json = JsonDocument.Parse(JsonRenderer.Render(summary));
        Assert.Equal(long.MaxValue - uint.MaxValue, json.RootElement.GetProperty("total_params").GetInt64());
        Assert.Equal("36893488130239234048", json.RootElement.GetProperty("total_bytes").GetRawText());
    }

    [Fact]
    public void Output_elements_beyond_64_bits_are_null_not_an_exception()
    {
        // ZeroPadding2D(p) on 8×8×3: (8 + 2p)² · 3 with p = 2³¹ − 1 is 5.5·10¹⁹ > 2⁶³ − 1 ≈ 9.2·10¹⁸.
        var padded = Read("keras.Input((8, 8, 3)), layers.ZeroPadding2D(2**31-1)").Rows[0];
        Assert.Equal(new Shape(null, 8 + 2 * Max32, 8 + 2 * Max32, 3), padded.OutputShape);
        Assert.Null(padded.OutputElements);
        Assert.Null(padded.OutputBytes);

        // (2³¹ − 1)³ ≈ 9.9·10²⁷ values per sample.
        var cube = Read("keras.Input((2**31-1,)*3), layers.Dropout(0.5)");
        Assert.Null(cube.InputShape!.SampleSize);
        Assert.Null(cube.Rows[0].OutputElements);
        using var json = JsonDocument.Parse(JsonRenderer.Render(cube));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("layers")[0].GetProperty("output_elements").ValueKind);
    }

    [Fact]
    public void Output_bytes_are_null_when_only_the_times_four_overflows()
    {
        // (2³¹ − 1)² = 2⁶² − 2³² + 1 values fit 64 bits; four bytes each (about 2⁶⁴) do not.
        var row = Read("keras.Input((2**31-1, 2**31-1)), layers.Dropout(0.5)").Rows[0];
        Assert.Equal(EmbeddingParams, row.OutputElements);
        Assert.Null(row.OutputBytes);
    }

    [Fact]
    public void An_unknown_dimension_makes_the_sample_size_unknown_even_after_an_overflow()
    {
        Assert.Null(new Shape(null, Max32, Max32, Max32, 5).SampleSize);
        Assert.Null(new Shape(null, Max32, Max32, Max32, null).SampleSize);
        Assert.Equal(Max32 * Max32, new Shape(null, Max32, Max32).SampleSize);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    public void The_cli_prints_them_with_the_model_s_own_exit_code(string format)
    {
        string valid = Header + "model = keras.Sequential([keras.Input((2**31-1,)), layers.Dense(2**31-1)])\n";
        Assert.Equal(ExitCodes.Ok, CliRunner.RunWithInput(valid, "-", "-f", format).ExitCode);
        // The error path: the diagnostic, then the rows before the error, and exit 1 — not an internal error (3).
        string invalid = Header + "model = keras.Sequential([keras.Input((2**31-1,))" + string.Concat(Enumerable.Repeat(", layers.Dense(2**31-1)", 3)) + "])\n";
        var r = CliRunner.RunWithInput(invalid, "-", "-f", format);
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        Assert.DoesNotContain("internal error", r.Stderr);
    }
}
