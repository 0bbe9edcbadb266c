using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// What the language keeps from one run of a session to the next, as a kernel does: the global variables, the
/// number of runs, and the values of the literals evaluated so far.
/// </summary>
internal sealed class PythonSession
{
    public Scope Globals { get; } = new(null);

    /// <summary>Number of runs so far (the current run's id).</summary>
    public int Runs { get; set; }

    /// <summary>The value of each literal evaluated so far, by its syntax node (see <c>Interpreter.Constant</c>).</summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<Syntax.Nodes.ExprNode, PyValue> Constants { get; } = new();
}
