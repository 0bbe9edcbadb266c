using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using NotebookSummary.Analysis;

namespace NotebookSummary.Rendering.Json;

/// <summary>
/// Writes the common layer object — no nested model, one output shape, names that need no escape — as the UTF-8 bytes
/// <see cref="Utf8JsonWriter"/> would write for it, and hands them to the writer as one raw value. A row is twenty
/// properties; asked of the writer one by one, each is a call that checks its state, its indentation and its text,
/// which made writing the JSON of a 10,000-layer model cost more than reading the model. Any other row is written
/// property by property (<see cref="JsonRenderer"/>), so what escaping or nesting does is the writer's own work.
/// </summary>
/// <remarks>
/// The writer adds the comma before a raw value but neither the line break nor the indentation, so they are written
/// here, from the writer's depth, with the line end and the two spaces a level its indented output uses.
/// </remarks>
internal sealed class JsonRowBytes
{
    // Printable ASCII but the quote and the backslash: what the writer (relaxed escaping) copies as it is. Everything
    // else — DEL, controls, any non-ASCII character — sends the row to the writer.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly bool _indented;
    private byte[] _buffer = new byte[1024];
    private int _length;
    private int _depth; // the depth of the row's object, in the writer's levels
    private bool _first;

    // The type, class and kind names written, and their bytes, found by reference: a deep model repeats a few.
    private readonly string?[] _names = new string?[16];
    private readonly byte[]?[] _quotedNames = new byte[]?[16];
    private int _nextName;

    public JsonRowBytes(bool indented) => _indented = indented;

    /// <summary>Writes <paramref name="row"/> as the next value of <paramref name="w"/>'s open array, or returns false
    /// (writing nothing) for a row this does not write.</summary>
    public bool TryWrite(Utf8JsonWriter w, SummaryRow row, string kindName)
    {
        if (row.Nested is not null || !(row.HasOneOutputShape || row.OutputShapes.Count == 1)) return false;
        _length = 0;
        _depth = w.CurrentDepth;
        LineBreak(_depth);
        Put((byte)'{');
        _first = true;
        Property("\"index\":"u8);
        Number(row.Index);
        Property("\"name\":"u8);
        if (!String(row.Name)) return false;
        Property("\"type\":"u8);
        if (!Repeated(row.DisplayType)) return false;
        Property("\"class_name\":"u8);
        if (!Repeated(row.ClassName)) return false;
        Property("\"operation\":"u8);
        Put(row.IsOperation ? "true"u8 : "false"u8);
        Property("\"activation\":"u8);
        if (row.Activation is null) Put("null"u8);
        else if (!String(row.Activation)) return false;
        Property("\"kind\":"u8);
        if (!Repeated(kindName)) return false;
        Property("\"input_shape\":"u8);
        Shape(row.InputShape);
        Property("\"output_shape\":"u8);
        Shape(row.OutputShape);
        Property("\"params\":"u8);
        Number(row.Params);
        Property("\"trainable_params\":"u8);
        Number(row.TrainableParams);
        Property("\"non_trainable_params\":"u8);
        Number(row.NonTrainableParams);
        Property("\"trainable\":"u8);
        Put(row.Trainable ? "true"u8 : "false"u8);
        Property("\"macs\":"u8);
        NullableNumber(row.MultiplyAccumulates);
        Property("\"output_elements\":"u8);
        NullableNumber(row.OutputElements);
        Property("\"connected_to\":"u8);
        var connectedTo = row.ConnectedTo;
        if (connectedTo.Count == 0) Put("[]"u8);
        else
        {
            Put((byte)'[');
            for (int i = 0; i < connectedTo.Count; i++)
            {
                if (i > 0) Put((byte)',');
                LineBreak(_depth + 2);
                if (!String(connectedTo[i])) return false;
            }
            LineBreak(_depth + 1);
            Put((byte)']');
        }
        Property("\"nested\":"u8);
        Put("null"u8);
        LineBreak(_depth);
        Put((byte)'}');
        w.WriteRawValue(_buffer.AsSpan(0, _length), skipInputValidation: true);
        return true;
    }

    /// <summary>A property's name (quoted, with its colon), after the comma and line break that separate it.</summary>
    private void Property(ReadOnlySpan<byte> quotedNameAndColon)
    {
        if (!_first) Put((byte)',');
        _first = false;
        LineBreak(_depth + 1);
        Put(quotedNameAndColon);
        if (_indented) Put((byte)' ');
    }

    private void LineBreak(int depth)
    {
        if (!_indented) return;
        Put(NewLine);
        int spaces = 2 * depth;
        Ensure(spaces);
        _buffer.AsSpan(_length, spaces).Fill((byte)' ');
        _length += spaces;
    }

    private void Shape(Shape? shape)
    {
        if (shape is null)
        {
            Put("null"u8);
            return;
        }
        if (shape.Rank == 0)
        {
            Put("[]"u8);
            return;
        }
        Put((byte)'[');
        for (int i = 0; i < shape.Rank; i++)
        {
            if (i > 0) Put((byte)',');
            LineBreak(_depth + 2);
            NullableNumber(shape[i]);
        }
        LineBreak(_depth + 1);
        Put((byte)']');
    }

    private void NullableNumber(long? value)
    {
        if (value is { } v) Number(v);
        else Put("null"u8);
    }

    private void Number(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out int written);
        _length += written;
    }

    /// <summary>Writes <paramref name="text"/> quoted; false when a character of it would be escaped.</summary>
    private bool String(string text)
    {
        if (text.AsSpan().IndexOfAnyExcept(Plain) >= 0) return false;
        Ensure(text.Length + 2);
        _buffer[_length++] = (byte)'"';
        _length += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_length));
        _buffer[_length++] = (byte)'"';
        return true;
    }

    /// <summary><see cref="String"/> for a name most rows share, encoded once.</summary>
    private bool Repeated(string text)
    {
        for (int i = 0; i < _names.Length; i++)
        {
            if (ReferenceEquals(_names[i], text))
            {
                Put(_quotedNames[i]!);
                return true;
            }
        }
        if (text.AsSpan().IndexOfAnyExcept(Plain) >= 0) return false;
        // Full, the oldest name makes room: a model with more kinds of layer than this encodes some again.
        int slot = _nextName;
        _nextName = (_nextName + 1) % _names.Length;
        _names[slot] = text;
        _quotedNames[slot] = Encoding.ASCII.GetBytes("\"" + text + "\"");
        Put(_quotedNames[slot]);
        return true;
    }

    private void Put(byte b)
    {
        Ensure(1);
        _buffer[_length++] = b;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
