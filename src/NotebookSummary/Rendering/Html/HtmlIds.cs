using System.Security.Cryptography;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// Prefixes of element ids, one per output: random, so that outputs of separate kernel sessions saved in one
/// notebook do not share ids either (a counter would restart at each session).
/// </summary>
internal static class HtmlIds
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A fresh prefix: <c>nbs</c> and 8 random letters or digits (36⁸ ≈ 2.8·10¹² choices).</summary>
    public static string NewPrefix() => "nbs" + RandomNumberGenerator.GetString(Letters, 8);

    /// <summary>True when <paramref name="prefix"/> is usable as given: a letter, then letters, digits, <c>-</c> or <c>_</c>.</summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length is > 0 and <= 64 && char.IsAsciiLetter(prefix[0])
        && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
