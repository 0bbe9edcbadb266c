namespace NotebookSummary;

/// <summary>
/// An argument a Keras Application refuses (Keras raises <c>ValueError</c>): the message is Keras's own, so a user
/// who searches for it finds Keras's explanation; <see cref="Hint"/> says how to fix the call.
/// </summary>
public sealed class ApplicationArgumentException : ArgumentException
{
    public ApplicationArgumentException(string message, string? hint = null) : base(message) => Hint = hint;

    /// <summary>How to fix the call, or null.</summary>
    public string? Hint { get; }
}
