using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>The few <c>math</c> and <c>numpy</c> functions that shape arithmetic uses (<c>np.prod(shape)</c>, <c>math.ceil</c>).</summary>
internal static class MathFunctions
{
    public static bool TryCall(string path, CallContext ctx, out PyValue result)
    {
        result = null!;
        var x = ctx.Get(0);
        if (x is PyUnknown unknown)
        {
            result = unknown;
            return IsKnown(path);
        }
        switch (path)
        {
            case "math.ceil" or "numpy.ceil" when x is not null && PyOps.AsDouble(x) is { } d:
                result = path == "math.ceil" ? IntOf(Math.Ceiling(d), ctx) : new PyFloat(Math.Ceiling(d));
                return true;
            case "math.floor" or "numpy.floor" when x is not null && PyOps.AsDouble(x) is { } d:
                result = path == "math.floor" ? IntOf(Math.Floor(d), ctx) : new PyFloat(Math.Floor(d));
                return true;
            case "math.sqrt" or "numpy.sqrt" when x is not null && PyOps.AsDouble(x) is { } d:
                result = new PyFloat(Math.Sqrt(d));
                return true;
            case "math.pow" when x is not null && PyOps.AsDouble(x) is { } b && ctx.Get(1) is { } e && PyOps.AsDouble(e) is { } p:
                result = new PyFloat(Math.Pow(b, p));
                return true;
            case "math.prod" or "numpy.prod" when x is not null:
            {
                var items = ctx.Interpreter.Materialize(x, ctx.Span);
                if (items is null) return false;
                long product = 1;
                double? floating = null;
                foreach (var item in items)
                {
                    if (item is PyUnknown u)
                    {
                        result = u;
                        return true;
                    }
                    if (PyOps.AsLong(item) is { } l && floating is null)
                    {
                        try { product = checked(product * l); }
                        catch (OverflowException) { result = CallContextInvalid(ctx, "integer too large"); return true; }
                    }
                    else if (PyOps.AsDouble(item) is { } f) floating = (floating ?? product) * f;
                    else return false;
                }
                result = floating is { } fl ? new PyFloat(fl) : PyInt.Of(product);
                return true;
            }
        }
        return false;
    }

    private static bool IsKnown(string path) => path is "math.ceil" or "numpy.ceil" or "math.floor" or "numpy.floor"
        or "math.sqrt" or "numpy.sqrt" or "math.pow" or "math.prod" or "numpy.prod";

    private static PyValue IntOf(double d, CallContext ctx) =>
        d is >= -9.2e18 and <= 9.2e18 ? PyInt.Of((long)d) : CallContextInvalid(ctx, "integer too large");

    private static PyUnknown CallContextInvalid(CallContext ctx, string message) => ctx.Invalid(message);
}
