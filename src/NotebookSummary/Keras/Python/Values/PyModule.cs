namespace NotebookSummary.Keras.Python.Values;

/// <summary>
/// An imported module or an attribute path inside one (<c>tensorflow.keras.layers</c>, <c>numpy.prod</c>):
/// <see cref="Path"/> is the dotted path as imported. What a path holds is the host's answer
/// (<see cref="IPythonHost.ModuleAttribute"/>).
/// </summary>
internal sealed class PyModule : PyValue
{
    public PyModule(string path, bool imported = false)
    {
        Path = path;
        IsImported = imported;
    }

    /// <summary>
    /// True for a module bound by an import statement. Other paths (<c>sys.argv</c>, <c>np.pi</c>) stand for values
    /// the reader does not know, so their truth is unknown.
    /// </summary>
    public bool IsImported { get; }

    public string Path { get; }

    /// <summary>Attributes looked up so far (each module path resolves the same way every time).</summary>
    public Dictionary<string, PyValue> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>The last component: <c>relu</c> for <c>tf.nn.relu</c>.</summary>
    public string LastName => Path[(Path.LastIndexOf('.') + 1)..];

    public override string TypeName => "module";
}
