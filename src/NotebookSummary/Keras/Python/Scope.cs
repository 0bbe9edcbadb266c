using NotebookSummary.Keras.Python.Values;

namespace NotebookSummary.Keras.Python;

/// <summary>
/// Variables of the module (the global scope) or of one function call. Lookups go from a function's locals out
/// through the scopes it was defined in to the globals, as Python's closures do; names declared <c>global</c>
/// are assigned in the global scope.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, PyValue> _variables = new(StringComparer.Ordinal);
    private HashSet<string>? _declaredGlobal;

    public Scope(Scope? parent)
    {
        Parent = parent;
        Global = parent?.Global ?? this;
    }

    public Scope? Parent { get; }
    public Scope Global { get; }
    public bool IsGlobal => Parent is null;

    public bool TryGet(string name, out PyValue value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope._variables.TryGetValue(name, out value!)) return true;
        value = null!;
        return false;
    }

    public void Set(string name, PyValue value)
    {
        if (_declaredGlobal is not null && _declaredGlobal.Contains(name)) Global._variables[name] = value;
        else _variables[name] = value;
    }

    public bool Remove(string name)
    {
        if (_declaredGlobal is not null && _declaredGlobal.Contains(name)) return Global._variables.Remove(name);
        return _variables.Remove(name);
    }

    public void DeclareGlobal(string name) => (_declaredGlobal ??= new(StringComparer.Ordinal)).Add(name);
}
