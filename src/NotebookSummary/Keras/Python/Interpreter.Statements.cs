using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;

namespace NotebookSummary.Keras.Python;

/// <summary>How a block ended.</summary>
internal enum Flow { Normal, Break, Continue, Return }

// Statements.
internal sealed partial class Interpreter
{
    private Flow ExecBlock(IReadOnlyList<StmtNode> statements)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            var flow = Exec(statements[i]);
            if (flow != Flow.Normal) return flow;
        }
        return Flow.Normal;
    }

    private Flow Exec(StmtNode statement)
    {
        _currentStatement = statement.Span;
        Budget.Charge(1, statement.Span);
        switch (statement)
        {
            case ExprStmt s:
                Eval(s.Expression);
                return Flow.Normal;
            case AssignStmt s:
            {
                var value = Eval(s.Value);
                foreach (var target in s.Targets) Assign(target, value);
                return Flow.Normal;
            }
            case AugAssignStmt s:
                ExecAugAssign(s);
                return Flow.Normal;
            case AnnAssignStmt s:
                if (s.Value is not null) Assign(s.Target, Eval(s.Value));
                return Flow.Normal;
            case ImportStmt s:
                ExecImport(s);
                return Flow.Normal;
            case FromImportStmt s:
                ExecFromImport(s);
                return Flow.Normal;
            case IfStmt s:
                return ExecIf(s);
            case ForStmt s:
                return ExecFor(s);
            case WhileStmt s:
                return ExecWhile(s);
            case KeywordStmt s:
                return s.Keyword switch
                {
                    TokenKind.Break => Flow.Break,
                    TokenKind.Continue => Flow.Continue,
                    _ => Flow.Normal,
                };
            case ReturnStmt s:
                _returnValue = s.Value is null ? PyNone.Instance : Eval(s.Value);
                return Flow.Return;
            case FunctionDefStmt s:
                _scope.Set(s.Name, MakeFunction(s.Name, s.Parameters, s.Body, null));
                return Flow.Normal;
            case ClassDefStmt s when Host.RefusesClass(s):
                _scope.Set(s.Name, new PyUnknown(new UnknownCause(UnknownKind.Reported, "", s.NameSpan)));
                return Flow.Normal;
            case ClassDefStmt s:
                _scope.Set(s.Name, NotRun(s.NameSpan));
                NoteOnce("class:" + s.Name, s.NameSpan,
                    $"class '{s.Name}' is not read: the reader summarizes Sequential models, not subclassed ones");
                return Flow.Normal;
            case WithStmt s:
                foreach (var (context, target) in s.Items)
                {
                    var value = Eval(context);
                    if (target is not null) Assign(target, value is PyUnknown ? value : NotRun(context.Span));
                }
                return ExecBlock(s.Body);
            case TryStmt s:
                return ExecTry(s);
            case SimpleStmt s:
                ExecSimple(s);
                return Flow.Normal;
            case MagicStmt s:
                NoteOnce("magic", s.Span, "IPython commands (%..., !...) are skipped");
                return Flow.Normal;
        }
        return Flow.Normal;
    }

    private Flow ExecIf(IfStmt s)
    {
        for (int i = 0; i < s.Branches.Count; i++)
        {
            var (condition, body) = s.Branches[i];
            var value = Eval(condition);
            switch (PyOps.Truthy(value))
            {
                case true:
                    return ExecBlock(body);
                case false:
                    continue;
                default:
                    string branch = i == 0 ? "'if'" : "'elif'";
                    Diagnostics.Info(condition.Span,
                        $"the condition '{Excerpt(condition.Span)}' is only known when the code runs; the reader took the {branch} branch (line {LineOf(condition.Span)})",
                        s.Else is null && s.Branches.Count == 1
                            ? "write the condition with known values to skip it"
                            : "write the condition with known values to choose another branch");
                    return ExecBlock(body);
            }
        }
        return s.Else is null ? Flow.Normal : ExecBlock(s.Else);
    }

    private Flow ExecFor(ForStmt s)
    {
        var iterable = Eval(s.Iterable);
        if (iterable is PyUnknown unknown)
        {
            if (unknown.Cause.Kind != UnknownKind.Reported)
                Diagnostics.Info(s.Iterable.Span,
                    $"the loop over '{Excerpt(s.Iterable.Span)}' is skipped: what it iterates over is only known when the code runs");
            Assign(s.Target, unknown);
            return Flow.Normal;
        }
        var items = Iterate(iterable, s.Iterable.Span);
        if (items is null)
        {
            Diagnostics.Warning(s.Iterable.Span, $"'{iterable.TypeName}' object is not iterable; the loop is skipped");
            return Flow.Normal;
        }
        foreach (var item in items)
        {
            Budget.Charge(1, s.Span);
            Assign(s.Target, item);
            var flow = ExecBlock(s.Body);
            if (flow == Flow.Break) return Flow.Normal;
            if (flow == Flow.Return) return flow;
        }
        return s.Else is null ? Flow.Normal : ExecBlock(s.Else);
    }

    private Flow ExecWhile(WhileStmt s)
    {
        while (true)
        {
            Budget.Charge(1, s.Span);
            var condition = Eval(s.Condition);
            switch (PyOps.Truthy(condition))
            {
                case null:
                    Diagnostics.Info(s.Condition.Span,
                        $"the loop condition '{Excerpt(s.Condition.Span)}' is only known when the code runs; the loop is skipped");
                    return Flow.Normal;
                case false:
                    return s.Else is null ? Flow.Normal : ExecBlock(s.Else);
            }
            var flow = ExecBlock(s.Body);
            if (flow == Flow.Break) return Flow.Normal;
            if (flow == Flow.Return) return flow;
        }
    }

    private Flow ExecTry(TryStmt s)
    {
        var flow = ExecBlock(s.Body);
        if (flow == Flow.Normal && s.Else is not null) flow = ExecBlock(s.Else);
        if (s.Finally is not null)
        {
            var final = ExecBlock(s.Finally);
            if (final != Flow.Normal) return final;
        }
        return flow;
    }

    private void ExecSimple(SimpleStmt s)
    {
        switch (s.Keyword)
        {
            case TokenKind.Global:
            case TokenKind.Nonlocal:
                if (!_scope.IsGlobal && s.Keyword == TokenKind.Global)
                    foreach (var name in s.Names) _scope.DeclareGlobal(name);
                return;
            case TokenKind.Del:
                foreach (var target in s.Operands) Delete(target);
                return;
            case TokenKind.Assert:
            {
                var condition = Eval(s.Operands[0]);
                if (PyOps.Truthy(condition) == false)
                    Diagnostics.Warning(s.Operands[0].Span, $"assertion fails: {Excerpt(s.Operands[0].Span)}",
                        "Python would stop here with an AssertionError");
                return;
            }
            case TokenKind.Raise:
                NoteOnce("raise:" + s.Span.Start, s.Span, "the reader continues past 'raise' (Python would stop here with an exception)");
                return;
        }
    }

    private void Delete(ExprNode target)
    {
        switch (target)
        {
            case NameExpr n:
                _scope.Remove(n.Name);
                return;
            case CollectionExpr c:
                foreach (var item in c.Items) Delete(item);
                return;
            case SubscriptExpr s:
            {
                var container = Eval(s.Target);
                var index = Eval(s.Index);
                if (container is PyList list && PyOps.AsLong(index) is { } i)
                {
                    long at = i < 0 ? i + list.Items.Count : i;
                    if (at >= 0 && at < list.Items.Count) list.Items.RemoveAt((int)at);
                }
                else if (container is PyDict dict)
                {
                    dict.Remove(index);
                }
                return;
            }
        }
    }

    private void ExecAugAssign(AugAssignStmt s)
    {
        var current = Eval(s.Target);
        var value = Eval(s.Value);
        PyValue result;
        if (s.Operator == BinaryOperator.Add && current is PyList list && value is not PyUnknown)
        {
            // list += iterable extends in place (other names bound to the list see it).
            var items = Iterate(value, s.Value.Span);
            if (items is null)
            {
                Assign(s.Target, Invalid($"'{value.TypeName}' object is not iterable", s.Value.Span));
                return;
            }
            var added = Materialize(value, s.Value.Span)!;
            if (list.Items.Count + (long)added.Count > ReaderLimits.MaxCollectionLength)
                Budget.Collection(list.Items.Count + (long)added.Count, s.Span);
            list.Items.AddRange(added);
            return;
        }
        result = Binary(s.Operator, current, value, s.Span);
        Assign(s.Target, result);
    }

    // ---- imports: a module is a path; what it holds is the host's answer ------------------------------

    private void ExecImport(ImportStmt s)
    {
        foreach (var module in s.Modules)
        {
            if (module.AsName is { } alias) _scope.Set(alias, new PyModule(module.Name, imported: true));
            else _scope.Set(module.Name.Split('.')[0], new PyModule(module.Name.Split('.')[0], imported: true));
        }
    }

    private void ExecFromImport(FromImportStmt s)
    {
        if (s.Level > 0)
        {
            foreach (var name in s.Names) _scope.Set(name.AsName ?? name.Name, NotRun(name.Span));
            return;
        }
        var module = new PyModule(s.Module);
        if (s.Star)
        {
            Host.StarImported(module);
            return;
        }
        foreach (var name in s.Names) _scope.Set(name.AsName ?? name.Name, Host.ModuleAttribute(module, name.Name));
    }

    // ---- assignment ------------------------------------------------------------------------------

    private void Assign(ExprNode target, PyValue value)
    {
        switch (target)
        {
            case NameExpr n:
                _scope.Set(n.Name, value);
                if (value is HostValue host) host.AssignedTo(this, n.Name);
                return;
            case CollectionExpr c:
                AssignUnpacked(c, value);
                return;
            case StarredExpr s:
                Assign(s.Value, value);
                return;
            case AttributeExpr a:
                SetAttribute(Eval(a.Target), a.Name, value);
                return;
            case SubscriptExpr s:
                SetItem(Eval(s.Target), Eval(s.Index), value, s);
                return;
        }
    }

    private void AssignUnpacked(CollectionExpr targets, PyValue value)
    {
        if (value is PyUnknown)
        {
            foreach (var t in targets.Items) Assign(t, value);
            return;
        }
        var items = Materialize(value, targets.Span);
        int starAt = -1;
        for (int i = 0; i < targets.Items.Count; i++)
            if (targets.Items[i] is StarredExpr) starAt = i;
        int n = targets.Items.Count;
        if (items is null || (starAt < 0 ? items.Count != n : items.Count < n - 1))
        {
            var own = items is null ? (value as HostValue)?.CannotUnpack() : null;
            string message = items is null
                ? own?.Message ?? $"cannot unpack non-iterable {value.TypeName} object"
                : items.Count < n ? $"not enough values to unpack (expected {n}, got {items.Count})"
                : $"too many values to unpack (expected {n})";
            Diagnostics.Warning(targets.Span, message, own?.Hint ?? "Python would stop here with a ValueError");
            var invalid = Invalid(message, targets.Span);
            foreach (var t in targets.Items) Assign(t, invalid);
            return;
        }
        if (starAt < 0)
        {
            for (int i = 0; i < n; i++) Assign(targets.Items[i], items[i]);
            return;
        }
        int after = n - starAt - 1;
        for (int i = 0; i < starAt; i++) Assign(targets.Items[i], items[i]);
        Assign(targets.Items[starAt], new PyList(items.GetRange(starAt, items.Count - starAt - after)));
        for (int i = 0; i < after; i++) Assign(targets.Items[starAt + 1 + i], items[items.Count - after + i]);
    }

    private void SetItem(PyValue container, PyValue index, PyValue value, SubscriptExpr node)
    {
        switch (container)
        {
            case PyList list when PyOps.AsLong(index) is { } i:
            {
                long at = i < 0 ? i + list.Items.Count : i;
                if (at >= 0 && at < list.Items.Count) list.Items[(int)at] = value;
                return;
            }
            case PyDict dict when index is not PyUnknown:
                Budget.Grow(dict.Keys.Count + 1L, node.Span);
                dict.Set(index, value);
                return;
        }
    }
}
