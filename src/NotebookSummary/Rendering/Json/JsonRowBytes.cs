using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// here, from the writer's depth, with the line end and the two spaces a level its indented output uses. What does not
/// change from row to row is made once: each property's separator, line break, indentation and quoted name are one
/// copy, and the text of a shape, a type or a kind is kept while rows repeat it.
/// </remarks>
internal sealed class JsonRowBytes
{
    // Printable ASCII but the quote and the backslash: what the writer (relaxed escaping) copies as it is. Everything
    // else — DEL, controls, any non-ASCII character — sends the row to the writer.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    // The row's properties in the writer's order (JsonRenderer.WriteRow); the index into the prefixes below.
    private static readonly string[] Properties =
    [
        "index", "name", "type", "class_name", "operation", "activation", "kind", "input_shape", "output_shape", "params",
        "trainable_params", "non_trainable_params", "trainable", "macs", "output_elements", "connected_to", "nested",
    ];

    private const int Index = 0, Name = 1, Type = 2, ClassName = 3, Operation = 4, Activation = 5, Kind = 6,
        InputShape = 7, OutputShape = 8, Params = 9, TrainableParams = 10, NonTrainableParams = 11, Trainable = 12,
        Macs = 13, OutputElements = 14, ConnectedTo = 15, Nested = 16;

    private readonly bool _indented;
    private byte[] _buffer = new byte[1024];
    private int _length;

    // Made for the depth of the first row written (every row of one array has the same): the row's opening and
    // closing, each property's separator and name, and the separators of a list's items.
    private int _depth = -1;
    private byte[][] _prefixes = [];
    private byte[] _open = [], _close = [], _firstItem = [], _nextItem = [], _endList = [];

    // Texts rows repeat, found by reference (a name) or by value (a shape), kept while they repeat.
    private readonly string?[] _names = new string?[16];
    private readonly byte[]?[] _quotedNames = new byte[]?[16];
    private int _nextName;
    private readonly Shape?[] _shapes = new Shape?[8];
    private readonly byte[]?[] _shapeBytes = new byte[]?[8];
    private int _nextShape;

    public JsonRowBytes(bool indented) => _indented = indented;

    /// <summary>Writes <paramref name="row"/> as the next value of <paramref name="w"/>'s open array, or returns false
    /// (writing nothing) for a row this does not write.</summary>
    public bool TryWrite(Utf8JsonWriter w, SummaryRow row, string kindName)
    {
        if (row.Nested is not null || !(row.HasOneOutputShape || row.OutputShapes.Count == 1)) return false;
        if (w.CurrentDepth != _depth) Prepare(w.CurrentDepth);
        _length = 0;
        Put(_open);
        Put(_prefixes[Index]);
        Number(row.Index);
        Put(_prefixes[Name]);
        if (!String(row.Name)) return false;
        Put(_prefixes[Type]);
        if (!Repeated(row.DisplayType)) return false;
        Put(_prefixes[ClassName]);
        if (!Repeated(row.ClassName)) return false;
        Put(_prefixes[Operation]);
        Put(row.IsOperation ? "true"u8 : "false"u8);
        Put(_prefixes[Activation]);
        if (row.Activation is null) Put("null"u8);
        else if (!String(row.Activation)) return false;
        Put(_prefixes[Kind]);
        if (!Repeated(kindName)) return false;
        Put(_prefixes[InputShape]);
        Shape(row.InputShape);
        Put(_prefixes[OutputShape]);
        Shape(row.OutputShape);
        Put(_prefixes[Params]);
        Number(row.Params);
        Put(_prefixes[TrainableParams]);
        Number(row.TrainableParams);
        Put(_prefixes[NonTrainableParams]);
        Number(row.NonTrainableParams);
        Put(_prefixes[Trainable]);
        Put(row.Trainable ? "true"u8 : "false"u8);
        Put(_prefixes[Macs]);
        NullableNumber(row.MultiplyAccumulates);
        Put(_prefixes[OutputElements]);
        NullableNumber(row.OutputElements);
        Put(_prefixes[ConnectedTo]);
        var connectedTo = row.ConnectedTo;
        if (connectedTo.Count == 0) Put("[]"u8);
        else
        {
            for (int i = 0; i < connectedTo.Count; i++)
            {
                Put(i == 0 ? _firstItem : _nextItem);
                if (!String(connectedTo[i])) return false;
            }
            Put(_endList);
        }
        Put(_prefixes[Nested]);
        Put("null"u8);
        Put(_close);
        w.WriteRawValue(_buffer.AsSpan(0, _length), skipInputValidation: true);
        return true;
    }

    private void Prepare(int depth)
    {
        _depth = depth;
        string Break(int level) => _indented ? Environment.NewLine + new string(' ', 2 * level) : "";
        _prefixes = Properties.Select((name, i) =>
            Encoding.ASCII.GetBytes((i > 0 ? "," : "") + Break(depth + 1) + "\"" + name + "\":" + (_indented ? " " : ""))).ToArray();
        _open = Encoding.ASCII.GetBytes(Break(depth) + "{");
        _close = Encoding.ASCII.GetBytes(Break(depth) + "}");
        _firstItem = Encoding.ASCII.GetBytes("[" + Break(depth + 2));
        _nextItem = Encoding.ASCII.GetBytes("," + Break(depth + 2));
        _endList = Encoding.ASCII.GetBytes(Break(depth + 1) + "]");
        Array.Clear(_shapes); // their text is indented for the depth they were written at
    }

    /// <summary>A shape as a list of numbers and nulls, the text of each kept for a while: a deep model's rows have few.</summary>
    private void Shape(Shape? shape)
    {
        if (shape is null)
        {
            Put("null"u8);
            return;
        }
        for (int i = 0; i < _shapes.Length; i++)
        {
            if (_shapes[i] is { } known && (ReferenceEquals(known, shape) || known.Equals(shape)))
            {
                Put(_shapeBytes[i]!);
                return;
            }
        }
        int start = _length;
        if (shape.Rank == 0) Put("[]"u8);
        else
        {
            for (int i = 0; i < shape.Rank; i++)
            {
                Put(i == 0 ? _firstItem : _nextItem);
                NullableNumber(shape[i]);
            }
            Put(_endList);
        }
        int slot = _nextShape;
        _nextShape = (_nextShape + 1) % _shapes.Length;
        _shapes[slot] = shape;
        _shapeBytes[slot] = _buffer.AsSpan(start, _length - start).ToArray();
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

    /// <summary><see cref="String"/> for a name most rows share (type, class, kind), encoded once.</summary>
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
        Put(_quotedNames[slot]!);
        return true;
    }

    // A row is two dozen of these: inlined, and copied without the checks of a span made for each.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Put(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _length),
            ref MemoryMarshal.GetReference(bytes), (uint)bytes.Length);
        _length += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
