using System.Globalization;
using System.Text;

namespace NotebookSummary.Helpers;

/// <summary>
/// The two snake-case rules the library needs. They differ on purpose: a class name follows Keras's own rule (it
/// makes default layer names, so it must give Keras's names, <c>re_lu</c> and <c>l1l2</c> included); a C#
/// parameter name is the camelCase spelling of a Keras argument, so each capital starts a word (<c>l1L2</c> →
/// <c>l1_l2</c>, where Keras's rule would give <c>l1l2</c>).
/// </summary>
internal static class SnakeCase
{
    // Every layer's default name starts with its class's snake-case name, and a model has few classes. 1024 holds
    // every Keras layer class with room for custom ones.
    private static readonly ProcessCache<string, string> ClassNames = new(KerasRule, capacity: 1024);

    /// <summary>
    /// Keras 3's <c>to_snake_case</c> (keras/src/utils/naming.py): characters other than letters, digits and
    /// <c>_</c> removed; an underscore before each capital followed by lower-case letters that follows another
    /// character (<c>(.)([A-Z][a-z]+)</c>); then before each capital that follows a lower-case letter
    /// (<c>([a-z])([A-Z])</c>); then lower case. <c>Conv2DTranspose</c> → <c>conv2d_transpose</c>,
    /// <c>PReLU</c> → <c>p_re_lu</c>, <c>ConvLSTM2D</c> → <c>conv_lstm2d</c>.
    /// </summary>
    public static string OfClassName(string name) => ClassNames[name];

    /// <summary>A C# camelCase parameter name as Keras's argument: <c>kernelSize</c> → <c>kernel_size</c>.</summary>
    public static string OfParameterName(string camel)
    {
        var sb = new StringBuilder(camel.Length + 4);
        for (int i = 0; i < camel.Length; i++)
        {
            char c = camel[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string KerasRule(string name)
    {
        // re.sub(r"\W+", "", name): Python's \w is a letter, a number or "_".
        var word = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
            if (rune.Value == '_' || Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune)
                    is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
                word.Append(rune.ToString());
        string s = word.ToString();

        // re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name): matches taken left to right without overlap.
        var words = new StringBuilder(s.Length + 4);
        int at = 0;
        while (at < s.Length)
        {
            if (at + 2 < s.Length && char.IsAsciiLetterUpper(s[at + 1]) && char.IsAsciiLetterLower(s[at + 2]))
            {
                int end = at + 3;
                while (end < s.Length && char.IsAsciiLetterLower(s[end])) end++;
                words.Append(s[at]).Append('_').Append(s, at + 1, end - at - 1);
                at = end;
            }
            else
            {
                words.Append(s[at]);
                at++;
            }
        }

        // re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()
        var snake = new StringBuilder(words.Length + 4);
        for (int i = 0; i < words.Length; i++)
        {
            snake.Append(words[i]);
            if (char.IsAsciiLetterLower(words[i]) && i + 1 < words.Length && char.IsAsciiLetterUpper(words[i + 1]))
                snake.Append('_');
        }
        return snake.ToString().ToLowerInvariant();
    }
}
