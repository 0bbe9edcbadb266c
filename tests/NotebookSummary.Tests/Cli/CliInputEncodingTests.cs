using System.Text;
using System.Text.Json;
using NotebookSummary.Cli;

namespace NotebookSummary.Tests.Cli;

/// <summary>
/// A source that is not UTF-8 is read as Python reads it (PEP 263: UTF-8 unless a coding line or a byte order mark
/// says otherwise) and never silently turned into U+FFFD: a warning points at the first bad byte.
/// </summary>
public class CliInputEncodingTests
{
    private static string Write(CliRunner.TempDirectory dir, byte[] bytes)
    {
        string path = dir.File("model.py");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_latin_1_byte_is_a_warning_at_its_line_and_column()
    {
        using var dir = CliRunner.TempDir();
        // "# café" in Latin-1: é is the single byte 0xE9, the 6th character of line 1 ("# caf" is 5).
        string path = Write(dir, Encoding.Latin1.GetBytes("# café\n" + SampleSources.Valid));
        var r = CliRunner.Run(path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode); // the model itself is fine
        var lines = r.Stderr.Split('\n');
        Assert.StartsWith($"{path}:1:6: warning: the file is not valid UTF-8: byte 0xE9 here", lines[0]);
        Assert.Equal(" 1 | # caf\uFFFD", lines[1]);
        Assert.Equal("   |      ^", lines[2]);
        Assert.StartsWith("   = hint: save the file as UTF-8", lines[3]);
        Assert.StartsWith("Model: \"sequential\"", r.Stdout);
    }

    [Fact]
    public void The_warning_is_in_the_json_diagnostics()
    {
        using var dir = CliRunner.TempDir();
        // Line 4 is "x = 'ü'" with ü as Latin-1's 0xFC: column 6 ("x = '" is 5 characters).
        string path = Write(dir, Encoding.Latin1.GetBytes(SampleSources.Valid + "x = 'ü'\n"));
        var r = CliRunner.Run(path, "-f", "json");
        using var json = JsonDocument.Parse(r.Stdout);
        var d = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(("warning", 4, 6), (d.GetProperty("severity").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
        Assert.Contains("0xFC", d.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("# -*- coding: latin-1 -*-\n")]
    [InlineData("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n")]
    [InlineData("# coding=cp1252\n")]
    public void A_declared_encoding_is_honoured_as_python_does(string declaration)
    {
        using var dir = CliRunner.TempDir();
        string source = declaration + SampleSources.Valid.Replace("layers.Dense(2)])", "layers.Dense(2)], name='café')");
        string path = Write(dir, Encoding.Latin1.GetBytes(source));
        var r = CliRunner.Run(path);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.StartsWith("Model: \"café\"", r.Stdout);
    }

    [Fact]
    public void A_declaration_on_line_2_counts_only_under_a_comment()
    {
        // Python reads line 2's declaration only when line 1 is a comment or blank: here it is code.
        using var dir = CliRunner.TempDir();
        string path = Write(dir, Encoding.Latin1.GetBytes("import keras\n# coding: latin-1\n# café\n" + SampleSources.Valid));
        var r = CliRunner.Run(path);
        Assert.Contains($"{path}:3:6: warning: the file is not valid UTF-8", r.Stderr);
    }

    [Fact]
    public void Utf_8_with_or_without_a_byte_order_mark_and_utf_16_read_quietly()
    {
        using var dir = CliRunner.TempDir();
        string source = "# café ✓\n" + SampleSources.Valid;
        foreach (var bytes in new[]
                 {
                     new UTF8Encoding(false).GetBytes(source),
                     [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(source)],
                     [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(source)],
                 })
        {
            var r = CliRunner.Run(Write(dir, bytes));
            Assert.Equal(ExitCodes.Ok, r.ExitCode);
            Assert.Equal("", r.Stderr);
        }
    }

    [Fact]
    public void Every_byte_order_mark_chooses_its_encoding_and_is_not_part_of_the_text()
    {
        // The marks Python and .NET's StreamReader both recognize; UTF-32 LE begins with UTF-16 LE's mark.
        string source = "# café ✓ 𝛼\n" + SampleSources.Valid;
        foreach (var encoding in new Encoding[]
                 {
                     new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true),
                     new UTF32Encoding(false, true), new UTF32Encoding(true, true),
                 })
        {
            var (text, warning) = SourceDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(source)]);
            Assert.Equal(source, text);
            Assert.Null(warning);
        }
    }

    [Fact]
    public void Utf_8_without_a_mark_decodes_once_and_an_invalid_byte_is_found_after_valid_multibyte_text()
    {
        string source = "# café ✓ 𝛼\n" + SampleSources.Valid;
        Assert.Equal((source, null), SourceDecoder.Decode(Encoding.UTF8.GetBytes(source)));
        // Line 2 "x = '" then 0xFF, a byte UTF-8 never uses: line 2, column 6.
        var (text, warning) = SourceDecoder.Decode([.. Encoding.UTF8.GetBytes("# ✓\nx = '"), 0xFF, .. "'\n"u8]);
        Assert.Equal("# ✓\nx = '\uFFFD'\n", text);
        Assert.Equal((2, 6), (warning!.Line, warning.Column));
        Assert.Contains("byte 0xFF", warning.Message);
    }

    [Fact]
    public void Standard_input_with_a_replacement_character_gets_the_warning()
    {
        // The console decoded the bytes already: the U+FFFD they became is what is left to point at.
        var r = CliRunner.RunWithInput("# caf\uFFFD\n" + SampleSources.Valid, "-");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.StartsWith("<stdin>:1:6: warning: the input has a '\uFFFD'", r.Stderr);
    }
}
