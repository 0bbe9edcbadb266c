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
    public bool IsAtom => this is ConstExpr or SymbolExpr;

    /// <summary>True when the expression names no symbol, so its text with numbers reads as its text with names.</summary>
    internal bool IsNumeric => !NamesSymbol();

    /// <summary>True when a symbol occurs in the expression (asked of every formula a walk-through writes: no list is made).</summary>
    private protected abstract bool NamesSymbol();

    internal const int AddPrecedence = 1;
    internal const int MulPrecedence = 2;
    internal const int AtomPrecedence = 3;

    internal abstract int Precedence { get; }

    /// <summary>Hands the expression to <paramref name="writer"/> node by node, brackets included.</summary>
    internal abstract void WriteTo(IFormulaWriter writer);

    /// <summary>Appends the plain text of the rule (<see cref="Symbolic"/> or <see cref="Substituted"/>).</summary>
    internal void Write(StringBuilder sb, bool substituted) => FormulaTextWriter.Write(this, sb, substituted);

    private string Render(bool substituted)
    {
        var sb = new StringBuilder();
        Write(sb, substituted);
        return sb.ToString();
    }

    public override string ToString() => Symbolic;

    // ---- construction -------------------------------------------------------------------------

    /// <summary>A literal number; it reads the same in the symbolic and substituted forms.</summary>
    public static Expr Const(long value) => (ulong)value < SmallNumbers ? Small[value] : new ConstExpr(value);

    /// <summary>A number that may be unknown (printed <c>None</c>), e.g. a dimension taken from a shape.</summary>
    public static Expr Number(long? value) => value is { } v ? Const(v) : new ConstExpr(null);

    // Nodes are immutable, so the small numbers every layer writes (the 1 of a bias, the 2 of BatchNormalization's
    // moving statistics) are one node each, shared by every formula.
    private const int SmallNumbers = 64;
    private static readonly ConstExpr[] Small = Enumerable.Range(0, SmallNumbers).Select(static v => new ConstExpr(v)).ToArray();

    /// <summary>A named quantity with its value in this model and what it means (for the legend).</summary>
    public static Expr Sym(string name, long? value, string meaning) => new SymbolExpr(new Symbol(name, meaning), value);

    /// <summary>A named quantity whose <see cref="Symbol"/> the caller keeps (symbols are values: one serves every layer).</summary>
    internal static Expr Sym(Symbol symbol, long? value) => new SymbolExpr(symbol, value);

    public static implicit operator Expr(long value) => Const(value);

    public static Expr operator +(Expr a, Expr b) => new BinaryExpr(a, b, FormulaOperator.Add);
    public static Expr operator -(Expr a, Expr b) => new BinaryExpr(a, b, FormulaOperator.Subtract);
    public static Expr operator *(Expr a, Expr b) => new BinaryExpr(a, b, FormulaOperator.Multiply);

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

    /// <summary><see cref="Product(IEnumerable{Expr})"/> of an array, without an enumerator.</summary>
    internal static Expr Product(Expr[] factors)
    {
        if (factors.Length == 0) return Const(1);
        var result = factors[0];
        for (int i = 1; i < factors.Length; i++) result *= factors[i];
        return result;
    }

    /// <summary>The sum of the terms (0 when there are none).</summary>
    public static Expr Sum(IEnumerable<Expr> terms)
    {
        Expr? result = null;
        foreach (var t in terms) result = result is null ? t : result + t;
        return result ?? Const(0);
    }

    /// <summary>The symbols used, each once, in order of first appearance.</summary>
    public IReadOnlyList<Symbol> Symbols() => SymbolValues().Select(p => p.Symbol).ToList();

    /// <summary>The symbols used, each once in order of first appearance, with their values in this model.</summary>
    internal IReadOnlyList<(Symbol Symbol, long? Value)> SymbolValues()
    {
        var collector = new SymbolCollector();
        WriteTo(collector);
        return collector.Found;
    }

    /// <summary>A writer that keeps only the symbols, each the first time it is met.</summary>
    private sealed class SymbolCollector : IFormulaWriter
    {
        public List<(Symbol Symbol, long? Value)> Found { get; } = [];

        public void Symbol(Symbol symbol, long? value)
        {
            foreach (var (s, _) in Found)
                if (s.Name == symbol.Name) return;
            Found.Add((symbol, value));
        }

        public void Number(long? value) { }
        public void Operator(FormulaOperator op) { }
        public void Open(FormulaBracket bracket) { }
        public void Separator() { }
        public void Close(FormulaBracket bracket) { }
    }

    // ---- node types ---------------------------------------------------------------------------

    private sealed class ConstExpr(long? value) : Expr(value)
    {
        internal override int Precedence => AtomPrecedence;
        internal override void WriteTo(IFormulaWriter writer) => writer.Number(Value);
        private protected override bool NamesSymbol() => false;
    }

    private sealed class SymbolExpr(Symbol symbol, long? value) : Expr(value)
    {
        internal override int Precedence => AtomPrecedence;
        internal override void WriteTo(IFormulaWriter writer) => writer.Symbol(symbol, Value);
        private protected override bool NamesSymbol() => true;
    }

    private sealed class BinaryExpr(Expr left, Expr right, FormulaOperator op) : Expr(Compute(left.Value, right.Value, op))
    {
        internal override int Precedence => op == FormulaOperator.Multiply ? MulPrecedence : AddPrecedence;
        private protected override bool NamesSymbol() => left.NamesSymbol() || right.NamesSymbol();

        private static long? Compute(long? a, long? b, FormulaOperator op)
        {
            if (a is not { } x || b is not { } y) return null;
            return op switch
            {
                FormulaOperator.Add => checked(x + y),
                FormulaOperator.Subtract => checked(x - y),
                _ => checked(x * y),
            };
        }

        internal override void WriteTo(IFormulaWriter writer)
        {
            WriteOperand(writer, left, left.Precedence < Precedence);
            writer.Operator(op);
            // a − (b + c) and a·(b·c) keep their brackets on the right so the reading order stays the computing order.
            bool rightNeedsBrackets = op == FormulaOperator.Subtract
                ? right.Precedence <= Precedence
                : right.Precedence < Precedence;
            WriteOperand(writer, right, rightNeedsBrackets);
        }
    }

    private sealed class BracketDivExpr(Expr numerator, Expr denominator, bool ceiling)
        : Expr(Compute(numerator.Value, denominator.Value, ceiling))
    {
        internal override int Precedence => AtomPrecedence;
        private protected override bool NamesSymbol() => numerator.NamesSymbol() || denominator.NamesSymbol();

        private static long? Compute(long? a, long? b, bool ceiling)
        {
            if (a is not { } x || b is not { } y || y == 0) return null;
            long q = x / y, r = x % y;
            // Python's floor division: round toward negative infinity.
            if (r != 0 && ((r < 0) != (y < 0))) q--;
            if (ceiling && r != 0) q = checked(q + 1);
            return q;
        }

        internal override void WriteTo(IFormulaWriter writer)
        {
            var bracket = ceiling ? FormulaBracket.Ceiling : FormulaBracket.Floor;
            writer.Open(bracket);
            WriteOperand(writer, numerator, numerator.Precedence < AtomPrecedence);
            writer.Operator(FormulaOperator.Divide);
            WriteOperand(writer, denominator, denominator.Precedence < AtomPrecedence);
            writer.Close(bracket);
        }
    }

    private sealed class MaxExpr(Expr a, Expr b)
        : Expr(a.Value is { } x && b.Value is { } y ? Math.Max(x, y) : null)
    {
        internal override int Precedence => AtomPrecedence;
        private protected override bool NamesSymbol() => a.NamesSymbol() || b.NamesSymbol();

        internal override void WriteTo(IFormulaWriter writer)
        {
            writer.Open(FormulaBracket.Max);
            a.WriteTo(writer);
            writer.Separator();
            b.WriteTo(writer);
            writer.Close(FormulaBracket.Max);
        }
    }

    private static void WriteOperand(IFormulaWriter writer, Expr e, bool brackets)
    {
        if (brackets) writer.Open(FormulaBracket.Group);
        e.WriteTo(writer);
        if (brackets) writer.Close(FormulaBracket.Group);
    }
}

/// <summary>A named quantity of a formula and what it means, e.g. <c>k_h</c> = "kernel height".</summary>
public sealed record Symbol(string Name, string Meaning);
