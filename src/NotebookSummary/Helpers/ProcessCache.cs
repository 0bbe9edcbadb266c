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
/// state through it. It is bounded: past <paramref name="capacity"/> keys a value is made and not kept, so a notebook
/// kernel that reads arbitrary code for days cannot grow it without limit.
/// </remarks>
internal sealed class ProcessCache<TKey, TValue>(Func<TKey, TValue> make, int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();

    /// <summary>The value for <paramref name="key"/>: the shared one, or made now.</summary>
    public TValue this[TKey key] => _values.TryGetValue(key, out var value) ? value : Add(key);

    /// <summary>How many values are kept (never more than the capacity).</summary>
    public int Count => _values.Count;

    private TValue Add(TKey key)
    {
        var value = make(key);
        return _values.Count < capacity ? _values.GetOrAdd(key, value) : value;
    }
}
