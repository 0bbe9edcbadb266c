using System.Text;
using NotebookSummary.Analysis;
using NotebookSummary.Cli;
using NotebookSummary.Helpers;
using NotebookSummary.Rendering;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Tests.Rendering.PlainText;

/// <summary>
/// The text tables write UTF-8 bytes, which the CLI's standard output and files take as they are: the bytes that reach
/// a UTF-8 stream are the string <c>Render</c> returns (the golden tests pin that string), cut into pieces at any
/// row; names with non-ASCII text and control characters go the way of every other cell, cleaned. The fast paths a
/// printable ASCII row takes (copying into a blank line, wrapping by a mask of its spaces, small numbers) give what
/// the general ones give.
/// </summary>
public class Utf8TableOutputTests
{
    // A printable ASCII name that wraps, one with box-drawing and CJK text, one with an emoji (a surrogate pair), one
    // that recolours a terminal and reverses text, and one longer than any column (cut with …).
    private static ModelSummary Mixed() => new Sequential(name: "mixed ─ modèle")
    {
        new Input(16),
        new Dense(8, name: "a_rather_long_layer_name_here"),
        new Dense(8, name: "dense_─_层"),
        new Dense(8, name: "emoji_\uD83D\uDE00"),
        new Dense(8, name: "x\u001b[31mred\u202Eevil\uD800y"),
        new Dense(1_234_567, name: "an_extremely_long_layer_name_that_fits_on_no_line_of_the_table"),
    }.Summarize();

    public static TheoryData<SummaryFormat, int> FormatsAndPieces() => new()
    {
        { SummaryFormat.Text, OutputSink.DrainChars },
        { SummaryFormat.Text, 1 },
        { SummaryFormat.Keras2, OutputSink.DrainChars },
        { SummaryFormat.Keras2, 1 },
    };

    [Theory]
    [MemberData(nameof(FormatsAndPieces))]
    public void A_utf8_stream_gets_the_bytes_of_the_rendered_string(SummaryFormat format, int drainChars)
    {
        var summary = Mixed();
        var descriptor = OutputFormats.Of(format);
        string expected = descriptor.Render(summary, new RenderOptions());

        using var stream = new MemoryStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        var guarded = new GuardedWriter(writer, "test");
        var sink = OutputSink.To(guarded, "==> header <==\n", drainChars);
        descriptor.Render(summary, new RenderOptions(), sink);
        sink.Complete();
        guarded.Flush();

        Assert.Equal("==> header <==\n" + expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(guarded.HasWritten);
    }

    [Theory]
    [InlineData(SummaryFormat.Text)]
    [InlineData(SummaryFormat.Keras2)]
    public void Control_characters_in_names_leave_as_the_replacement_character(SummaryFormat format)
    {
        string text = OutputFormats.Of(format).Render(Mixed(), new RenderOptions());
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("x\uFFFD[31mre", text); // cut by the column in Keras 2; one character for one keeps columns
        Assert.Contains("层", text);
        Assert.Contains("\uD83D\uDE00", text); // a pair is a character, not two unsafe halves
    }

    [Fact]
    public void Characters_written_after_the_bytes_follow_them()
    {
        var sink = OutputSink.ForString(0);
        sink.Buffer.Append("one ");
        sink.Utf8.AppendText("─ two ");
        sink.Buffer.Append("three");
        Assert.True(!sink.EndsWithNewline);
        sink.Utf8.AppendText("\n");
        Assert.True(sink.EndsWithNewline);
        Assert.Equal("one ─ two three\n", sink.ToText());
    }

    // The lines below follow rich's rule as CellText states it (words fill a line greedily, a word joins when it
    // fits without its trailing spaces): each line of two ten-letter words is 21 characters.
    [Theory]
    [InlineData("max_pooling2d (MaxPooling2D)", 27, new[] { "max_pooling2d", "(MaxPooling2D)" })]
    [InlineData("a verylongword b", 5, new[] { "a", "very…", "b" })]
    [InlineData("ab cde", 5, new[] { "ab", "cde" })]
    [InlineData("a   b", 10, new[] { "a   b" })]
    [InlineData("  lead trail  ", 6, new[] { "  lead", "trail" })]
    // 64 characters: the last that fit one mask; 65: the general path.
    [InlineData("abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghi", 21,
        new[] { "abcdefghij abcdefghij", "abcdefghij abcdefghij", "abcdefghij abcdefghi" })]
    [InlineData("abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij", 21,
        new[] { "abcdefghij abcdefghij", "abcdefghij abcdefghij", "abcdefghij abcdefghij" })]
    // A run of spaces across the sixteen-character steps of the mask.
    [InlineData("abcdefghijklmn                 opq", 16, new[] { "abcdefghijklmn", "opq" })]
    public void Printable_ascii_wraps_as_any_text(string text, int width, string[] expected)
    {
        var lines = new List<CellLine>();
        CellText.Fit(text, width, CellFit.WrapWithEllipsis, lines, printableAscii: true);
        string[] ascii = [.. lines.Select(l => string.Concat(text.AsSpan(l.Start, l.Length), l.Ellipsis ? "…" : ""))];
        Assert.Equal(expected, ascii);
        Assert.Equal(expected, CellText.Fit(text, width, CellFit.WrapWithEllipsis));
    }

    // Python's f"{n:,}" and str(n) around the three-digit fast path and the sign.
    [Theory]
    [InlineData(0L, "0", "0")]
    [InlineData(9L, "9", "9")]
    [InlineData(10L, "10", "10")]
    [InlineData(99L, "99", "99")]
    [InlineData(100L, "100", "100")]
    [InlineData(999L, "999", "999")]
    [InlineData(1000L, "1,000", "1000")]
    [InlineData(999_999L, "999,999", "999999")]
    [InlineData(1_000_000L, "1,000,000", "1000000")]
    [InlineData(-1L, "-1", "-1")]
    [InlineData(-999L, "-999", "-999")]
    [InlineData(-1000L, "-1,000", "-1000")]
    public void Numbers_read_as_python_writes_them(long n, string count, string plain)
    {
        Assert.Equal(count, KerasNumbers.Count(n));
        Assert.Equal(plain, KerasNumbers.Plain(n));
    }
}
