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

    // The last two names found from this scope and their values, while no variable of any scope has changed since
    // (the global scope counts the changes). Names are compared by reference: the lexer shares one string per name
    // of a text, so a model's lines (model.add(layers.Dense(...))) find 'model' and 'layers' without hashing them.
    private string? _name0, _name1;
    private PyValue? _value0, _value1;
    private int _seen0, _seen1;
    private int _changes = 1; // read on the global scope; a cache entry of 0 (none yet) never matches

    public bool TryGet(string name, out PyValue value)
    {
        int changes = Global._changes;
        if (ReferenceEquals(name, _name0) && _seen0 == changes)
        {
            value = _value0!;
            return true;
        }
        if (ReferenceEquals(name, _name1) && _seen1 == changes)
        {
            value = _value1!;
            return true;
        }
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope._variables.TryGetValue(name, out value!))
            {
                (_name1, _value1, _seen1) = (_name0, _value0, _seen0);
                (_name0, _value0, _seen0) = (name, value, changes);
                return true;
            }
        value = null!;
        return false;
    }

    public void Set(string name, PyValue value)
    {
        Global._changes++;
        if (_declaredGlobal is not null && _declaredGlobal.Contains(name)) Global._variables[name] = value;
        else _variables[name] = value;
    }

    public bool Remove(string name)
    {
        Global._changes++;
        if (_declaredGlobal is not null && _declaredGlobal.Contains(name)) return Global._variables.Remove(name);
        return _variables.Remove(name);
    }

    public void DeclareGlobal(string name) => (_declaredGlobal ??= new(StringComparer.Ordinal)).Add(name);
}
