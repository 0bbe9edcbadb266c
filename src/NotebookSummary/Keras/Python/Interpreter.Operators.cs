using System.Text;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Python;

// Operators, subscripts and iteration, with Python's semantics for the types the reader knows.
internal sealed partial class Interpreter
{
    private PyValue Binary(BinaryOperator op, PyValue a, PyValue b, TextSpan span)
    {
        if (a is PyUnknown) return a;
        if (b is PyUnknown) return b;
        // A library value on either side may define the operator (a Keras tensor makes an operation row).
        if (((a as HostValue)?.Binary(this, op, a, b, span) ?? (b as HostValue)?.Binary(this, op, a, b, span)) is { } hosted) return hosted;
        if (PyOps.AsLong(a) is { } x && PyOps.AsLong(b) is { } y) return IntegerBinary(op, x, y, span);
        if (PyOps.IsNumber(a) && PyOps.IsNumber(b)) return FloatBinary(op, PyOps.AsDouble(a)!.Value, PyOps.AsDouble(b)!.Value, span);
        switch (op, a, b)
        {
            case (BinaryOperator.Add, PyStr s, PyStr t):
                Budget.Collection((long)s.Value.Length + t.Value.Length, span);
                return new PyStr(s.Value + t.Value);
            case (BinaryOperator.Add, PyTuple s, PyTuple t):
                Budget.Collection((long)s.Items.Length + t.Items.Length, span);
                return new PyTuple([.. s.Items, .. t.Items]);
            case (BinaryOperator.Add, PyList s, PyList t):
                Budget.Collection((long)s.Items.Count + t.Items.Count, span);
                return new PyList([.. s.Items, .. t.Items]);
            case (BinaryOperator.Multiply, PyStr or PyTuple or PyList, PyInt or PyBool):
                return Repeat(a, PyOps.AsLong(b)!.Value, span);
            case (BinaryOperator.Multiply, PyInt or PyBool, PyStr or PyTuple or PyList):
                return Repeat(b, PyOps.AsLong(a)!.Value, span);
            case (BinaryOperator.Modulo, PyStr s, _):
                return PyFormat.Percent(s.Value, b, Budget, span) is { } text ? new PyStr(text) : NotRun(span);
        }
        return Invalid($"unsupported operand type(s) for {Symbol(op)}: '{a.TypeName}' and '{b.TypeName}'", span);
    }

    private PyValue Repeat(PyValue sequence, long times, TextSpan span)
    {
        if (times < 0) times = 0;
        switch (sequence)
        {
            case PyStr s:
            {
                if (s.Value.Length == 0 || times == 0) return PyStr.Empty;
                Budget.Collection(times > ReaderLimits.MaxCollectionLength ? times : s.Value.Length * times, span);
                var sb = new StringBuilder(s.Value.Length * (int)times);
                for (long i = 0; i < times; i++) sb.Append(s.Value);
                return new PyStr(sb.ToString());
            }
            case PyTuple t:
            {
                Budget.Collection(times > ReaderLimits.MaxCollectionLength ? times : t.Items.Length * times, span);
                var items = new List<PyValue>();
                for (long i = 0; i < times; i++) items.AddRange(t.Items);
                return new PyTuple(items.ToArray());
            }
            default:
            {
                var l = (PyList)sequence;
                Budget.Collection(times > ReaderLimits.MaxCollectionLength ? times : l.Items.Count * times, span);
                var items = new List<PyValue>();
                for (long i = 0; i < times; i++) items.AddRange(l.Items);
                return new PyList(items);
            }
        }
    }

