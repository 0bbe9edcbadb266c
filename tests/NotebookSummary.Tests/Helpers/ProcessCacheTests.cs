using NotebookSummary.Helpers;

namespace NotebookSummary.Tests.Helpers;

/// <summary>The shared cache: one value per key for every caller, made once, and never more keys than its capacity.</summary>
public class ProcessCacheTests
{
    [Fact]
    public void Each_key_is_made_once_and_shared()
    {
        int made = 0;
        var cache = new ProcessCache<int, string>(k => { made++; return new string('x', k); }, capacity: 10);
        var first = cache[3];
        var second = cache[3];
        Assert.Same(first, second);
        Assert.Equal("xxx", first);
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_full_cache_starts_over_and_keeps_the_keys_in_use_now()
    {
        int made = 0;
        var cache = new ProcessCache<int, string>(k => { made++; return k.ToString(System.Globalization.CultureInfo.InvariantCulture); }, capacity: 4);
        for (int k = 0; k < 100; k++) Assert.Equal(k.ToString(System.Globalization.CultureInfo.InvariantCulture), cache[k]);
        Assert.True(cache.Count <= 4, $"{cache.Count} keys kept, capacity 4");
        Assert.Equal(100, made);
        _ = cache[99]; // the latest key: kept
        Assert.Equal(100, made);
        _ = cache[0]; // let go when the cache started over: made again, then kept
        _ = cache[0];
        Assert.Equal(101, made);
    }

    [Fact]
    public void Threads_asking_at_once_get_one_value()
    {
        var cache = new ProcessCache<int, object>(_ => new object(), capacity: 10);
        var seen = new object[64];
        Parallel.For(0, seen.Length, i => seen[i] = cache[7]);
        Assert.All(seen, o => Assert.Same(seen[0], o));
    }
}
