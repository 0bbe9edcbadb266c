namespace NotebookSummary.Rendering;

/// <summary>
/// A <see cref="TextWriter"/> that can also take text already encoded as UTF-8, in order with the characters written
/// to it: the CLI's standard output and files, so that the text tables' bytes (<see cref="OutputSink.Utf8"/>) reach
/// the stream as they are instead of being decoded and encoded again.
/// </summary>
internal interface IUtf8Writer
{
    /// <summary>Writes <paramref name="utf8"/> after everything written so far; false (nothing written) when this
    /// writer does not take bytes after all (it encodes otherwise), so the caller writes the characters instead.</summary>
    bool TryWriteUtf8(ReadOnlySpan<byte> utf8);
}
