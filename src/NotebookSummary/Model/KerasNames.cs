using System.Collections.Concurrent;
using System.Text;

namespace NotebookSummary;

/// <summary>Keras's naming rules.</summary>
internal static class KerasNames
{
    /// <summary>
    /// Keras's <c>to_snake_case</c>: an underscore before each capitalised word that follows another character
    /// (<c>(.)([A-Z][a-z0-9]+)</c>), then before each capital that follows a lower-case letter, then lower case.
    /// <c>Conv2DTranspose</c> → <c>conv2d_transpose</c>, <c>LeakyReLU</c> → <c>leaky_re_lu</c>.
    /// </summary>
    public static string ToSnakeCase(string name)
    {
        // Every layer's default name starts with its snake-cased class name, and a model has few classes.
        if (SnakeCaseCache.TryGetValue(name, out var cached)) return cached;
        var snake = ConvertToSnakeCase(name);
        if (SnakeCaseCache.Count < MaxCachedNames) SnakeCaseCache.TryAdd(name, snake);
        return snake;
    }

    /// <summary>Enough for every layer class Keras has, with room for custom ones; the cache never grows past it.</summary>
    private const int MaxCachedNames = 1024;

    private static readonly ConcurrentDictionary<string, string> SnakeCaseCache = new(StringComparer.Ordinal);

    private static string ConvertToSnakeCase(string name)
    {
        // Pass 1: "(.)([A-Z][a-z0-9]+)" → "\1_\2", matches taken left to right without overlap.
        var pass1 = new StringBuilder();
        int i = 0;
        while (i < name.Length)
        {
            if (i + 2 < name.Length && char.IsAsciiLetterUpper(name[i + 1])
                && (char.IsAsciiLetterLower(name[i + 2]) || char.IsAsciiDigit(name[i + 2])))
            {
                int j = i + 2;
                while (j < name.Length && (char.IsAsciiLetterLower(name[j]) || char.IsAsciiDigit(name[j]))) j++;
                pass1.Append(name[i]).Append('_').Append(name, i + 1, j - i - 1);
                i = j;
            }
            else
            {
                pass1.Append(name[i]);
                i++;
            }
        }
        // Pass 2: "([a-z])([A-Z])" → "\1_\2".
        var s = pass1.ToString();
        var pass2 = new StringBuilder();
        for (int k = 0; k < s.Length; k++)
        {
            pass2.Append(s[k]);
            if (char.IsAsciiLetterLower(s[k]) && k + 1 < s.Length && char.IsAsciiLetterUpper(s[k + 1]))
                pass2.Append('_');
        }
        return pass2.ToString().ToLowerInvariant();
    }
}
