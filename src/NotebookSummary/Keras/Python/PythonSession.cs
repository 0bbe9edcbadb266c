using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// What the language keeps from one run of a session to the next, as a kernel does: the global variables and the
/// number of runs (the values of literals are kept on their syntax nodes, see <c>LiteralExpr</c>).
/// </summary>
internal sealed class PythonSession
{
    public Scope Globals { get; } = new(null);

    /// <summary>Number of runs so far (the current run's id).</summary>
    public int Runs { get; set; }
}
