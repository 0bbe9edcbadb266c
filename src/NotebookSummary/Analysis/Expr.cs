using System.Globalization;
using System.Text;

namespace NotebookSummary.Analysis;

/// <summary>
/// A small arithmetic expression over named quantities: the one mechanism behind every walk-through.
/// A layer writes its rule once, e.g. <c>(k_h·k_w·c_in + 1)·filters</c>, and the expression yields the
/// symbolic text, the text with the model's numbers substituted, and the value — so the three can never disagree.
/// </summary>
/// <remarks>
/// Values are exact 64-bit integers computed eagerly with checked arithmetic; an overflow throws
/// <see cref="OverflowException"/>, which the summarizer turns into a model error. A <c>null</c> value is
/// Keras's unknown dimension (<c>None</c>) and propagates through every operation.
/// </remarks>
public abstract class Expr
{
    private protected Expr(long? value) => Value = value;

    /// <summary>The value, or null when it depends on an unknown dimension.</summary>
    public long? Value { get; }

    /// <summary>The rule with symbol names, e.g. <c>(k_h·k_w·c_in + 1)·filters</c>.</summary>
    public string Symbolic => Render(substituted: false);

    /// <summary>The rule with the model's numbers, e.g. <c>(3·3·1 + 1)·32</c>.</summary>
    public string Substituted => Render(substituted: true);

    /// <summary>True when the expression is a bare number or symbol, so a walk-through need not show its arithmetic.</summary>
    public bool IsAtom => Precedence == AtomPrecedence;

    internal const int AddPrecedence = 1;
    internal const int MulPrecedence = 2;
    internal const int AtomPrecedence = 3;

    internal abstract int Precedence { get; }

    internal abstract void Write(StringBuilder sb, bool substituted);

    internal virtual void CollectSymbols(List<Symbol> into) { }

    private string Render(bool substituted)
    {
        var sb = new StringBuilder();
        Write(sb, substituted);
        return sb.ToString();
    }

    public override string ToString() => Symbolic;

    // ---- construction -------------------------------------------------------------------------

    /// <summary>A literal number; it reads the same in the symbolic and substituted forms.</summary>
    public static Expr Const(long value) => new ConstExpr(value);

    /// <summary>A number that may be unknown (printed <c>None</c>), e.g. a dimension taken from a shape.</summary>
    public static Expr Number(long? value) => new ConstExpr(value);

    /// <summary>A named quantity with its value in this model and what it means (for the legend).</summary>
    public static Expr Sym(string name, long? value, string meaning) => new SymbolExpr(new Symbol(name, meaning), value);

    public static implicit operator Expr(long value) => Const(value);

    public static Expr operator +(Expr a, Expr b) => new BinaryExpr(a, b, BinaryOp.Add);
    public static Expr operator -(Expr a, Expr b) => new BinaryExpr(a, b, BinaryOp.Subtract);
    public static Expr operator *(Expr a, Expr b) => new BinaryExpr(a, b, BinaryOp.Multiply);

    /// <summary>⌊a/b⌋, Python's <c>//</c> for the non-negative sizes it is used on.</summary>
    public static Expr FloorDiv(Expr a, Expr b) => new BracketDivExpr(a, b, ceiling: false);

    /// <summary>⌈a/b⌉, the output length of 'same' padding.</summary>
    public static Expr CeilDiv(Expr a, Expr b) => new BracketDivExpr(a, b, ceiling: true);

    /// <summary>max(a, b).</summary>
    public static Expr Max(Expr a, Expr b) => new MaxExpr(a, b);

    /// <summary>The product of the factors (1 when there are none).</summary>
    public static Expr Product(IEnumerable<Expr> factors)
    {
        Expr? result = null;
        foreach (var f in factors) result = result is null ? f : result * f;
        return result ?? Const(1);
    }

    /// <summary>The sum of the terms (0 when there are none).</summary>
    public static Expr Sum(IEnumerable<Expr> terms)
    {
        Expr? result = null;
        foreach (var t in terms) result = result is null ? t : result + t;
        return result ?? Const(0);
    }

    /// <summary>The symbols used, each once, in order of first appearance.</summary>
    public IReadOnlyList<Symbol> Symbols()
    {
        var list = new List<Symbol>();
        CollectSymbols(list);
        return list;
    }

    internal static string FormatNumber(long? value) =>
        value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "None";

