using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python.Values;

/// <summary>Why a value is unknown: what the user is told if the value reaches a layer.</summary>
internal enum UnknownKind
{
    /// <summary>A name that was never assigned (Python's NameError).</summary>
    NotDefined,
    /// <summary>A call of a name that is not a known layer, e.g. <c>Conv2d(...)</c>.</summary>
    UnknownLayer,
    /// <summary>The result of code the reader does not run: data loading, library calls.</summary>
    NotRun,
    /// <summary>An operation Python would reject (<c>1/0</c>, <c>'a' + 1</c>) or a value past the reader's limits.</summary>
    Invalid,
    /// <summary>Something already reported (a layer whose arguments were wrong): not reported again.</summary>
    Reported,
}

/// <summary>The first cause of an unknown value, kept as the value flows through expressions.</summary>
/// <param name="Kind">What kind of cause.</param>
/// <param name="Message">For NotDefined, UnknownLayer and Invalid, the complete message; for NotRun, the text of
/// the expression that was not run.</param>
/// <param name="Span">Where the cause is in the source.</param>
/// <param name="Hint">How to fix it, when known.</param>
internal sealed record UnknownCause(UnknownKind Kind, string Message, TextSpan Span, string? Hint = null);

/// <summary>A value the reader cannot compute. Operations on it give it back, so its first cause is kept.</summary>
internal sealed class PyUnknown(UnknownCause cause) : PyValue
{
    public UnknownCause Cause { get; } = cause;
    public override string TypeName => "unknown";
}
