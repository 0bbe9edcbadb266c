using System.Reflection;

namespace NotebookSummary;

/// <summary>
/// Every layer type the library knows, keyed by Keras class name, found by reflection: each public, non-abstract
/// <see cref="Layer"/> subclass of the core assembly is a Keras class of the same name. A new layer file is picked
/// up without an edit here. Keras 1/2 spellings (<c>Convolution2D</c>, <c>MaxPool2D</c>, ...) resolve through
/// <see cref="LayerAliases"/>; an alias whose target does not exist yet is simply not offered.
/// </summary>
public sealed class LayerCatalog
{
    private static readonly Lazy<LayerCatalog> DefaultCatalog = new(() => new LayerCatalog([typeof(Layer).Assembly]));

    private readonly Dictionary<string, Type> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

    /// <summary>A catalogue of the layer types in <paramref name="assemblies"/>.</summary>
    public LayerCatalog(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies)
            foreach (var type in LoadableTypes(assembly))
                if (IsLayerClass(type))
                    _classes.TryAdd(type.Name, type);
        foreach (var (alias, target) in LayerAliases.All)
            if (_classes.ContainsKey(target) && !_classes.ContainsKey(alias))
                _aliases[alias] = target;
    }

    /// <summary>The catalogue of the core library's layers (built once).</summary>
    public static LayerCatalog Default => DefaultCatalog.Value;

    /// <summary>Keras class names of the known layers (no aliases), sorted.</summary>
    public IReadOnlyList<string> ClassNames => _classes.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every name that resolves: class names and the aliases whose targets exist.</summary>
    public IEnumerable<string> AllNames => _classes.Keys.Concat(_aliases.Keys);

    /// <summary>The aliases whose targets exist, alias → Keras class name.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>The layer type for a Keras class name or alias (case-sensitive, as in Python).</summary>
    public bool TryFind(string name, out Type type)
    {
        if (_classes.TryGetValue(name, out type!)) return true;
        if (_aliases.TryGetValue(name, out var target)) return _classes.TryGetValue(target, out type!);
        type = null!;
        return false;
    }

    /// <summary>The Keras class name a name resolves to (<c>Convolution2D</c> → <c>Conv2D</c>), or null.</summary>
    public string? Canonical(string name) =>
        _classes.ContainsKey(name) ? name : _aliases.TryGetValue(name, out var target) ? target : null;

    private static bool IsLayerClass(Type type) =>
        type is { IsPublic: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && type.IsSubclassOf(typeof(Layer))
        && type.GetConstructors().Length > 0;

    // A type that fails to load (a missing optional dependency) must not hide every other layer.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null)!;
        }
    }
}