    // FormatNumber written in place, without a string per number.
    private static void AppendNumber(StringBuilder sb, long? value)
    {
        if (value is { } v) sb.AppendInvariant(v, "N0");
        else sb.Append("None");
    }

    // ---- node types ---------------------------------------------------------------------------

    private sealed class ConstExpr(long? value) : Expr(value)
    {
        internal override int Precedence => AtomPrecedence;
        internal override void Write(StringBuilder sb, bool substituted) => AppendNumber(sb, Value);
    }

    private sealed class SymbolExpr(Symbol symbol, long? value) : Expr(value)
    {
        internal override int Precedence => AtomPrecedence;

        internal override void Write(StringBuilder sb, bool substituted)
        {
            if (substituted) AppendNumber(sb, Value);
            else sb.Append(symbol.Name);
        }

        internal override void CollectSymbols(List<Symbol> into)
        {
            foreach (var s in into)
                if (s.Name == symbol.Name) return;
            into.Add(symbol);
        }
    }

    private enum BinaryOp { Add, Subtract, Multiply }

    private sealed class BinaryExpr(Expr left, Expr right, BinaryOp op) : Expr(Compute(left.Value, right.Value, op))
    {
        internal override int Precedence => op == BinaryOp.Multiply ? MulPrecedence : AddPrecedence;

        private static long? Compute(long? a, long? b, BinaryOp op)
        {
            if (a is not { } x || b is not { } y) return null;
            return op switch
            {
                BinaryOp.Add => checked(x + y),
                BinaryOp.Subtract => checked(x - y),
                _ => checked(x * y),
            };
        }

        internal override void Write(StringBuilder sb, bool substituted)
        {
            WriteOperand(sb, left, substituted, left.Precedence < Precedence);
            sb.Append(op switch { BinaryOp.Add => " + ", BinaryOp.Subtract => " − ", _ => "·" });
            // a − (b + c) and a·(b·c) keep their brackets on the right so the reading order stays the computing order.
            bool rightNeedsBrackets = op == BinaryOp.Subtract
                ? right.Precedence <= Precedence
                : right.Precedence < Precedence;
            WriteOperand(sb, right, substituted, rightNeedsBrackets);
        }

        internal override void CollectSymbols(List<Symbol> into)
        {
            left.CollectSymbols(into);
            right.CollectSymbols(into);
        }
    }

    private sealed class BracketDivExpr(Expr numerator, Expr denominator, bool ceiling)
        : Expr(Compute(numerator.Value, denominator.Value, ceiling))
    {
        internal override int Precedence => AtomPrecedence;

        private static long? Compute(long? a, long? b, bool ceiling)
        {
            if (a is not { } x || b is not { } y || y == 0) return null;
            long q = x / y, r = x % y;
            // Python's floor division: round toward negative infinity.
            if (r != 0 && ((r < 0) != (y < 0))) q--;
            if (ceiling && r != 0) q = checked(q + 1);
            return q;
        }

        internal override void Write(StringBuilder sb, bool substituted)
        {
            sb.Append(ceiling ? '⌈' : '⌊');
            WriteOperand(sb, numerator, substituted, numerator.Precedence < AtomPrecedence);
            sb.Append('/');
            WriteOperand(sb, denominator, substituted, denominator.Precedence < AtomPrecedence);
            sb.Append(ceiling ? '⌉' : '⌋');
        }

        internal override void CollectSymbols(List<Symbol> into)
        {
            numerator.CollectSymbols(into);
            denominator.CollectSymbols(into);
        }
    }

    private sealed class MaxExpr(Expr a, Expr b)
        : Expr(a.Value is { } x && b.Value is { } y ? Math.Max(x, y) : null)
    {
        internal override int Precedence => AtomPrecedence;

        internal override void Write(StringBuilder sb, bool substituted)
        {
            sb.Append("max(");
            a.Write(sb, substituted);
            sb.Append(", ");
            b.Write(sb, substituted);
            sb.Append(')');
        }

        internal override void CollectSymbols(List<Symbol> into)
        {
            a.CollectSymbols(into);
            b.CollectSymbols(into);
        }
    }

    private static void WriteOperand(StringBuilder sb, Expr e, bool substituted, bool brackets)
    {
        if (brackets) sb.Append('(');
        e.Write(sb, substituted);
        if (brackets) sb.Append(')');
    }
}

/// <summary>A named quantity of a formula and what it means, e.g. <c>k_h</c> = "kernel height".</summary>
public sealed record Symbol(string Name, string Meaning);
