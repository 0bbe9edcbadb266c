namespace NotebookSummary.Rendering.PlainText;

/// <summary>How text wider than its column is made to fit: the one place where the Keras 3 and Keras 2 tables differ in measuring.</summary>
internal enum CellFit
{
    /// <summary>
    /// rich's default, which Keras 3 uses: word-wrap onto as many lines as needed; a word longer than the width gets
    /// a line of its own and is cut with <c>…</c>. Header and body cells alike.
    /// </summary>
    WrapWithEllipsis,

    /// <summary>
    /// tf.keras 2.x: each line of the text (one, but for the "Connected to" entries Keras 2 prints one a line) simply
    /// cut at the width, with no marker.
    /// </summary>
    Cut,
}
