namespace NotebookSummary.Rendering;

/// <summary>
/// Every output the library renders from a <see cref="Analysis.ModelSummary"/>: the selector users pass to
/// <see cref="SummaryRenderer.Render"/>. What each format is (name, MIME type, extension, how it renders) is
/// declared in its folder and listed in <see cref="OutputFormats"/>.
/// </summary>
public enum SummaryFormat
{
    /// <summary>The notebook HTML summary: table, parameter bars, walk-throughs.</summary>
    Html,
    /// <summary>Keras 3's <c>model.summary()</c> table, byte for byte.</summary>
    Text,
    /// <summary>The classic tf.keras 2.x summary table.</summary>
    Keras2,
    /// <summary>The keras-sequential-ascii diagram.</summary>
    Ascii,
    /// <summary>The convnet-drawer style SVG drawing.</summary>
    Svg,
    /// <summary>A GitHub-flavoured Markdown table.</summary>
    Markdown,
    /// <summary>JSON, schema <c>notebook-summary/1</c>.</summary>
    Json,
}
