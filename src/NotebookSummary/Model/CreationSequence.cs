namespace NotebookSummary;

/// <summary>
/// One number per layer, model, Sequential and layer call, increasing in the order they were made. Keras names a
/// layer when it is constructed (<c>Dense(3)(Dense(4)(x))</c> names the outer one <c>dense</c>, because Python
/// constructs it first), and a functional model's default names follow that order; C# evaluates
/// <c>new Dense(3).Call(new Dense(4).Call(x))</c> in the same order. Layer calls are numbered too: a call's inputs
/// were made before it, so sorting calls by this number puts every call after the calls it depends on.
/// </summary>
internal static class CreationSequence
{
    private static long _last;

    /// <summary>The next number (thread-safe; never repeats within a process).</summary>
    public static long Next() => Interlocked.Increment(ref _last);
}
