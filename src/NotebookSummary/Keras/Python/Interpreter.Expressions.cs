using System.Text;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Python;

// Expressions.
internal sealed partial class Interpreter
{
    public PyValue Eval(ExprNode node)
    {
        // Trees are at most ReaderLimits.MaxExpressionDepth deep, but calls of functions defined in the code
        // stack them; this turns an overflow into a diagnostic (Run catches it).
        if (node.Depth > 16) System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NameExpr n: return LookupName(n);
            case LiteralExpr l: return l.Evaluated as PyValue ?? Constant(l);
            case ConstantExpr c:
                return c.Kind switch
                {
                    ConstantKind.True => PyBool.True,
                    ConstantKind.False => PyBool.False,
                    ConstantKind.Ellipsis => PyEllipsis.Instance,
                    _ => PyNone.Instance,
                };
            case CallExpr c: return EvalCall(c);
            case AttributeExpr a: return GetAttribute(Eval(a.Target), a.Name, a.Span);
            case CollectionExpr c: return EvalCollection(c);
            case BinaryExpr b: return Binary(b.Operator, Eval(b.Left), Eval(b.Right), b.Span);
            case UnaryExpr u: return Unary(u);
            case SubscriptExpr s: return Subscript(Eval(s.Target), Eval(s.Index), s.Span);
            case SliceExpr s:
                return new PySlice(s.Lower is null ? PyNone.Instance : Eval(s.Lower),
                    s.Upper is null ? PyNone.Instance : Eval(s.Upper), s.Step is null ? PyNone.Instance : Eval(s.Step));
            case CompareExpr c: return EvalCompare(c);
            case BoolOpExpr b: return EvalBoolOp(b);
            case ConditionalExpr c: return EvalConditional(c);
            case FStringExpr f: return EvalFString(f);
            case DictExpr d: return EvalDict(d);
            case ComprehensionExpr c: return EvalComprehension(c);
            case LambdaExpr l: return MakeFunction("<lambda>", l.Parameters, null, l.Body);
            case NamedExpr n:
            {
                var value = Eval(n.Value);
                Assign(n.Target, value);
                return value;
            }
            case StarredExpr s: return Invalid("can't use starred expression here", s.Span);
            case OpaqueExpr o: return NotRun(o.Span);
        }
        return NotRun(node.Span);
    }

    // A literal evaluates to the same value every time: it is made once and kept on the node (see LiteralExpr).
    private PyValue Constant(LiteralExpr node)
    {
        var value = node is NumberExpr n ? EvalNumber(n) : LiteralString(((StringExpr)node).Value);
        node.Evaluated = value;
        return value;
    }

    // The parser shares one string between equal plain literals ('same', 'relu' on every line); so does the value:
    // one PyStr per distinct literal (bounded, for short strings), not one per occurrence.
    private readonly Dictionary<string, PyStr> _literalStrings = new(StringComparer.Ordinal);

    private PyStr LiteralString(string text)
    {
        if (text.Length > 64) return new PyStr(text);
        // The literals a model repeats line after line are found by reference among the last few, unhashed.
        foreach (var recent in _recentLiterals)
            if (ReferenceEquals(recent?.Value, text)) return recent;
        if (!_literalStrings.TryGetValue(text, out var value))
        {
            value = new PyStr(text);
            if (_literalStrings.Count < 4096) _literalStrings[text] = value;
        }
        _recentLiterals[_nextRecentLiteral] = value;
        _nextRecentLiteral = (_nextRecentLiteral + 1) % _recentLiterals.Length;
        return value;
    }

    private readonly PyStr?[] _recentLiterals = new PyStr?[4];
    private int _nextRecentLiteral;

    private PyValue EvalNumber(NumberExpr n)
    {
        if (n.Int is { } i) return PyInt.Of(i);
        if (n.Float is { } d) return new PyFloat(d);
        if (n.Problem!.StartsWith("integer too large", StringComparison.Ordinal))
            Diagnostics.Warning(n.Span, n.Problem);
        return Invalid(n.Problem, n.Span);
    }

    private PyValue LookupName(NameExpr n)
    {
        if (_scope.TryGet(n.Name, out var value)) return value;
        if (Builtins.TryGet(n.Name, out var builtin)) return builtin;
        // Names tutorials use without importing them: the host may read them as the library means them.
        if (Host.ImplicitName(n) is { } implicitValue) return implicitValue;
        return new PyUnknown(new UnknownCause(UnknownKind.NotDefined, $"name '{n.Name}' is not defined", n.Span));
    }

    private PyValue EvalCollection(CollectionExpr c)
    {
        if (c.Kind == CollectionKind.Tuple && !HasStarred(c.Items))
        {
            // The common (3, 3): one array, no list.
            if (c.Items.Count == 0) return PyTuple.Empty;
            var values = new PyValue[c.Items.Count];
            for (int i = 0; i < values.Length; i++) values[i] = Eval(c.Items[i]);
            Budget.Charge(values.Length, c.Span);
            return new PyTuple(values);
        }
        var items = new List<PyValue>(c.Items.Count);
        foreach (var item in c.Items)
        {
            if (item is StarredExpr s)
            {
                var value = Eval(s.Value);
                var expanded = value is PyUnknown ? null : Iterate(value, s.Span);
                if (expanded is null) return value is PyUnknown ? value : Invalid($"'{value.TypeName}' object is not iterable", s.Span);
                foreach (var e in expanded)
                {
                    Budget.Grow(items.Count + 1L, c.Span);
                    items.Add(e);
                }
            }
            else
            {
                items.Add(Eval(item));
            }
        }
        Budget.Charge(items.Count, c.Span);
        switch (c.Kind)
        {
            case CollectionKind.Tuple:
                return items.Count == 0 ? PyTuple.Empty : new PyTuple(items.ToArray());
            case CollectionKind.List:
                return new PyList(items);
            default:
            {
                var set = new PySet();
                foreach (var v in items) set.Add(v);
                return set;
            }
        }
    }

    private static bool HasStarred(IReadOnlyList<ExprNode> items)
    {
        for (int i = 0; i < items.Count; i++)
            if (items[i] is StarredExpr) return true;
        return false;
    }

    private PyValue EvalDict(DictExpr d)
    {
        var dict = new PyDict();
        foreach (var (key, valueNode) in d.Entries)
        {
            var value = Eval(valueNode);
            if (key is null)
            {
                if (value is PyDict other)
                    foreach (var k in other.Keys) dict.Set(k, other.Map[k]);
                else if (value is PyUnknown) return value;
                continue;
            }
            var k2 = Eval(key);
            if (k2 is PyUnknown) return k2;
            dict.Set(k2, value);
        }
        Budget.Charge(dict.Keys.Count, d.Span);
        return dict;
    }

    private PyValue EvalBoolOp(BoolOpExpr b)
    {
        var left = Eval(b.Left);
        var truth = PyOps.Truthy(left);
        if (truth is null) return left;
        if (b.IsAnd ? truth == false : truth == true) return left;
        return Eval(b.Right);
    }

    private PyValue EvalConditional(ConditionalExpr c)
    {
        var condition = Eval(c.Condition);
        var truth = PyOps.Truthy(condition);
        if (truth is null)
            Diagnostics.Info(c.Condition.Span,
                $"the condition '{Excerpt(c.Condition.Span)}' is only known when the code runs; the reader took the value before 'if'");
        return truth != false ? Eval(c.Then) : Eval(c.Otherwise);
    }

    private PyValue EvalCompare(CompareExpr c)
    {
        var left = Eval(c.First);
        PyValue result = PyBool.True;
        for (int i = 0; i < c.Operators.Count; i++)
        {
            var right = Eval(c.Operands[i]);
            var step = Compare(c.Operators[i], left, right, c.Span);
            if (step is PyUnknown) return step;
            if (PyOps.Truthy(step) == false) return step;
            result = step;
            left = right;
        }
        return result;
    }

    private PyValue EvalFString(FStringExpr f)
    {
        var sb = new StringBuilder();
        PyValue? unknown = null;
        foreach (var part in f.Parts)
        {
            if (part.Field is null)
            {
                sb.Append(part.Text);
                continue;
            }
            var value = Eval(part.Field);
            if (value is PyUnknown)
            {
                unknown ??= value;
                continue;
            }
            if (part.Conversion == 'r') value = new PyStr(PyOps.Repr(value));
            string? text = part.FormatSpec is null ? PyOps.Str(value) : PyFormat.Apply(value, part.FormatSpec, Budget, part.Field.Span);
            if (text is null)
            {
                unknown ??= Invalid($"the format '{part.FormatSpec}' is not supported by the reader", part.Field.Span);
                continue;
            }
            sb.Append(text);
            if (sb.Length > ReaderLimits.MaxCollectionLength) Budget.Collection(sb.Length, f.Span);
        }
        Budget.Charge(sb.Length, f.Span);
        return unknown ?? new PyStr(sb.ToString());
    }

    private PyValue EvalComprehension(ComprehensionExpr c)
    {
        var results = new List<PyValue>();
        var dict = c.Kind == ComprehensionKind.Dict ? new PyDict() : null;
        // Python gives a comprehension its own scope; its loop variables do not leak.
        var saved = _scope;
        _scope = new Scope(saved);
        try
        {
            var failure = RunClauses(c, 0, results, dict);
            if (failure is not null) return failure;
        }
        finally
        {
            _scope = saved;
        }
        if (dict is not null) return dict;
        switch (c.Kind)
        {
            case ComprehensionKind.Set:
            {
                var set = new PySet();
                foreach (var v in results) set.Add(v);
                return set;
            }
            case ComprehensionKind.Generator:
                return new PyTuple(results.ToArray());
            default:
                return new PyList(results);
        }
    }

    // Runs clause 'index' and the ones after it; returns an unknown value if an iterable is unknown.
    private PyValue? RunClauses(ComprehensionExpr c, int index, List<PyValue> results, PyDict? dict)
    {
        if (index == c.Clauses.Count)
        {
            if (dict is not null)
            {
                var key = Eval(c.Element);
                if (key is PyUnknown) return key;
                dict.Set(key, Eval(c.Value!));
            }
            else
            {
                results.Add(Eval(c.Element));
            }
            Budget.Grow(results.Count + (dict?.Keys.Count ?? 0), c.Span);
            return null;
        }
        var clause = c.Clauses[index];
        var iterable = Eval(clause.Iterable);
        if (iterable is PyUnknown) return iterable;
        var items = Iterate(iterable, clause.Iterable.Span);
        if (items is null) return Invalid($"'{iterable.TypeName}' object is not iterable", clause.Iterable.Span);
        foreach (var item in items)
        {
            Budget.Charge(1, c.Span);
            Assign(clause.Target, item);
            bool keep = true;
            foreach (var condition in clause.Conditions)
            {
                var truth = PyOps.Truthy(Eval(condition));
                if (truth is null) return NotRun(condition.Span);
                if (truth == false)
                {
                    keep = false;
                    break;
                }
            }
            if (!keep) continue;
            var failure = RunClauses(c, index + 1, results, dict);
            if (failure is not null) return failure;
        }
        return null;
    }

    private PyFunction MakeFunction(string name, IReadOnlyList<Parameter> parameters, IReadOnlyList<StmtNode>? body, ExprNode? expression)
    {
        var defaults = parameters.Select(p => p.Default is null ? null : Eval(p.Default)).ToArray();
        return new PyFunction(name, parameters, body, expression, _scope, defaults);
    }
}
