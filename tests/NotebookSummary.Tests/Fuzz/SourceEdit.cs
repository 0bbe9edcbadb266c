using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// One edit of a source text: a byte, character, token or line inserted, deleted, swapped or duplicated; a number
/// replaced by an extreme; a hostile name given to a call or put in place of a string. Positions are plain integers
/// taken modulo what the text has, so CsCheck shrinks an edit towards the start of the text and the first choice.
/// </summary>
internal readonly record struct SourceEdit(SourceEdit.EditKind Kind, int At, int Pick, int Extra)
{
    public enum EditKind
    {
        DeleteChar, InsertChar, SwapChars, DeleteToken, InsertSnippet, SwapTokens, DuplicateToken,
        DuplicateLine, DeleteLine, SwapLines, Reindent, EditUtf8Byte, ExtremeNumber, NameCall, ReplaceString,
    }

    /// <summary>Characters a paste accident or an attacker brings: brackets, quotes, operators, controls, bidi.</summary>
    private const string Alphabet =
        "()[]{}:,.;='\"\\\n\t #+-*/%<>!&|^~@0123456789abcxyzXYZ_$€中\u00A0\r`?\0\u001b\u202E\u2028\uFEFF\u0301";

    /// <summary>Python fragments that change structure: keywords, brackets, huge numbers, Keras calls.</summary>
    public static readonly string[] Snippets =
    [
        "for ", "if ", "else:", "def ", "lambda ", "**", "*", " not ", "yield ", "import ", "class ", "while True:\n    ",
        "(", ")", "[", "]", "f'{", "}'", "\"\"\"", " = ", ":\n", "\n    ", "return ", "10**99", "-", ", ", "model.add(", "Dense(",
        "input_shape=", "range(10**9)", "global x\n", "del model\n", "try:\n", "except:\n", "%matplotlib\n", "\\\n",
        "model.pop()\n", "model.layers[0].trainable = False\n", "model.summary()\n", "name=", "Input(", "shape=(",
        "keras.Sequential([", "]) ", "layers.", "activation=", "padding='same'", "data_format='channels_first'",
    ];

    /// <summary>Numeric extremes for sizes, counts and rates (Python spellings).</summary>
    private static readonly string[] Extremes =
    [
        "0", "-1", "1", "2**31-1", "2**31", "-2**31", "2**63", "2**63-1", "2**64", "1e308", "-1e308", "10**30",
        "2147483647", "9223372036854775807", "float('inf')", "float('nan')", "None", "True", "0.5", "-0.0",
        "(2**31-1)", "65535", "1 << 40", "2**30", "(2**31-1, 2**31-1)", "()", "(0,)", "[]",
    ];

    private static readonly Regex Token = new(@"\w+|\S", RegexOptions.CultureInvariant);
    private static readonly Regex Number = new(@"(?<![\w.])\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])", RegexOptions.CultureInvariant);
    private static readonly Regex Call = new(@"\b[A-Z]\w*\(", RegexOptions.CultureInvariant);
    private static readonly Regex StringLiteral = new(@"""[^""\n\\]*""|'[^'\n\\]*'", RegexOptions.CultureInvariant);

    public static Gen<SourceEdit> Gen(int maxNameLength) =>
        CsCheck.Gen.Select(
            CsCheck.Gen.Enum<EditKind>(), CsCheck.Gen.Int[0, 1 << 20], CsCheck.Gen.Int[0, 1 << 10],
            HostileText.ExtraLength(maxNameLength),
            (kind, at, pick, extra) => new SourceEdit(kind, at, pick, extra));

    public string ApplyTo(string text)
    {
        if (text.Length == 0) return Snippets[Pick % Snippets.Length];
        int at = At % text.Length;
        switch (Kind)
        {
            case EditKind.DeleteChar: return text.Remove(at, 1);
            case EditKind.InsertChar: return text.Insert(at, Alphabet[Pick % Alphabet.Length].ToString());
            case EditKind.SwapChars:
                return at + 1 >= text.Length ? text : text[..at] + text[at + 1] + text[at] + text[(at + 2)..];
            case EditKind.DeleteToken: return Tokens(text) is { Count: > 0 } t ? text.Remove(t[At % t.Count].Index, t[At % t.Count].Length) : text;
            case EditKind.InsertSnippet: return text.Insert(at, Snippets[Pick % Snippets.Length]);
            case EditKind.SwapTokens: return SwapTokens(text);
            case EditKind.DuplicateToken:
                return Tokens(text) is { Count: > 0 } d ? text.Insert(d[At % d.Count].Index, d[At % d.Count].Value + " ") : text;
            case EditKind.EditUtf8Byte: return EditUtf8(text);
            case EditKind.ExtremeNumber: return ReplaceMatch(text, Number, Extremes[Pick % Extremes.Length]);
            case EditKind.ReplaceString:
                return ReplaceMatch(text, StringLiteral, HostileText.PythonLiteral(HostileText.Name(Pick, Extra)));
            case EditKind.NameCall: return NameCall(text);
        }
        var lines = text.Split('\n').ToList();
        int line = At % lines.Count;
        switch (Kind)
        {
            case EditKind.DuplicateLine: lines.Insert(line, lines[line]); break;
            case EditKind.DeleteLine: lines.RemoveAt(line); break;
            case EditKind.SwapLines:
                int other = Pick % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            default: lines[line] = new string(' ', Pick % 9) + lines[line].TrimStart(); break; // the classic paste accident
        }
        return string.Join('\n', lines);
    }

    private static IReadOnlyList<Match> Tokens(string text) => Token.Matches(text);

    private string SwapTokens(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count < 2) return text;
        var (a, b) = (tokens[At % tokens.Count], tokens[Pick % tokens.Count]);
        if (a.Index > b.Index) (a, b) = (b, a);
        if (a.Index == b.Index) return text;
        return text[..a.Index] + b.Value + text[(a.Index + a.Length)..b.Index] + a.Value + text[(b.Index + b.Length)..];
    }

    /// <summary>Inserts or deletes one byte of the UTF-8 encoding; invalid sequences decode to U+FFFD, as a file would.</summary>
    private string EditUtf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        int at = At % bytes.Count;
        if (Pick % 2 == 0) bytes.RemoveAt(at);
        else bytes.Insert(at, (byte)(Pick >> 1));
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private string ReplaceMatch(string text, Regex pattern, string replacement)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0) return text;
        var m = matches[At % matches.Count];
        return text[..m.Index] + replacement + text[(m.Index + m.Length)..];
    }

    /// <summary>Gives the At-th capitalised call (a layer, Input, Sequential) a hostile <c>name=</c>.</summary>
    private string NameCall(string text)
    {
        var calls = Call.Matches(text);
        if (calls.Count == 0) return text;
        var call = calls[At % calls.Count];
        int close = ClosingParenthesis(text, call.Index + call.Length);
        if (close < 0) return text;
        bool empty = text[(call.Index + call.Length)..close].Trim().Length == 0;
        var argument = (empty ? "" : ", ") + "name=" + HostileText.PythonLiteral(HostileText.Name(Pick, Extra));
        return text.Insert(close, argument);
    }

    private static int ClosingParenthesis(string text, int from)
    {
        int depth = 1;
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] is '(' or '[' or '{') depth++;
            else if (text[i] is ')' or ']' or '}' && --depth == 0) return i;
        }
        return -1;
    }

    public override string ToString() => $"{Kind}(at: {At}, pick: {Pick}, extra: {Extra})";
}
