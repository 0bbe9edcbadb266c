namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// Identifiers seen by the lexer, looked up by their characters in the source without allocating a string for
/// each occurrence: every occurrence of a name shares one string. Keywords are pre-entered with their kind.
/// </summary>
internal sealed class NameTable
{
    private string?[] _names = new string?[256];
    private TokenKind[] _kinds = new TokenKind[256];
    private int _count;

    public NameTable(IEnumerable<KeyValuePair<string, TokenKind>> keywords)
    {
        foreach (var (word, kind) in keywords) Add(word, kind);
    }

    /// <summary>The shared string and token kind of the name in <paramref name="text"/>[start..start+length].</summary>
    public (string Name, TokenKind Kind) Get(string text, int start, int length) =>
        Get(text, start, length, Hash(text.AsSpan(start, length)));

    /// <summary><see cref="Get(string, int, int)"/> with the name's <see cref="Hash"/> already taken.</summary>
    public (string Name, TokenKind Kind) Get(string text, int start, int length, int hash)
    {
        var span = text.AsSpan(start, length);
        int mask = _names.Length - 1;
        int i = hash & mask;
        while (_names[i] is { } existing)
        {
            if (span.SequenceEqual(existing)) return (existing, _kinds[i]);
            i = (i + 1) & mask;
        }
        string name = span.ToString();
        Add(name, TokenKind.Name);
        return (name, TokenKind.Name);
    }

    private void Add(string name, TokenKind kind)
    {
        if (_count * 2 >= _names.Length) Grow();
        int mask = _names.Length - 1;
        int i = Hash(name) & mask;
        while (_names[i] is not null) i = (i + 1) & mask;
        _names[i] = name;
        _kinds[i] = kind;
        _count++;
    }

    private void Grow()
    {
        var names = _names;
        var kinds = _kinds;
        _names = new string?[names.Length * 2];
        _kinds = new TokenKind[names.Length * 2];
        _count = 0;
        for (int i = 0; i < names.Length; i++)
            if (names[i] is { } n) Add(n, kinds[i]);
    }

    // FNV-1a over the UTF-16 code units, the top bit cleared.
    internal const uint HashSeed = 2166136261, HashPrime = 16777619;

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = HashSeed;
        foreach (char c in s) h = (h ^ c) * HashPrime;
        return (int)(h & 0x7FFFFFFF);
    }
}
