namespace NotebookSummary.Analysis;

/// <summary>
/// Receives an <see cref="Expr"/> node by node, in reading order, as Markdig's renderers receive a syntax tree: each
/// output (plain text, HTML) is one writer, and none of them reads formula text back. A writer decides whether it
/// shows a symbol's name or its value; it is handed both.
/// </summary>
internal interface IFormulaWriter
{
    /// <summary>A named quantity and its value in this model (null: unknown, Keras's <c>None</c>).</summary>
    void Symbol(Symbol symbol, long? value);

    /// <summary>A literal number (null: unknown).</summary>
    void Number(long? value);

    void Operator(FormulaOperator op);

    /// <summary>Opens a bracket: a group, ⌊, ⌈ or a function such as <c>max(</c>.</summary>
    void Open(FormulaBracket bracket);

    /// <summary>Between two arguments of a function.</summary>
    void Separator();

    void Close(FormulaBracket bracket);
}

internal enum FormulaOperator { Add, Subtract, Multiply, Divide }

internal enum FormulaBracket { Group, Floor, Ceiling, Max }
