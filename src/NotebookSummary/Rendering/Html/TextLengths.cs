using System.Globalization;
using NotebookSummary.Rendering.PlainText;

namespace NotebookSummary.Rendering.Html;

/// <summary>
/// How long texts the table writes are, without writing them: column widths and the folded list's padding measure
/// every layer of a big model, and a string per measured number or shape was most of what measuring allocated.
/// </summary>
internal static class TextLengths
{
    /// <summary>The length of <paramref name="n"/> written plainly (<c>1792</c>).</summary>
    public static int Plain(long n) => Length(n, null);

    /// <summary>The length of <see cref="KerasNumbers.Count"/>'s text (<c>1,792</c>).</summary>
    public static int Count(long n) => Length(n, "N0");

    /// <summary>The length of <paramref name="shape"/>'s text (<see cref="Shape.ToString"/>).</summary>
    public static int Shape(Shape shape)
    {
        int max = KerasText.MaxShapeLength(shape);
        Span<char> text = max <= 256 ? stackalloc char[max] : new char[max];
        return KerasText.WriteShape(shape, pythonTuple: true, text);
    }

    private static int Length(long n, string? format)
    {
        Span<char> text = stackalloc char[32];
        n.TryFormat(text, out int length, format, CultureInfo.InvariantCulture);
        return length;
    }
}
