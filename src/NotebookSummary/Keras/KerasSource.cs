namespace NotebookSummary.Keras;

/// <summary>
/// Reads Keras model code as users paste it from tutorials and notebooks (imports, variables, loops, conditions,
/// data loading and training included) into the <see cref="Sequential"/> model it builds, without Python.
/// <code>
/// var result = KerasSource.Parse(code);
/// var summary = result.Summarize();           // ModelSummary + diagnostics mapped to source lines
/// foreach (var d in summary.Diagnostics) Console.WriteLine(d);   // line 4, col 11: unknown layer 'Conv2d' — did you mean 'Conv2D'?
/// </code>
/// </summary>
public static class KerasSource
{
    /// <summary>Reads one piece of code (a cell or a file). Never throws; problems are diagnostics.</summary>
    public static KerasReadResult Parse(string? text) => new KerasSession().Read(text, throwaway: true);

    /// <summary>Reads code whose layers come from <paramref name="catalog"/> (e.g. one that adds your own layer types).</summary>
    public static KerasReadResult Parse(string? text, LayerCatalog catalog) => new KerasSession(catalog).Read(text, throwaway: true);
}
