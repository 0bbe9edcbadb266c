using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Text;
using NotebookSummary.Keras;

namespace NotebookSummary.Cli;

/// <summary>
/// Turns a source file's bytes into text as Python does (PEP 263): UTF-8 unless a byte order mark or a
/// <c># -*- coding: latin-1 -*-</c> line in the first two lines says otherwise. Bytes that are not valid in UTF-8 still
/// decode (to U+FFFD) so the rest can be read, but never silently: a warning points at the first of them — Python
/// itself would refuse the file ("SyntaxError: Non-UTF-8 code starting with '\xe9'").
/// </summary>
internal static partial class SourceDecoder
{
    /// <summary>The text of <paramref name="bytes"/>, and the warning about bytes that are not UTF-8 (or null).</summary>
    public static (string Text, Diagnostic? Warning) Decode(byte[] bytes)
    {
        // A byte order mark of UTF-16 or UTF-32 chooses the encoding: nothing more to check.
        if (Utf16Or32ByteOrderMark(bytes) is { } marked) return (marked.Encoding.GetString(bytes, marked.Length, bytes.Length - marked.Length), null);
        int bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = new ArraySegment<byte>(bytes, bom, bytes.Length - bom);
        if (bom == 0 && DeclaredEncoding(bytes) is { } declared) return (declared.GetString(bytes), null);

        // One vectorized check, then one decoding: a source is read once, not once per question asked of it.
        string text = Encoding.UTF8.GetString(body);
        if (Utf8.IsValid(body)) return (text, null);
        return (text, Warning(body, FirstInvalidByte(body)));
    }

    // The marks StreamReader recognizes besides UTF-8's (UTF-32 LE starts like UTF-16 LE, so it is tried first).
    private static (Encoding Encoding, int Length)? Utf16Or32ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    /// <summary>
    /// For text decoded elsewhere (standard input, which the console decodes): a warning at the first U+FFFD, the
    /// character bytes that are not UTF-8 were turned into — a source rarely holds one on purpose.
    /// </summary>
    public static Diagnostic? CheckDecoded(string text)
    {
        int index = text.IndexOf('\uFFFD');
        if (index < 0) return null;
        var (line, column) = new SourceText(text).LineColumn(index);
        return new Diagnostic
        {
            Severity = DiagnosticSeverity.Warning,
            Line = line,
            Column = column,
            Length = 1,
            Message = "the input has a '\uFFFD', the character that bytes which are not UTF-8 turn into: it was " +
                      "probably not saved as UTF-8",
            Hint = SaveAsUtf8,
        };
    }

    private const string SaveAsUtf8 = "save the file as UTF-8 (editors offer it under 'Save with encoding'), or " +
                                      "declare its encoding on the first line, e.g. # -*- coding: latin-1 -*-";

    private static int FirstInvalidByte(ArraySegment<byte> bytes)
    {
        // Called only for bytes Utf8.IsValid refused: the strict decoder names the first bad one.
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
        throw new InvalidOperationException("Utf8.IsValid and the strict UTF-8 decoder disagree about the same bytes");
    }

    private static Diagnostic Warning(ArraySegment<byte> bytes, int index)
    {
        // The bytes before the first bad one are valid, so they decode to the same characters as in the text.
        string before = Encoding.UTF8.GetString(bytes[..index]);
        var (line, column) = new SourceText(before).LineColumn(before.Length);
        return new Diagnostic
        {
            Severity = DiagnosticSeverity.Warning,
            Line = line,
            Column = column,
            Length = 1,
            Message = $"the file is not valid UTF-8: byte 0x{bytes[index]:X2} here cannot be read and shows as '\uFFFD' " +
                      "(Python would refuse the file)",
            Hint = SaveAsUtf8,
        };
    }

    // PEP 263: a comment matching ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) on line 1 or 2 names the encoding. Bytes
    // are read as Latin-1 to find it (every byte is a character there, and the declaration is ASCII).
    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        string head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 400));
        var lines = head.Split('\n', 3);
        for (int i = 0; i < Math.Min(2, lines.Length); i++)
        {
            var match = CodingLine().Match(lines[i]);
            if (match.Success) return EncodingNamed(match.Groups[1].Value);
            // Python looks at line 2 only when line 1 is a comment or blank.
            if (!BlankOrComment().IsMatch(lines[i])) break;
        }
        return null;
    }

    // Python's codec names (latin-1, latin_1, utf8, cp1252) in .NET's spelling; null for UTF-8 and unknown names,
    // which are read as UTF-8.
    private static Encoding? EncodingNamed(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // cp1252 and the like; registering again does nothing
        string key = name.ToLowerInvariant();
        if (key.Replace("-", "").Replace("_", "") is "utf8" or "utf8sig") return null;
        if (key.Replace("_", "-") is "latin-1" or "l1") return Encoding.Latin1;
        foreach (var candidate in new[] { key, key.Replace('_', '-'), key.Replace("-", "").Replace("_", "") })
        {
            try { return Encoding.GetEncoding(candidate); }
            catch (ArgumentException) { }
        }
        return null;
    }

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CodingLine();

    [GeneratedRegex(@"^[ \t\f]*(#.*)?\r?$")]
    private static partial Regex BlankOrComment();
}
