using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

/// <summary>Stops a run: a limit of <see cref="ReaderLimits"/> was reached. Becomes one error diagnostic.</summary>
internal sealed class ReaderStopException(string message, TextSpan span, string? hint = null) : Exception(message)
{
    public TextSpan Span { get; } = span;
    public string? Hint { get; } = hint;
}

/// <summary>
/// Counts the work of one run (statements, iterations, calls, elements created) against
/// <see cref="ReaderLimits.MaxWork"/>, so any program finishes in bounded time.
/// </summary>
internal sealed class WorkBudget
{
    private long _used;

    public long Used => _used;

    /// <summary>Charges <paramref name="units"/> (checked before the work is done).</summary>
    public void Charge(long units, TextSpan at)
    {
        if (units < 0 || units > ReaderLimits.MaxWork - _used)
            throw new ReaderStopException(
                $"stopped: the code does more work than the reader allows ({KerasNumbers.Count(ReaderLimits.MaxWork)} steps of statements, loop iterations and elements)",
                at, "a model definition needs far fewer steps; check loop counts and sizes");
        _used += units;
    }

    /// <summary>Charges one element added to a collection that now has <paramref name="length"/> elements.</summary>
    public void Grow(long length, TextSpan at)
    {
        if (length > ReaderLimits.MaxCollectionLength) Collection(length, at);
        Charge(1, at);
    }

    /// <summary>Fails unless a collection of <paramref name="length"/> elements may be built; charges it.</summary>
    public void Collection(long length, TextSpan at)
    {
        if (length > ReaderLimits.MaxCollectionLength)
            throw new ReaderStopException(
                $"stopped: the code builds a list, tuple or string of {KerasNumbers.Count(length)} elements; the reader allows {KerasNumbers.Count(ReaderLimits.MaxCollectionLength)}",
                at, "a model definition never needs a value this long; check the sizes and repeat counts in the code");
        Charge(length, at);
    }
}
