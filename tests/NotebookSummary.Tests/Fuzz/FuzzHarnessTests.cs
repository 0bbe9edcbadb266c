using CsCheck;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Support;
using static NotebookSummary.Tests.Fuzz.SourceEdit;
using NotebookSummary.Rendering.Html;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// The fuzz tests are worth their cases only if their checks catch what they look for, their generators reach the
/// renderers, and a printed seed replays its case: each is shown here on a known input.
/// </summary>
public class FuzzHarnessTests
{
    private static readonly Sequential Benign = SeedModels.DigitsCnn();

    [Fact]
    public void The_html_check_passes_the_renderer_and_rejects_markup_from_user_text()
    {
        var html = HtmlRenderer.Render(Benign.Summarize());
        HtmlOutputCheck.Assert(html);
        Assert.Throws<InvalidOperationException>(() => HtmlOutputCheck.Assert(html + "<img src=x onerror=nbsfuzz>"));
        Assert.Throws<InvalidOperationException>(() => HtmlOutputCheck.Assert(html.Replace("<span class=\"nbs-name\">", "<span class=\"nbs-name\" onclick=\"x\">")));
        Assert.Throws<InvalidOperationException>(() => HtmlOutputCheck.Assert(html.Replace("class=\"nbs-name\"", "class=\"nbs-name nbsfuzz\"")));
        Assert.Throws<InvalidOperationException>(() => HtmlOutputCheck.Assert(html + "<!-- nbsfuzz -->"));
    }

    [Fact]
    public void The_svg_check_passes_the_renderer_and_rejects_broken_or_foreign_markup()
    {
        var svg = SvgRenderer.Render(Benign.Summarize());
        SvgOutputCheck.Assert(svg);
        Assert.ThrowsAny<System.Xml.XmlException>(() => SvgOutputCheck.Assert(svg.Replace("</svg>", "<text>]]></svg>")));
        Assert.Throws<InvalidOperationException>(() => SvgOutputCheck.Assert(svg.Replace("</svg>", "<script>nbsfuzz</script></svg>")));
    }

    [Fact]
    public void The_svg_check_reads_the_notebooks_fragment_and_rejects_markup_around_its_drawings()
    {
        var fragment = SvgRenderer.Render(Benign.Summarize(), SvgOptions.Notebook);
        Assert.Equal(2, SvgOutputCheck.Parse(fragment).Count); // the wide and the narrow drawing
        SvgOutputCheck.Assert(fragment);
        Assert.ThrowsAny<System.Xml.XmlException>(() => SvgOutputCheck.Assert(fragment.Replace("</div>", "<p></div>")));
        Assert.Throws<InvalidOperationException>(() => SvgOutputCheck.Assert(fragment.Replace("</style>", "nbsfuzz</style>")));
        Assert.Throws<InvalidOperationException>(() => SvgOutputCheck.Assert(fragment.Replace("<div ", "<div onclick=\"x\" ")));
        Assert.Throws<InvalidOperationException>(() => SvgOutputCheck.Assert(fragment.Replace("</div>", "<img src=\"x\"/></div>")));
        Assert.Throws<InvalidOperationException>(() => SvgOutputCheck.Assert(fragment + "<script>nbsfuzz</script>"));
        Assert.Throws<InvalidOperationException>(() => SvgOutputCheck.Assert(fragment.Replace("nbs-svg-narrow\"", "nbs-svg-narrow\" onload=\"x\"")));
    }

    [Fact]
    public void The_json_check_rejects_a_name_that_does_not_read_back()
    {
        var summary = Benign.Summarize();
        var json = JsonRenderer.Render(summary);
        JsonOutputCheck.Assert(json, summary);
        var renamed = json.Replace($"\"{summary.Rows[0].Name}\"", "\"renamed\"");
        Assert.Throws<InvalidOperationException>(() => JsonOutputCheck.Assert(renamed, summary));
    }

    [Fact]
    public void Every_hostile_name_reaches_the_summary_through_the_reader_unchanged()
    {
        for (int template = 0; template < 40; template++)
        {
            var name = HostileText.Name(template, 0);
            // The reader keeps "\ud83d" as written rather than make an unpaired UTF-16 unit; the C# API fuzzes those.
            if (HostileText.WithoutLoneSurrogates(name) != name) continue;
            var code = "from tensorflow import keras\nmodel = keras.Sequential(name=" + HostileText.PythonLiteral(name) + ")\n"
                       + "model.add(keras.layers.Dense(2, input_shape=(3,), name=" + HostileText.PythonLiteral(name + "!") + "))\n";
            var summary = KerasSource.Parse(code).Summarize().Summary!;
            Assert.Equal(name, summary.Name);
            Assert.Equal(name + "!", summary.Rows[0].Name);
        }
    }

    [Theory]
    [InlineData(nameof(EditKind.ExtremeNumber), 1, 3, "Dense(64, input_shape=(2**31-1,))")]
    [InlineData(nameof(EditKind.NameCall), 0, 32, "Dense(64, input_shape=(8,), name=\"\")")]
    [InlineData(nameof(EditKind.SwapTokens), 0, 2, "64(Dense, input_shape=(8,))")]
    [InlineData(nameof(EditKind.DeleteLine), 0, 0, "")]
    public void Source_edits_change_what_they_name(string kind, int at, int pick, string expected) =>
        Assert.Equal(expected, new SourceEdit(Enum.Parse<EditKind>(kind), at, pick, 0).ApplyTo("Dense(64, input_shape=(8,))"));

    [Fact]
    public void A_printed_seed_replays_its_case()
    {
        var gen = RandomModel.Gen(maxLayers: 4);
        for (ulong i = 0; i < 5; i++)
        {
            var pcg = new PCG(12345, i);
            string seed = pcg.ToString();
            string generated = gen.Generate(pcg, null, out _).ToString();
            string? replayed = null;
            gen.Sample(m => { replayed ??= m.ToString(); }, iter: 1, threads: 1, seed: seed);
            Assert.Equal(generated, replayed);
        }
    }
}
