using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering;

/// <summary>
/// Draws a model's architecture as an SVG picture in the style of convnet-drawer: every layer output is a box
/// (feature maps as 3-D boxes of height × width × channels, vectors as thin bars), convolution kernels and pooling
/// windows sit on the map they slide over with lines projecting to the output, and each box is labelled with its
/// Keras shape and layer type. Sizes are calibrated automatically from the model (see <see cref="SvgOptions"/>).
/// <para>
/// Rules: shape-keeping layers (Dropout, Activation, BatchNormalization, ...) fold into the box above as
/// <c>+ tags</c>; a model wider than <see cref="SvgOptions.MaxWidth"/> is drawn smaller, then wrapped into rows;
/// at most <see cref="SvgOptions.MaxColumns"/> elements are drawn (the rest is counted by a "⋯ N more" marker);
/// an invalid model is drawn up to the failing layer, followed by the error text.
/// </para>
/// </summary>
public static class SvgRenderer
{
    /// <summary>A standalone SVG 1.1 document (UTF-8 text without an XML declaration, so it also embeds in HTML);
    /// with <see cref="SvgOptions.NotebookCell"/>, the HTML fragment a notebook cell shows (see
    /// <see cref="SvgOptions.NotebookCell"/>).</summary>
    public static string Render(ModelSummary summary, SvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= SvgOptions.Default;
        var plan = DiagramPlanner.Plan(summary, options);
        return options.NotebookCell
            ? NotebookDrawing.Write(plan, options)
            : DiagramSvgWriter.Write(DiagramLayoutEngine.Build(plan, options));
    }

    /// <summary>The standalone document of <see cref="Render"/> (whatever <see cref="SvgOptions.NotebookCell"/> says)
    /// appended to <paramref name="output"/>, an element at a time.</summary>
    internal static void WriteDocument(OutputSink output, ModelSummary summary, SvgOptions options) =>
        DiagramSvgWriter.Write(output, DiagramLayoutEngine.Build(DiagramPlanner.Plan(summary, options), options));
}
