using System.Text.Json;
using System.Xml.Linq;
using NotebookSummary.Analysis;
using NotebookSummary.Cli;
using NotebookSummary.Rendering.Json;
using NotebookSummary.Rendering.KerasTable;
using NotebookSummary.Rendering;
using NotebookSummary.Tests.Cli;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// Control characters in names (ESC, NUL, BEL, CR, DEL, C1, bidi overrides and isolates, line separators, lone
/// surrogates) never reach any output raw, where they would recolour or rewrite a terminal or reorder what an editor
/// shows. Text, HTML and SVG show U+FFFD in their place; JSON keeps the exact name as escapes.
/// </summary>
public class ControlCharacterTests
{
    // The characters that must not appear raw, listed from the Unicode ranges (not from the code):
    // C0 but tab and line feed, DEL, C1, U+202A–U+202E, U+2066–U+2069, U+2028, U+2029, U+FFFE, U+FFFF.
    private static readonly char[] Forbidden =
    [
        .. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n').Select(c => (char)c),
        .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
        .. Enumerable.Range(0x202A, 5).Select(c => (char)c),
        .. Enumerable.Range(0x2066, 4).Select(c => (char)c),
        '\u2028', '\u2029', '\uFFFE', '\uFFFF',
    ];

    // A name that tries it all: recolour the terminal, ring, cut a string, return to the line start, reverse the text.
    private const string Hostile = "x\u001b[31mred\u0007\u0000\r\u007f\u009b2J\u202Eevil\u2066\u2028\uD800y";

    private static ModelSummary Valid() => new Sequential(Hostile) { new Input(4), new Dense(3, name: Hostile, activation: "relu") }.Summarize();

    // Keras rejects the repeated name, and the error message quotes it.
    private static ModelSummary Invalid() => new Sequential { new Input(4), new Dense(3, name: Hostile), new Dense(2, name: Hostile) }.Summarize();

    public static TheoryData<SummaryFormat, bool> Cases()
    {
        var data = new TheoryData<SummaryFormat, bool>();
        foreach (var format in Enum.GetValues<SummaryFormat>())
        {
            data.Add(format, true);
            data.Add(format, false);
        }
        return data;
    }

    private static void AssertNoneRaw(string output, string what)
    {
        foreach (char c in Forbidden)
            Assert.False(output.Contains(c), $"{what}: U+{(int)c:X4} is in the output");
        for (int i = 0; i < output.Length; i++)
            if (char.IsSurrogate(output[i]))
            {
                bool paired = char.IsHighSurrogate(output[i]) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1]);
                Assert.True(paired, $"{what}: lone surrogate at {i}");
                i++;
            }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_format_carries_a_control_character_raw(SummaryFormat format, bool valid)
    {
        string output = SummaryRenderer.Render(valid ? Valid() : Invalid(), format, new RenderOptions { StandalonePage = true });
        AssertNoneRaw(output, $"{format}, {(valid ? "valid" : "invalid")}");
        if (format == SummaryFormat.Svg) XDocument.Parse(output);
        if (format == SummaryFormat.Json) JsonDocument.Parse(output).Dispose();
        // Each character replaced, the rest as written (Markdown escapes the bracket; the ASCII diagram of a valid
        // model shows no names).
        else if (format == SummaryFormat.Markdown) Assert.Contains("x\uFFFD\\[31mred", output);
        else if (format != SummaryFormat.Ascii || !valid) Assert.Contains("x\uFFFD[31mred", output);
    }

    [Fact]
    public void Json_keeps_the_exact_name_as_escapes()
    {
        string json = JsonRenderer.Render(Valid());
        Assert.Contains("\\u202E", json);
        using var doc = JsonDocument.Parse(json);
        // The lone surrogate cannot be encoded at all (UTF-8 has no such character): the writer gives U+FFFD for it.
        Assert.Equal(Hostile.Replace('\uD800', '\uFFFD'), doc.RootElement.GetProperty("layers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void The_keras_table_stays_aligned()
    {
        // One character for one: every line of the table part is as long as the line length (76).
        string text = KerasTableRenderer.Render(Valid());
        var tableLines = text.Split('\n').Skip(1).TakeWhile(l => l.Length > 0 && l[0] != ' ');
        Assert.All(tableLines, l => Assert.Equal(76, l.Length));
    }

    [Fact]
    public void Ordinary_names_come_back_as_the_same_string()
    {
        const string name = "conv2d_1 — ünïcødé ✓ 😀\ttab\nline";
        Assert.Same(name, DisplayText.Clean(name));
    }

    [Fact]
    public void The_cli_shows_no_control_character_on_standard_error()
    {
        // Python's escapes make the characters: the name is ESC [ 3 1 m, used twice.
        const string source = "import keras\nfrom keras import layers\n" +
                              "model = keras.Sequential([keras.Input((4,)), layers.Dense(2, name='\\x1b[31m\\u202e'), " +
                              "layers.Dense(2, name='\\x1b[31m\\u202e')])\n";
        var r = CliRunner.RunWithInput(source, "-");
        Assert.Equal(ExitCodes.ModelErrors, r.ExitCode);
        Assert.Contains("\uFFFD[31m\uFFFD", r.Stderr);
        AssertNoneRaw(r.Stderr, "stderr");
        AssertNoneRaw(r.Stdout, "stdout");
    }
}
