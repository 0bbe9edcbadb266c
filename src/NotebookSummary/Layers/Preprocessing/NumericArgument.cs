using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NotebookSummary;

/// <summary>
/// A number argument that Keras takes as loosely as Python does: one number, a tuple or list of numbers, or nested
/// lists (a mean per channel, a factor range). Holds its shape, its values and its text, frozen when the layer is
/// made; whether the value fits the argument is decided while building, so a bad value becomes a model error.
/// </summary>
/// <remarks>
/// Accepts C# numbers, tuples (<c>(-0.2, 0.3)</c>), arrays and lists, and what the Keras reader makes of Python
/// numbers, tuples and lists. Anything else (a string, a bool, a ragged list) is kept as not numeric.
/// </remarks>
public sealed class NumericArgument
{
    private readonly ArrayView<int> _shape;
    private readonly ArrayView<double> _values;

    private NumericArgument(int[] shape, double[] values, string text, bool isNumeric)
    {
        _shape = new ArrayView<int>(shape);
        _values = new ArrayView<double>(values);
        Text = text;
        IsNumeric = isNumeric;
    }

    /// <summary>The value as Python would write it, e.g. <c>0.5</c> or <c>(-0.2, 0.3)</c>.</summary>
    public string Text { get; }

    /// <summary>False when the value holds something other than numbers, or lists of different lengths.</summary>
    public bool IsNumeric { get; }

    /// <summary>The array shape (<c>()</c> for one number, <c>(3,)</c> for three), as numpy sees it.</summary>
    public IReadOnlyList<int> Shape => _shape;

    /// <summary>The numbers, flattened in reading order.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>True for one number (not a list).</summary>
    public bool IsScalar => IsNumeric && _shape.Count == 0;

    /// <summary>The shape as Python prints it: <c>()</c>, <c>(3,)</c>, <c>(2, 3)</c>.</summary>
    public string ShapeText => KerasNumbers.Tuple(_shape);

    public override string ToString() => Text;

    /// <summary>Reads <paramref name="value"/>; null stays null (Python's <c>None</c>).</summary>
    public static NumericArgument? Of(object? value)
    {
        if (value is null) return null;
        var values = new List<double>();
        var text = new StringBuilder();
        var shape = Read(value, values, text, depth: 0);
        return new NumericArgument(shape ?? [], values.ToArray(), text.ToString(), shape is not null);
    }

    // Appends the value's text and numbers; returns its shape, or null when it is not a rectangular array of numbers.
    private static int[]? Read(object value, List<double> values, StringBuilder text, int depth)
    {
        if (Number(value) is { } number)
        {
            values.Add(number);
            text.Append(NumberText(value, number));
            return [];
        }
        if (depth > 8 || value is string or bool || Items(value) is not { } items)
        {
            text.Append(value is bool b ? (b ? "True" : "False") : value is string s ? $"'{s}'" : value.ToString());
            return null;
        }
        bool tuple = value is ITuple;
        text.Append(tuple ? '(' : '[');
        int[]? itemShape = null;
        bool rectangular = true;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) text.Append(", ");
            var shape = items[i] is null ? null : Read(items[i]!, values, text, depth + 1);
            if (items[i] is null) text.Append("None");
            if (shape is null || (itemShape is not null && !itemShape.AsSpan().SequenceEqual(shape))) rectangular = false;
            itemShape ??= shape;
        }
        if (tuple && items.Length == 1) text.Append(',');
        text.Append(tuple ? ')' : ']');
        return rectangular ? [items.Length, .. itemShape ?? []] : null;
    }

    private static double? Number(object value) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        decimal m => (double)m,
        _ => null,
    };

    private static object?[]? Items(object value)
    {
        if (value is ITuple tuple)
        {
            var items = new object?[tuple.Length];
            for (int i = 0; i < items.Length; i++) items[i] = tuple[i];
            return items;
        }
        return value is IEnumerable sequence ? sequence.Cast<object?>().ToArray() : null;
    }

    // Python's repr: integers plain, floats always with a decimal point (1.0, 0.1, 1e-05).
    private static string NumberText(object original, double value)
    {
        if (original is not (double or float or decimal))
            return Convert.ToString(original, CultureInfo.InvariantCulture) ?? "";
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        string text = original is float f ? f.ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text.Replace("E", "e") : text + ".0";
    }
}
