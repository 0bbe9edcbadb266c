using System.Collections.Concurrent;

namespace NotebookSummary.Helpers;

/// <summary>
/// A process-wide memo of a pure function: each key's value is made once and then shared by every caller, on any
/// thread. The one shape of the library's static caches — for values that would otherwise be made again for every
/// layer of a model from a handful of distinct keys (a class's snake-case name, a symbol's text, a type's reflected
/// property, a boxed <c>(3, 3)</c>).
/// </summary>
/// <remarks>
/// Sharing is safe because <paramref name="make"/> must depend on the key alone and make an immutable value: whoever
/// asks first, every caller gets what it would have made itself, and no model, session or thread can see another's
/// state through it. It is bounded: when it holds <paramref name="capacity"/> keys it starts over, so a notebook kernel
/// that reads arbitrary code for days cannot grow it without limit, and the keys in use now are kept again (a cache
/// that stopped keeping would make a value for every layer of every model read after it filled, and the work of a
/// read would depend on what was read before it).
/// </remarks>
internal sealed class ProcessCache<TKey, TValue>(Func<TKey, TValue> make, int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _values = new();

    // The entry found last, for a key that is a value (a layer's arguments and input): a model's layers ask one cache
    // for the same key many times running (every 'same' 3×3 convolution on 16×16), and comparing that key costs a
    // fraction of hashing it into the dictionary. A key that is an object (a type, a text) is compared through a
    // shared comparer and asked for in turns (the reader's Conv2D, BatchNormalization, Activation): it goes straight
    // to the dictionary. An entry is made once a key and written whole, so any thread reads some key's entry, and
    // checks its key.
    private Entry? _last;

    private sealed class Entry(TKey key, TValue value)
    {
        public TKey Key { get; } = key;
        public TValue Value { get; } = value;
    }

    /// <summary>The value for <paramref name="key"/>: the shared one, or made now.</summary>
    public TValue this[TKey key]
    {
        get
        {
            if (!typeof(TKey).IsValueType) return (_values.TryGetValue(key, out var found) ? found : Add(key)).Value;
            if (Volatile.Read(ref _last) is { } last && EqualityComparer<TKey>.Default.Equals(last.Key, key)) return last.Value;
            var entry = _values.TryGetValue(key, out var kept) ? kept : Add(key);
            Volatile.Write(ref _last, entry);
            return entry.Value;
        }
    }

    /// <summary>How many values are kept (at most the capacity, but for threads adding at the same moment).</summary>
    public int Count => _values.Count;

    private Entry Add(TKey key)
    {
        var entry = new Entry(key, make(key));
        if (_values.Count >= capacity) _values.Clear();
        return _values.GetOrAdd(key, entry);
    }
}
