namespace NotebookSummary.Rendering.KerasTable;

/// <summary>Which Keras's <c>model.summary()</c> a <see cref="KerasTableRenderer"/> table reproduces.</summary>
public enum KerasTableStyle
{
    /// <summary>Keras 3: a rich box table with wrapped cells and parameter memory sizes (default line length 76).</summary>
    Keras3,

    /// <summary>tf.keras 2.x: underscore and <c>=</c> rule lines, cells cut to their column (default line length 65).</summary>
    Keras2,
}
