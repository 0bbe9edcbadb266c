using NotebookSummary.Analysis;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Prefixes of element ids, one per output, made from what the output shows: the same summary always renders the
/// same HTML (a saved notebook does not change when it is run again), and two different summaries on one page —
/// even from separate kernel sessions, where a counter would restart — get different ids. Two identical summaries on
/// one page share their ids, which only sends a link to the same row of the identical twin.
/// </summary>
internal static class HtmlIds
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary><c>nbs</c> and 8 letters or digits from a 64-bit FNV-1a hash of the model's name and every row's name,
    /// class, output shape and parameter counts.</summary>
    public static string PrefixFor(ModelSummary summary)
    {
        ulong hash = 14695981039346656037UL;
        hash = Add(hash, summary.Name ?? "\0");
        // Every row's texts, written on the stack: the prefix of a 100,000-layer model made no string per row.
        // A shape's text is written again only when the shape differs from the row before's (a deep model repeats few).
        Span<char> shape = stackalloc char[256];
        Span<char> digits = stackalloc char[KerasNumbers.MaxCountLength];
        Shape? written = null;
        int shapeLength = 0;
        var rows = summary.Rows;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            hash = Add(hash, row.Name ?? "\0");
            hash = Add(hash, row.ClassName ?? "\0");
            var output = row.OutputShape;
            if (KerasText.MaxShapeLength(output) > shape.Length) hash = Add(hash, output.ToString());
            else
            {
                if (written is null || !(ReferenceEquals(written, output) || written.Equals(output)))
                    (written, shapeLength) = (output, KerasText.WriteShape(output, pythonTuple: true, shape));
                hash = Add(hash, shape[..shapeLength]);
            }
            hash = AddNumber(hash, row.Params, digits);
            hash = AddNumber(hash, row.NonTrainableParams, digits);
        }
        Span<char> letters = stackalloc char[8];
        for (int i = 0; i < letters.Length; i++)
        {
            letters[i] = Letters[(int)(hash % (ulong)Letters.Length)];
            hash /= (ulong)Letters.Length;
        }
        return "nbs" + new string(letters);
    }

    private const ulong Prime = 1099511628211UL;

    // FNV-1a over the text's UTF-16 code units, then a separator, so "ab"+"c" differs from "a"+"bc". The hash is passed
    // and returned, not captured: a captured variable would be read from and written to memory at every character.
    // Four characters a turn: counting and testing the loop was otherwise as much work as hashing a character.
    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        while (text.Length >= 4)
        {
            hash = (hash ^ text[0]) * Prime;
            hash = (hash ^ text[1]) * Prime;
            hash = (hash ^ text[2]) * Prime;
            hash = (hash ^ text[3]) * Prime;
            text = text[4..];
        }
        foreach (char c in text)
            hash = (hash ^ c) * Prime;
        return (hash ^ 0x1F) * Prime;
    }

    // A count's digits as Python prints it (KerasNumbers.WritePlain: no culture lookup), two counts a row.
    private static ulong AddNumber(ulong hash, long n, Span<char> digits) => Add(hash, digits[..KerasNumbers.WritePlain(n, digits)]);

    /// <summary>True when <paramref name="prefix"/> is usable as given: a letter, then letters, digits, <c>-</c> or <c>_</c>.</summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length is > 0 and <= 64 && char.IsAsciiLetter(prefix[0])
        && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
