using System.Globalization;
using System.Runtime.CompilerServices;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>Numbers, shapes and sizes written the way Keras prints them in summaries.</summary>
internal static class KerasText
{
    /// <summary>
    /// Keras 3's shape text: the dims, batch included, joined by <c>", "</c> in brackets (<c>(None, 26, 26, 32)</c>).
    /// Unlike a Python tuple, one dim prints without a comma.
    /// </summary>
    public static string Keras3Shape(Shape shape)
    {
        // Built on the stack: one shape text per row, and a builder per row was a tenth of the table's allocations.
        var text = new DefaultInterpolatedStringHandler(2, shape.Rank, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral("(");
        for (int i = 0; i < shape.Rank; i++)
        {
            if (i > 0) text.AppendLiteral(", ");
            if (shape[i] is { } v) text.AppendFormatted(v);
            else text.AppendLiteral("None");
        }
        text.AppendLiteral(")");
        return text.ToStringAndClear();
    }

    /// <summary>
    /// Keras 3's Output Shape cell: one shape as <see cref="Keras3Shape"/>; several (a layer with several outputs) as
    /// the Python list Keras prints, <c>[(None, 5, 4), (None, 4)]</c>.
    /// </summary>
    public static string Keras3Shapes(SummaryRow row) =>
        row.HasOneOutputShape ? Keras3Shape(row.OutputShape) : Keras3Shapes(row.OutputShapes);

    public static string Keras3Shapes(IReadOnlyList<Shape> shapes) =>
        shapes.Count == 1 ? Keras3Shape(shapes[0]) : "[" + string.Join(", ", shapes.Select(Keras3Shape)) + "]";

    /// <summary>Keras 3's Connected to cell: the entries joined by <c>", "</c>, or <c>-</c> when there are none.</summary>
    public static string ConnectedTo(IReadOnlyList<string> entries) => entries.Count == 0 ? "-" : string.Join(", ", entries);

    /// <summary>tf.keras 2.x's shape text: Python's <c>str()</c> of the shape tuple, <c>(None, 7)</c> or <c>(None,)</c>.</summary>
    public static string PythonTupleShape(Shape shape) => shape.ToString();

    /// <summary>
    /// Python's <c>str()</c> of a layer's output shapes: one tuple, or the list of tuples of a layer with several
    /// outputs (<c>[(None, 32), (None, 16)]</c>); <paramref name="asList"/> writes one shape as a list too.
    /// </summary>
    public static string PythonShapes(SummaryRow row, bool asList = false) =>
        row.HasOneOutputShape && !asList ? PythonTupleShape(row.OutputShape) : PythonShapes(row.OutputShapes, asList);

    public static string PythonShapes(IReadOnlyList<Shape> shapes, bool asList = false) =>
        shapes.Count == 1 && !asList ? PythonTupleShape(shapes[0]) : "[" + string.Join(", ", shapes.Select(PythonTupleShape)) + "]";

    /// <summary>Keras 3's memory size of <paramref name="count"/> float32 parameters: <c>66.88 KB</c>.</summary>
    public static string ParamsSize(long count) => KerasNumbers.MemorySize(ModelTotals.BytesOf(count));
}
