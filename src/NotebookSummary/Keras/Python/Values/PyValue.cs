namespace NotebookSummary.Keras.Python.Values;

/// <summary>
/// A value of the interpreted Python: numbers, strings, containers, functions, modules, and the Keras objects the
/// reader understands (layer classes, layers, models). Anything the reader cannot compute is a
/// <see cref="PyUnknown"/> that remembers why.
/// </summary>
internal abstract class PyValue
{
    /// <summary>Python's name for the type, for messages (<c>int</c>, <c>str</c>, <c>Dense</c>).</summary>
    public abstract string TypeName { get; }
}
