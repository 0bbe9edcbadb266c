using System.Text;
using NotebookSummary.Keras;
using static NotebookSummary.Tests.Keras.KerasTestData;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// Property: random mutations of valid sources (character and line edits, stray tokens) never make the reader
/// throw, never trigger its internal-error safety net, and always finish; every diagnostic has a position inside
/// the text and renders. Fixed seed, bounded count, so the run is repeatable and fast.
/// </summary>
public class FuzzTests
{
    private const string Alphabet = "()[]{}:,.;='\"\\\n\t #+-*/%<>!&|^~@0123456789abcxyzXYZ_$€中\u00A0\r`?";

    private static readonly string[] Snippets =
    [
        "for ", "if ", "else:", "def ", "lambda ", "**", "*", " not ", "yield ", "import ", "class ", "while True:\n    ",
        "(", ")", "[", "]", "f'{", "}'", "\"\"\"", " = ", ":\n", "\n    ", "return ", "10**99", "-", ", ", "model.add(", "Dense(",
        "input_shape=", "range(10**9)", "global x\n", "del model\n", "try:\n", "except:\n", "%matplotlib\n", "\\\n",
    ];

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(TestData("conformance")).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(dir, "model.py"))) data.Add("conformance/" + Path.GetFileName(dir));
        foreach (var file in Directory.GetFiles(TestData("keras_seeds"), "*.py").Order(StringComparer.Ordinal))
            data.Add("keras_seeds/" + Path.GetFileNameWithoutExtension(file));
        return data;
    }

    private static string Load(string id) => id.StartsWith("conformance/", StringComparison.Ordinal)
        ? File.ReadAllText(TestData("conformance", id["conformance/".Length..], "model.py"))
        : Cell(id["keras_seeds/".Length..]);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Mutated_sources_never_throw_and_always_finish(string id)
    {
        string original = Load(id);
        var random = new Random(StableSeed(id));
        for (int variant = 0; variant < 40; variant++)
        {
            string text = original;
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++) text = Mutate(text, random);
            Check(text);
        }
    }

    [Fact]
    public void Token_soup_never_throws()
    {
        var random = new Random(424242);
        for (int i = 0; i < 300; i++)
        {
            var sb = new StringBuilder();
            int n = random.Next(1, 60);
            for (int k = 0; k < n; k++) sb.Append(Snippets[random.Next(Snippets.Length)]).Append(random.Next(4) == 0 ? "x" : "");
            Check(sb.ToString());
        }
    }

    private static int StableSeed(string s)
    {
        int h = 17;
        foreach (char c in s) h = unchecked(h * 31 + c);
        return h;
    }

    private static void Check(string text)
    {
        var result = KerasSource.Parse(text);
        // Summarizing a model that a mutation turned into an endless loop of layers is the core's cost, not the reader's.
        var diagnostics = result.Model is { Layers.Count: > 2_000 } ? result.Diagnostics : result.Summarize().Diagnostics;
        foreach (var d in diagnostics)
        {
            Assert.False(d.Message.StartsWith("internal error", StringComparison.Ordinal), $"{d} in:\n{text}");
            Assert.InRange(d.Line, 1, Math.Max(1, text.Split('\n').Length + 1));
            Assert.True(d.Column >= 1 && d.Length >= 1);
            Assert.NotEmpty(result.Render(d));
        }
        foreach (var model in result.Models.Where(m => m.Model is null || m.Model.Layers.Count <= 2_000))
            Assert.DoesNotContain(result.Summarize(model).Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
    }

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0) return Snippets[random.Next(Snippets.Length)];
        int at = random.Next(text.Length);
        var lines = text.Split('\n').ToList();
        switch (random.Next(9))
        {
            case 0: return text.Remove(at, 1);
            case 1: return text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString());
            case 2:
                if (at + 1 >= text.Length) return text;
                return text[..at] + text[at + 1] + text[at] + text[(at + 2)..];
            case 3:
            {
                int end = at;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
                return text.Remove(at, Math.Max(1, end - at));
            }
            case 4:
            {
                int line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            }
            case 5:
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            case 6:
            {
                int a = random.Next(lines.Count), b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return string.Join('\n', lines);
            }
            case 7: return text.Insert(at, Snippets[random.Next(Snippets.Length)]);
            default:
            {
                // Re-indent a line, the classic paste accident.
                int line = random.Next(lines.Count);
                lines[line] = new string(' ', random.Next(0, 9)) + lines[line].TrimStart();
                return string.Join('\n', lines);
            }
        }
    }
}
