namespace NotebookSummary.Keras.Syntax;

/// <summary>
/// Identifiers seen by the lexer, looked up by their characters in the source without allocating a string for
/// each occurrence: every occurrence of a name shares one string. Keywords are pre-entered with their kind.
/// </summary>
internal sealed class NameTable
{
    private string?[] _names = new string?[256];
    private TokenKind[] _kinds = new TokenKind[256];
    private int[] _ids = new int[256];
    private readonly List<string> _byId = [];
    private int _count;

    public NameTable(IEnumerable<KeyValuePair<string, TokenKind>> keywords)
    {
        foreach (var (word, kind) in keywords) Add(word, kind);
    }

    /// <summary>The shared string and token kind of the name in <paramref name="text"/>[start..start+length].</summary>
    public (string Name, TokenKind Kind) Get(string text, int start, int length)
    {
        var (id, kind) = Find(text, start, length, Hash(text.AsSpan(start, length)));
        return (_byId[id], kind);
    }

    /// <summary>The number of the name in <paramref name="text"/>[start..start+length] (<see cref="NameOf"/> gives
    /// its string) and its token kind; <paramref name="hash"/> is the name's <see cref="Hash"/>, taken already.</summary>
    public (int Id, TokenKind Kind) Find(string text, int start, int length, int hash)
    {
        var span = text.AsSpan(start, length);
        int mask = _names.Length - 1;
        int i = hash & mask;
        while (_names[i] is { } existing)
        {
            if (span.SequenceEqual(existing)) return (_ids[i], _kinds[i]);
            i = (i + 1) & mask;
        }
        return (Add(span.ToString(), TokenKind.Name), TokenKind.Name);
    }

    /// <summary>The name numbered <paramref name="id"/> by <see cref="Find"/>.</summary>
    public string NameOf(int id) => _byId[id];

    private int Add(string name, TokenKind kind)
    {
        _byId.Add(name);
        Place(name, kind, _byId.Count - 1);
        return _byId.Count - 1;
    }

    private void Place(string name, TokenKind kind, int id)
    {
        if (_count * 2 >= _names.Length) Grow();
        int mask = _names.Length - 1;
        int i = Hash(name) & mask;
        while (_names[i] is not null) i = (i + 1) & mask;
        _names[i] = name;
        _kinds[i] = kind;
        _ids[i] = id;
        _count++;
    }

    private void Grow()
    {
        var names = _names;
        var kinds = _kinds;
        var ids = _ids;
        _names = new string?[names.Length * 2];
        _kinds = new TokenKind[names.Length * 2];
        _ids = new int[names.Length * 2];
        _count = 0;
        for (int i = 0; i < names.Length; i++)
            if (names[i] is { } n) Place(n, kinds[i], ids[i]);
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
