using System.Text;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.PlainText;

/// <summary>Numbers, shapes and sizes written the way Keras prints them in summaries.</summary>
internal static class KerasText
{
    /// <summary>
    /// Keras 3's shape text: the dims, batch included, joined by <c>", "</c> in brackets (<c>(None, 26, 26, 32)</c>).
    /// Unlike a Python tuple, one dim prints without a comma.
    /// </summary>
    public static string Keras3Shape(Shape shape) => ShapeText(shape, pythonTuple: false);

    /// <summary>The most characters the text of <paramref name="shape"/> takes: a dim is at most 20 characters
    /// (<c>-9223372036854775808</c>) and its separator 2.</summary>
    public static int MaxShapeLength(Shape shape) => shape.Rank * 22 + 3;

    /// <summary>
    /// Writes the text of <paramref name="shape"/> into <paramref name="destination"/> (at least
    /// <see cref="MaxShapeLength"/> long): Keras 3's (<see cref="Keras3Shape"/>), or with <paramref name="pythonTuple"/>
    /// Python's <c>str()</c> of the tuple, whose one dim has a comma (<c>(None,)</c>). Returns the characters written.
    /// </summary>
    /// <remarks>Every row's cells hold shapes: written into the row's or the output's buffer, they make no string.</remarks>
    /// <param name="firstAxis">1 writes a sample's shape, without the batch (<c>(26, 26, 32)</c>).</param>
    public static int WriteShape(Shape shape, bool pythonTuple, Span<char> destination, int firstAxis = 0)
    {
        int n = 0;
        destination[n++] = '(';
        for (int i = firstAxis; i < shape.Rank; i++)
        {
            if (i > firstAxis)
            {
                destination[n++] = ',';
                destination[n++] = ' ';
            }
            if (shape[i] is { } v) n += KerasNumbers.WritePlain(v, destination[n..]);
            else
            {
                "None".CopyTo(destination[n..]);
                n += 4;
            }
        }
        if (pythonTuple && shape.Rank - firstAxis == 1) destination[n++] = ',';
        destination[n++] = ')';
        return n;
    }

    /// <summary>Appends the text of <paramref name="shape"/> (see <see cref="WriteShape"/>) without making a string.</summary>
    public static StringBuilder AppendShape(this StringBuilder sb, Shape shape, bool pythonTuple = false, int firstAxis = 0)
    {
        int max = MaxShapeLength(shape);
        Span<char> text = max <= 256 ? stackalloc char[max] : new char[max];
        return sb.Append(text[..WriteShape(shape, pythonTuple, text, Math.Min(firstAxis, shape.Rank))]);
    }

    private static string ShapeText(Shape shape, bool pythonTuple)
    {
        int max = MaxShapeLength(shape);
        Span<char> text = max <= 256 ? stackalloc char[max] : new char[max];
        return new string(text[..WriteShape(shape, pythonTuple, text)]);
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
    public static string PythonTupleShape(Shape shape) => ShapeText(shape, pythonTuple: true);

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
