namespace NotebookSummary;

/// <summary>
/// What a layer's class says about every layer of that class, found once per class: its name (Keras's class name
/// for most layers), the snake-case default-name prefix made from it, and whether the class is the library's own.
/// Every row of a summary asks these; under Native AOT each question is a reflection call that allocates
/// (<c>Type.Name</c> makes a new string, <c>Type.Assembly</c> reads metadata), so a 100,000-layer model would ask
/// 100,000 times what a handful of classes answer.
/// </summary>
internal sealed class LayerTypeFacts
{
    // A model has few layer classes; 4096 holds every Keras class with room for custom ones.
    private static readonly ProcessCache<Type, LayerTypeFacts> ByType = new(static t => new LayerTypeFacts(t), capacity: 4096);

    private LayerTypeFacts(Type type)
    {
        TypeKey = type.TypeHandle.Value;
        Name = type.Name;
        NamePrefix = SnakeCase.OfClassName(Name);
        IsLibraryType = type.Assembly == typeof(Layer).Assembly;
        IsInput = typeof(Input).IsAssignableFrom(type);
        IsOperation = typeof(Operation).IsAssignableFrom(type);
    }

    /// <summary>The facts of <paramref name="type"/>, a layer class.</summary>
    public static LayerTypeFacts Of(Type type)
    {
        // A row asks several times for the facts of its layer's class, and a model has few classes: a slot per class
        // (by its type handle) answers without hashing the type in the concurrent dictionary. A slot holds one
        // facts object, written whole, so a thread reads another class's facts at worst, and looks them up then.
        nint key = type.TypeHandle.Value;
        int slot = (int)((nuint)key >> 4) & (Recent.Length - 1);
        if (Recent[slot] is { } recent && recent.TypeKey == key) return recent;
        return Recent[slot] = ByType[type];
    }

    private static readonly LayerTypeFacts?[] Recent = new LayerTypeFacts?[64];

    /// <summary>The type handle of the class these facts are about.</summary>
    private nint TypeKey { get; }

    /// <summary>The class's name (<c>Conv2D</c>): a layer's <see cref="Layer.ClassName"/> unless its class overrides it.</summary>
    public string Name { get; }

    /// <summary>Keras's default-name prefix for <see cref="Name"/> (<c>conv2d</c>).</summary>
    public string NamePrefix { get; }

    /// <summary>True for a class of this library, whose layers are immutable (see <see cref="Layer.HasLibraryRules"/>).</summary>
    public bool IsLibraryType { get; }

    /// <summary>True for <see cref="Input"/> and its subclasses: a summarizer asks of every layer (a type check that
    /// walks the class's bases, as Input is not sealed).</summary>
    public bool IsInput { get; }

    /// <summary>True for a <c>keras.ops</c> <see cref="Operation"/>, which every row records.</summary>
    public bool IsOperation { get; }
}
