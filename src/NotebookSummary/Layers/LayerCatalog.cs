using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NotebookSummary;

/// <summary>
/// Every layer type the library knows, keyed by Keras class name, found by reflection: each public, non-abstract
/// <see cref="Layer"/> subclass is a Keras class of the same name. A new layer file is picked up without an edit
/// here. Keras 1/2 spellings (<c>Convolution2D</c>, <c>MaxPool2D</c>, ...) resolve through <see cref="LayerAliases"/>;
/// an alias whose target does not exist yet is simply not offered.
/// </summary>
/// <remarks>
/// The core's catalogue (<see cref="Default"/>) looks a name up when it is first asked for, as a type of the root
/// namespace where every core layer lives: reading a three-layer model examines three types, not the whole
/// assembly, so a cold process (one CLI run, a first notebook cell) does not pay for the layers it does not use.
/// Only the lists of names (<see cref="ClassNames"/>, <see cref="AllNames"/>, wanted for a did-you-mean) enumerate
/// the assembly, once. A catalogue of other assemblies enumerates them when it is made.
/// </remarks>
public sealed class LayerCatalog
{
    private static readonly Lazy<LayerCatalog> DefaultCatalog = new(ForCore);

    // The core's layers are named by their Keras class name in the root namespace.
    private static readonly string CoreNamespace = typeof(Layer).Namespace!;

    private readonly Assembly[] _assemblies;
    private readonly bool _lazy;
    private readonly ConcurrentDictionary<string, Type?> _byName = new(StringComparer.Ordinal);
    private readonly Lazy<Enumerated> _enumerated;
    private int _typesExamined;

    private const string OtherAssembliesMustBeKept = "Layer classes and their public constructors are found by reflection: "
        + "a trimmed or native application must keep these assemblies whole (the core library keeps itself).";

    // Why the reflection below is safe when the application is trimmed or compiled ahead of time.
    private const string KeptWhole = "Every assembly of a catalogue is kept whole: the core by its embedded "
        + "ILLink.Descriptors.xml, any other by its caller, as the public constructor requires.";

    /// <summary>A catalogue of the layer types in <paramref name="assemblies"/>.</summary>
    [RequiresUnreferencedCode(OtherAssembliesMustBeKept)]
    public LayerCatalog(IEnumerable<Assembly> assemblies) : this(assemblies.ToArray(), lazy: false) { }

    private LayerCatalog(Assembly[] assemblies, bool lazy)
    {
        _assemblies = assemblies;
        _lazy = lazy;
        _enumerated = new Lazy<Enumerated>(Enumerate);
        if (!lazy) _ = _enumerated.Value;
    }

    /// <summary>The catalogue of the core library's layers (made once; each name looked up when first asked for).</summary>
    public static LayerCatalog Default => DefaultCatalog.Value;

    /// <summary>A new catalogue of the core's layers that looks names up lazily (the default's kind).</summary>
    internal static LayerCatalog ForCore() => new([typeof(Layer).Assembly], lazy: true);

    /// <summary>How many types this catalogue has examined by reflection so far (work, for tests: never timed).</summary>
    internal int TypesExamined => Volatile.Read(ref _typesExamined);

    /// <summary>Keras class names of the known layers (no aliases), sorted.</summary>
    public IReadOnlyList<string> ClassNames => _enumerated.Value.Classes.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every name that resolves: class names and the aliases whose targets exist.</summary>
    public IEnumerable<string> AllNames => _enumerated.Value.Classes.Keys.Concat(_enumerated.Value.Aliases.Keys);

    /// <summary>The aliases whose targets exist, alias → Keras class name.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _enumerated.Value.Aliases;

    /// <summary>The layer type for a Keras class name or alias (case-sensitive, as in Python).</summary>
    public bool TryFind(string name, out Type type)
    {
        type = Find(name)!;
        return type is not null;
    }

    /// <summary>The Keras class name a name resolves to (<c>Convolution2D</c> → <c>Conv2D</c>), or null.</summary>
    public string? Canonical(string name) => Find(name)?.Name;

    private Type? Find(string name)
    {
        if (!_lazy)
        {
            var all = _enumerated.Value;
            if (all.Classes.TryGetValue(name, out var type)) return type;
            return all.Aliases.TryGetValue(name, out var target) ? all.Classes[target] : null;
        }
        return _byName.GetOrAdd(name, static (n, catalog) => catalog.Resolve(n), this);
    }

    // A class name first (a layer class shadows an alias of the same name), then an alias whose target exists.
    private Type? Resolve(string name)
    {
        if (ClassNamed(name) is { } type) return type;
        return AliasTargets.Value.TryGetValue(name, out var target) ? ClassNamed(target) : null;
    }

    private static readonly Lazy<Dictionary<string, string>> AliasTargets = new(() =>
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, target) in LayerAliases.All) targets.TryAdd(alias, target);
        return targets;
    });

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = KeptWhole)]
    private Type? ClassNamed(string name)
    {
        // Keras class names are capitalised, and so are the core's layers: `from keras import layers` or
        // `keras.optimizers` asks no reflection.
        if (name.Length == 0 || !char.IsAsciiLetterUpper(name[0]) || name.Contains('.') || name.Contains('+') || name.Contains('`'))
            return null;
        Interlocked.Increment(ref _typesExamined);
        foreach (var assembly in _assemblies)
            if (assembly.GetType(CoreNamespace + "." + name, throwOnError: false) is { } type && IsLayerClass(type))
                return type;
        return null;
    }

    private Enumerated Enumerate()
    {
        var classes = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var assembly in _assemblies)
            foreach (var type in LoadableTypes(assembly))
            {
                Interlocked.Increment(ref _typesExamined);
                if (IsLayerClass(type)) classes.TryAdd(type.Name, type);
            }
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, target) in LayerAliases.All)
            if (classes.ContainsKey(target) && !classes.ContainsKey(alias))
                aliases[alias] = target;
        return new Enumerated(classes, aliases);
    }

    private sealed record Enumerated(Dictionary<string, Type> Classes, Dictionary<string, string> Aliases);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole)]
    private static bool IsLayerClass(Type type) =>
        type is { IsPublic: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && type.IsSubclassOf(typeof(Layer))
        && type.GetConstructors().Length > 0;

    // A type that fails to load (a missing optional dependency) must not hide every other layer.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = KeptWhole)]
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
