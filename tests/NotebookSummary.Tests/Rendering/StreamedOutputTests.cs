using NotebookSummary.Analysis;
using NotebookSummary.Cli;
using NotebookSummary.Keras;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Cli;
using NotebookSummary.Tests.Support;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// Every format can be written to a <see cref="TextWriter"/> in pieces as it is rendered (<see cref="OutputSink"/>),
/// which the CLI does: the pieces put together are the string <c>Render</c> returns, character for character (so the
/// Keras 3 table stays Keras's printout, which the golden tests check on the string), and no piece grows with the model.
/// </summary>
public class StreamedOutputTests
{
    /// <summary>A writer that keeps what it is given and the length of the largest single write: the most output the
    /// writer's caller held at once.</summary>
    private sealed class WriteSpy : StringWriter
    {
        public WriteSpy() : base(System.Globalization.CultureInfo.InvariantCulture) => NewLine = "\n";

        public int LargestWrite { get; private set; }

        public int Writes { get; private set; }

        private void Saw(int length)
        {
            LargestWrite = Math.Max(LargestWrite, length);
            Writes++;
        }

        public override void Write(char value) { Saw(1); base.Write(value); }
        public override void Write(string? value) { Saw(value?.Length ?? 0); base.Write(value); }
        public override void Write(char[] buffer, int index, int count) { Saw(count); base.Write(buffer, index, count); }
        public override void Write(ReadOnlySpan<char> buffer) { Saw(buffer.Length); base.Write(buffer); }
    }

    public static TheoryData<string, string> CasesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in ConformanceCase.AllIds())
            foreach (var format in OutputFormats.All)
                data.Add(id, format.Name);
        return data;
    }

    private static string Streamed(OutputFormat format, ModelSummary summary, RenderOptions options, int drainChars,
        out WriteSpy spy)
    {
        spy = new WriteSpy();
        var sink = OutputSink.To(spy, drainChars: drainChars);
        format.Render(summary, options, sink);
        sink.Complete();
        return spy.ToString();
    }

    [Theory]
    [MemberData(nameof(CasesAndFormats))]
    public void Conformance_case_cut_at_every_boundary_is_the_rendered_string(string id, string formatName)
    {
        var summary = KerasSource.Parse(ConformanceCase.Load(id).Source).Summarize().Summary!;
        var format = OutputFormats.Named(formatName)!;
        foreach (bool formulas in new[] { false, true })
        {
            var options = new RenderOptions { ExpandFormulas = formulas, StandalonePage = true };
            // A piece of one character: the output is passed on at every boundary a renderer marks.
            Assert.Equal(format.Render(summary, options), Streamed(format, summary, options, drainChars: 1, out _));
        }
    }

    public static TheoryData<string> CasesWithKeras3Text()
    {
        var data = new TheoryData<string>();
        foreach (var id in ConformanceCase.AllIds())
            if (ConformanceCase.Load(id).Keras3Summary() is not null) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(CasesWithKeras3Text))]
    public void Keras3_table_streamed_is_Keras_printout(string id)
    {
        // Checked against the case's printout from Keras itself, not against our string path.
        var c = ConformanceCase.Load(id);
        string golden = c.Keras3Summary()!;
        string name = System.Text.RegularExpressions.Regex.Match(golden, "^Model: \"(.*)\"\n").Groups[1].Value;
        var summary = RecordedModel.Of(c, name).Summarize();
        var text = OutputFormats.Of(SummaryFormat.Text);
        Assert.Equal(golden, Streamed(text, summary, new RenderOptions(), drainChars: 1, out _));
        Assert.Equal(c.Keras3Summary(showTrainable: true),
            Streamed(text, summary, new RenderOptions { ShowTrainable = true }, drainChars: 1, out _));
    }

    /// <summary>Conv2D / BatchNormalization / Activation blocks on 16×16×8 (the benchmark's model), 10,002 layers.</summary>
    private const string LargeSource = """
        import keras
        from keras import layers

        model = keras.Sequential()
        model.add(keras.Input(shape=(16, 16, 8)))
        for _ in range(3334):
            model.add(layers.Conv2D(8, 3, padding="same"))
            model.add(layers.BatchNormalization())
            model.add(layers.Activation("relu"))
        model.summary()
        """;

    private static readonly Lazy<ModelSummary> Large = new(() => KerasSource.Parse(LargeSource).Summarize().Summary!);

    public static TheoryData<string> FormatNames() => new(OutputFormats.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void Large_model_streams_in_bounded_pieces_that_make_the_rendered_string(string formatName)
    {
        var format = OutputFormats.Named(formatName)!;
        var options = new RenderOptions { ExpandFormulas = format.ShowsWalkThroughs && format.Format != SummaryFormat.Html, StandalonePage = true };
        string whole = format.Render(Large.Value, options);
        Assert.Equal(whole, Streamed(format, Large.Value, options, OutputSink.DrainChars, out var spy));
        // A piece is the buffer at a boundary: 16,384 characters and the row that crossed the mark.
        Assert.True(spy.LargestWrite < 64 * 1024, $"{formatName}: a write of {spy.LargestWrite:N0} characters");
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void Cli_writes_a_large_model_in_bounded_pieces(string formatName)
    {
        using var dir = CliRunner.TempDir();
        string path = dir.File("model.py");
        File.WriteAllText(path, LargeSource);
        var spy = new WriteSpy();
        int code = CliApp.Run(["--format", formatName, path], new StringReader(""), spy, new StringWriter());
        Assert.Equal(ExitCodes.Ok, code);
        // The text of a 10,000-layer table is about 1.6 million characters (two 76-character lines a layer); the CLI
        // never holds more than a piece of it: what it hands the stream at once stays under 64 K characters.
        Assert.True(spy.LargestWrite < 64 * 1024, $"{formatName}: a write of {spy.LargestWrite:N0} characters");
        if (formatName == "json") return; // the CLI's JSON adds the file's name: JsonOutput's own tests
        string rendered = SummaryRenderer.Render(Large.Value, OutputFormats.Named(formatName)!.Format,
            new RenderOptions { StandalonePage = true });
        Assert.Equal(rendered.EndsWith('\n') ? rendered : rendered + "\n", spy.ToString());
    }
}
