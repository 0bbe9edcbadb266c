namespace NotebookSummary.Analysis;

/// <summary>
/// Which pairs of neighbouring characters some texts hold, as a 4,096-bit map: a word with a neighbouring pair the
/// texts lack cannot occur in any of them, which a few bit tests tell where an ordinal search reads every text.
/// Exact in that direction — pairs that share a bit only let a word through to the search — so never a wrong "no".
/// </summary>
internal sealed class CharPairFilter
{
    private const int Bits = 4096;
    private readonly ulong[] _map = new ulong[Bits / 64];

    public CharPairFilter(IEnumerable<string> texts)
    {
        foreach (string text in texts)
            for (int i = 1; i < text.Length; i++)
            {
                uint bit = Bit(text[i - 1], text[i]);
                _map[bit >> 6] |= 1UL << (int)bit;
            }
    }

    /// <summary>False when <paramref name="word"/> (two characters or more) occurs in none of the texts; true when
    /// it may.</summary>
    public bool MayHold(string word)
    {
        // From the end: a layer's name ends in its number ("_12"), pairs a note's prose seldom holds.
        for (int i = word.Length - 1; i > 0; i--)
        {
            uint bit = Bit(word[i - 1], word[i]);
            if ((_map[bit >> 6] & (1UL << (int)bit)) == 0) return false;
        }
        return true;
    }

    // Both characters mixed into the top 12 bits of a multiplicative hash, so that digits, letters and '_' spread.
    private static uint Bit(char first, char second) => ((uint)first << 16 | second) * 2654435761u >> 20;
}