    private PyValue IntegerBinary(BinaryOperator op, long x, long y, TextSpan span)
    {
        try
        {
            switch (op)
            {
                case BinaryOperator.Add: return PyInt.Of(checked(x + y));
                case BinaryOperator.Subtract: return PyInt.Of(checked(x - y));
                case BinaryOperator.Multiply: return PyInt.Of(checked(x * y));
                case BinaryOperator.Divide:
                    return y == 0 ? DivisionByZero(span) : new PyFloat((double)x / y);
                case BinaryOperator.FloorDivide:
                {
                    if (y == 0) return DivisionByZero(span);
                    long q = checked(x / y);
                    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                    return PyInt.Of(q);
                }
                case BinaryOperator.Modulo:
                {
                    if (y == 0) return DivisionByZero(span);
                    long r = y == -1 ? 0 : x % y;
                    if (r != 0 && ((r < 0) != (y < 0))) r += y;
                    return PyInt.Of(r);
                }
                case BinaryOperator.Power:
                {
                    if (y < 0) return x == 0 ? DivisionByZero(span) : new PyFloat(Math.Pow(x, y));
                    return PyInt.Of(PyOps.IntPow(x, y));
                }
                case BinaryOperator.BitAnd: return PyInt.Of(x & y);
                case BinaryOperator.BitOr: return PyInt.Of(x | y);
                case BinaryOperator.BitXor: return PyInt.Of(x ^ y);
                case BinaryOperator.LeftShift:
                {
                    if (y < 0) return Invalid("negative shift count", span);
                    if (x == 0) return PyInt.Of(0);
                    if (y >= 63) throw new OverflowException();
                    long shifted = x << (int)y;
                    if (shifted >> (int)y != x) throw new OverflowException();
                    return PyInt.Of(shifted);
                }
                case BinaryOperator.RightShift:
                    if (y < 0) return Invalid("negative shift count", span);
                    return PyInt.Of(y >= 63 ? (x < 0 ? -1 : 0) : x >> (int)y);
            }
        }
        catch (OverflowException)
        {
            const string message = "integer too large: the reader computes with 64-bit integers (up to 9223372036854775807)";
            Diagnostics.Warning(span, message);
            return Invalid(message, span);
        }
        return Invalid($"unsupported operand type(s) for {Symbol(op)}: 'int' and 'int'", span);
    }

