using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Rendering;

/// <summary>
/// The scan that finds characters no output may carry raw (<c>DisplayText.IndexOfUnsafe</c>) reads eight characters at
/// a time: every unsafe character is found wherever it falls in a block, safe characters next to the rule's ranges
/// and paired surrogates (also across two blocks) are passed over. The sets come from the rule's Unicode ranges.
/// </summary>
public class DisplayTextScanTests
{
    // One of each range's ends and a middle, and both lone surrogates.
    private static readonly char[] Unsafe =
    [
        '\u0000', '\u0008', '\u000B', '\r', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F',
        '\u2028', '\u2029', '\u202A', '\u202E', '\u2066', '\u2069', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
    ];

    // Safe characters just outside each range, and the non-ASCII signs the outputs draw with.
    private const string Safe = "\t\n ~\u00A0\u2027\u202F\u2065\u206A\uD7FF\uE000\uFFFD─│┃━·→⌊…× ";

    public static TheoryData<int> Positions() => [.. Enumerable.Range(0, 21)];

    [Theory]
    [MemberData(nameof(Positions))]
    public void Every_unsafe_character_is_found_at_any_position(int position)
    {
        foreach (char c in Unsafe)
        {
            string text = Safe[..position] + c + Safe;
            Assert.Equal(position, DisplayText.IndexOfUnsafe(text));
        }
    }

    [Fact]
    public void Safe_text_has_nothing_to_find() => Assert.Equal(-1, DisplayText.IndexOfUnsafe(Safe + Safe + Safe));

    [Theory]
    [MemberData(nameof(Positions))]
    public void A_surrogate_pair_is_safe_wherever_it_falls(int position) =>
        Assert.Equal(-1, DisplayText.IndexOfUnsafe(Safe[..position] + "😀" + Safe));

    [Fact]
    public void A_high_surrogate_at_the_end_is_unsafe() =>
        Assert.Equal(Safe.Length, DisplayText.IndexOfUnsafe(Safe + '\uD83D'));

    [Fact]
    public void A_low_surrogate_after_a_pair_is_unsafe() =>
        Assert.Equal(9, DisplayText.IndexOfUnsafe("abcdefg😀\uDE00xyz"));
}
