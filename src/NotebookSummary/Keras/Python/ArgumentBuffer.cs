using System.Collections;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// The evaluated arguments of one call, in a buffer the interpreter reuses: a call's arguments live exactly as long
/// as the call (callees read them and keep only the values), so a model of thousands of <c>model.add(...)</c> lines
/// needs a handful of buffers, one per level of calls nested in arguments, rather than an array per call.
/// </summary>
internal sealed class ArgumentBuffer : IReadOnlyList<Arg>
{
    private Arg[] _items = new Arg[4];

    public int Count { get; private set; }

    public Arg this[int index] =>
        (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The arguments added so far, for a loop without a call through the interface per item.</summary>
    public ReadOnlySpan<Arg> Items => _items.AsSpan(0, Count);

    public void Add(Arg arg)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = arg;
    }

    /// <summary>Empties the buffer, letting go of the values so they can be collected.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    public IEnumerator<Arg> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