    private static PyValue FloatBinary(BinaryOperator op, double x, double y, TextSpan span)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(x + y);
            case BinaryOperator.Subtract: return new PyFloat(x - y);
            case BinaryOperator.Multiply: return new PyFloat(x * y);
            case BinaryOperator.Divide: return y == 0 ? DivisionByZero(span) : new PyFloat(x / y);
            case BinaryOperator.FloorDivide: return y == 0 ? DivisionByZero(span) : new PyFloat(Math.Floor(x / y));
            case BinaryOperator.Modulo: return y == 0 ? DivisionByZero(span) : new PyFloat(x - y * Math.Floor(x / y));
            case BinaryOperator.Power: return new PyFloat(Math.Pow(x, y));
        }
        return Invalid($"unsupported operand type(s) for {Symbol(op)}: 'float' and 'float'", span);
    }

    private static PyUnknown DivisionByZero(TextSpan span) => Invalid("division by zero", span);

    internal static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.FloorDivide => "//",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "**",
        BinaryOperator.MatrixMultiply => "@",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitXor => "^",
        BinaryOperator.BitAnd => "&",
        BinaryOperator.LeftShift => "<<",
        _ => ">>",
    };

    private PyValue Unary(UnaryExpr u)
    {
        var value = Eval(u.Operand);
        if (value is PyUnknown) return value;
        if (value is HostValue host && u.Operator != UnaryOperator.Not && host.Unary(this, u.Operator, u.Span) is { } hosted) return hosted;
        switch (u.Operator)
        {
            case UnaryOperator.Not:
                return PyOps.Truthy(value) is { } t ? PyBool.Of(!t) : value;
            case UnaryOperator.Minus:
                if (PyOps.AsLong(value) is { } i)
                    return i == long.MinValue ? Invalid("integer too large", u.Span) : PyInt.Of(-i);
                if (value is PyFloat f) return new PyFloat(-f.Value);
                break;
            case UnaryOperator.Plus:
                if (PyOps.AsLong(value) is { } p) return PyInt.Of(p);
                if (value is PyFloat) return value;
                break;
            case UnaryOperator.Invert:
                if (PyOps.AsLong(value) is { } v) return PyInt.Of(~v);
                break;
        }
        string symbol = u.Operator switch { UnaryOperator.Minus => "-", UnaryOperator.Plus => "+", _ => "~" };
        return Invalid($"bad operand type for unary {symbol}: '{value.TypeName}'", u.Span);
    }

    private PyValue Compare(CompareOperator op, PyValue a, PyValue b, TextSpan span)
    {
        if (op is CompareOperator.Is or CompareOperator.IsNot)
        {
            if (a is PyUnknown) return a;
            if (b is PyUnknown) return b;
            bool same = ReferenceEquals(a, b) || (a is PyInt or PyStr && a.GetType() == b.GetType() && PyOps.ValueEquals(a, b, 0));
            return PyBool.Of(op == CompareOperator.Is ? same : !same);
        }
        if (a is PyUnknown) return a;
        if (b is PyUnknown) return b;
        if (((a as HostValue)?.Compare(this, op, a, b, span) ?? (b as HostValue)?.Compare(this, op, a, b, span)) is { } comparison) return comparison;
        // Comparing or searching containers reads them: charged by size.
        Budget.Charge(1 + SizeOf(a) + (op is CompareOperator.In or CompareOperator.NotIn ? SizeOf(b) : 0), span);
        switch (op)
        {
            case CompareOperator.Equal: return PyBool.Of(PyOps.ValueEquals(a, b, 0));
            case CompareOperator.NotEqual: return PyBool.Of(!PyOps.ValueEquals(a, b, 0));
            case CompareOperator.In:
            case CompareOperator.NotIn:
            {
                var contains = Contains(b, a);
                if (contains is null) return Invalid($"argument of type '{b.TypeName}' is not iterable", span);
                return PyBool.Of(op == CompareOperator.In ? contains.Value : !contains.Value);
            }
        }
        var order = PyOps.Compare(a, b);
        string symbol = op switch
        {
            CompareOperator.Less => "<",
            CompareOperator.LessEqual => "<=",
            CompareOperator.Greater => ">",
            _ => ">=",
        };
        if (order is null)
            return Invalid($"'{symbol}' not supported between instances of '{a.TypeName}' and '{b.TypeName}'", span);
        return PyBool.Of(op switch
        {
            CompareOperator.Less => order < 0,
            CompareOperator.LessEqual => order <= 0,
            CompareOperator.Greater => order > 0,
            _ => order >= 0,
        });
    }

    private static long SizeOf(PyValue value) => value switch
    {
        PyStr s => s.Value.Length,
        PyList l => l.Items.Count,
        PyTuple t => t.Items.Length,
        PyDict d => d.Keys.Count,
        _ => 0,
    };

    private static bool? Contains(PyValue container, PyValue item) => container switch
    {
        PyStr s when item is PyStr t => s.Value.Contains(t.Value, StringComparison.Ordinal),
        PyList l => l.Items.Any(v => PyOps.ValueEquals(v, item, 0)),
        PyTuple t => t.Items.Any(v => PyOps.ValueEquals(v, item, 0)),
        PyDict d => d.Map.ContainsKey(item),
        PySet s => s.Contains(item),
        PyRange r when PyOps.AsLong(item) is { } i => r.Step > 0
            ? i >= r.Start && i < r.Stop && (i - r.Start) % r.Step == 0
            : i <= r.Start && i > r.Stop && (r.Start - i) % -r.Step == 0,
        PyRange => false,
        _ => null,
    };

    // ---- subscripts ------------------------------------------------------------------------------

    private PyValue Subscript(PyValue container, PyValue index, TextSpan span)
    {
        if (container is PyUnknown) return container;
        if (index is PyUnknown) return index;
        switch (container)
        {
            case PyList or PyTuple or PyStr or PyRange:
            {
                long length = container switch
                {
                    PyList l => l.Items.Count,
                    PyTuple t => t.Items.Length,
                    PyStr s => s.Value.Length,
                    _ => ((PyRange)container).Length,
                };
                if (index is PySlice slice) return Slice(container, slice, length, span);
                if (PyOps.AsLong(index) is not { } i)
                    return Invalid($"{container.TypeName} indices must be integers or slices, not {index.TypeName}", span);
                long at = i < 0 ? i + length : i;
                if (at < 0 || at >= length) return Invalid($"{container.TypeName} index out of range", span);
                return container switch
                {
                    PyList l => l.Items[(int)at],
                    PyTuple t => t.Items[at],
                    PyStr s => new PyStr(s.Value[(int)at].ToString()),
                    _ => PyInt.Of(((PyRange)container)[at]),
                };
            }
            case PyDict d:
                return d.Map.TryGetValue(index, out var value) ? value : Invalid($"KeyError: {PyOps.Repr(index)}", span);
            case HostValue host:
                return host.Subscript(this, index, span);
            case PyModule:
                return NotRun(span);
        }
        return Invalid($"'{container.TypeName}' object is not subscriptable", span);
    }

    private PyValue Slice(PyValue container, PySlice slice, long length, TextSpan span)
    {
        long? Bound(PyValue v) => v is PyNone ? null : PyOps.AsLong(v);
        if ((slice.Lower is not PyNone && Bound(slice.Lower) is null) || (slice.Upper is not PyNone && Bound(slice.Upper) is null)
            || (slice.Step is not PyNone && Bound(slice.Step) is null))
            return slice.Lower as PyUnknown ?? slice.Upper as PyUnknown ?? slice.Step as PyUnknown
                ?? (PyValue)Invalid("slice indices must be integers or None", span);
        long step = Bound(slice.Step) ?? 1;
        if (step == 0) return Invalid("slice step cannot be zero", span);
        long Clamp(long? v, long fallback)
        {
            if (v is not { } x) return fallback;
            if (x < 0) x += length;
            return step > 0 ? Math.Clamp(x, 0, length) : Math.Clamp(x, -1, length - 1);
        }
        long start = Clamp(Bound(slice.Lower), step > 0 ? 0 : length - 1);
        long stop = Clamp(Bound(slice.Upper), step > 0 ? length : -1);
        var indices = new List<long>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            indices.Add(i);
            if (indices.Count > ReaderLimits.MaxCollectionLength) Budget.Collection(indices.Count, span);
        }
        Budget.Collection(indices.Count, span);
        return container switch
        {
            PyList l => new PyList(indices.Select(i => l.Items[(int)i]).ToList()),
            PyTuple t => new PyTuple(indices.Select(i => t.Items[i]).ToArray()),
            PyStr s => new PyStr(string.Concat(indices.Select(i => s.Value[(int)i]))),
            _ => new PyList(indices.Select(i => (PyValue)PyInt.Of(((PyRange)container)[i])).ToList()),
        };
    }

    // ---- iteration -------------------------------------------------------------------------------

    /// <summary>The items of an iterable value (lazily for ranges and live lists), or null if it is not iterable.</summary>
    public static IEnumerable<PyValue>? Iterate(PyValue value, TextSpan span) => value switch
    {
        PyList l => IterateList(l),
        PyTuple t => t.Items,
        PyStr s => s.Value.Select(c => (PyValue)new PyStr(c.ToString())),
        PyDict d => d.Keys.ToArray(),
        PySet s => s.Items.ToArray(),
        PyRange r => IterateRange(r),
        _ => null,
    };

    private static IEnumerable<PyValue> IterateList(PyList list)
    {
        for (int i = 0; i < list.Items.Count; i++) yield return list.Items[i];
    }

    private static IEnumerable<PyValue> IterateRange(PyRange range)
    {
        long n = range.Length;
        for (long i = 0; i < n; i++) yield return PyInt.Of(range[i]);
    }

    /// <summary>All items of an iterable, charged to the budget as they are produced; null if not iterable.</summary>
    public List<PyValue>? Materialize(PyValue value, TextSpan span)
    {
        if (value is PyRange r) Budget.Collection(r.Length, span);
        var items = Iterate(value, span);
        if (items is null) return null;
        var list = new List<PyValue>();
        foreach (var item in items)
        {
            Budget.Charge(1, span);
            list.Add(item);
            if (list.Count > ReaderLimits.MaxCollectionLength) Budget.Collection(list.Count, span);
        }
        return list;
    }
}
