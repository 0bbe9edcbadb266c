using System.Reflection;

namespace NotebookSummary.Tests.Keras;

/// <summary>
/// The reader's folders depend one way: the language (Keras.Python) knows no Keras, binding (Keras.Binding) knows
/// the language but not Keras's objects, and the objects (Keras.Objects) use both. Checked on the types' signatures
/// (base types, interfaces, fields, properties, parameters, results), where a dependency would show.
/// </summary>
public class ReaderLayeringTests
{
    private const string Python = "NotebookSummary.Keras.Python";
    private const string Binding = "NotebookSummary.Keras.Binding";
    private const string Objects = "NotebookSummary.Keras.Objects";

    [Theory]
    [InlineData(Python, Binding)]
    [InlineData(Python, Objects)]
    [InlineData(Binding, Objects)]
    public void A_lower_layer_of_the_reader_does_not_use_a_higher_one(string lower, string higher)
    {
        var types = typeof(Layer).Assembly.GetTypes().Where(t => t.Namespace == lower).ToList();
        Assert.NotEmpty(types);
        var uses = types.SelectMany(t => SignatureTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Namespace == higher)
            .Select(p => $"{p.t.FullName} uses {p.used.FullName}")
            .Distinct()
            .ToList();
        Assert.Empty(uses);
    }

    [Fact]
    public void The_objects_use_both_lower_layers()
    {
        // The check above would pass vacuously if the namespaces were renamed: the objects do use both.
        var used = typeof(Layer).Assembly.GetTypes().Where(t => t.Namespace == Objects)
            .SelectMany(SignatureTypes).Select(t => t.Namespace).ToHashSet();
        Assert.Contains(Python, used);
        Assert.Contains(Binding, typeof(Layer).Assembly.GetTypes().Where(t => t.Namespace == Objects)
            .SelectMany(t => t.GetInterfaces()).Select(t => t.Namespace));
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
                                     | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> SignatureTypes(Type type) => DeclaredTypes(type).SelectMany(Parts);

    // List<LayerValue>, LayerValue[], ref LayerValue: the types inside count too.
    private static IEnumerable<Type> Parts(Type type)
    {
        yield return type;
        if (type.HasElementType)
            foreach (var t in Parts(type.GetElementType()!)) yield return t;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                foreach (var t in Parts(argument)) yield return t;
    }

    private static IEnumerable<Type> DeclaredTypes(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(All)) yield return f.FieldType;
        foreach (var p in type.GetProperties(All)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(All))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
        }
        foreach (var c in type.GetConstructors(All))
            foreach (var p in c.GetParameters()) yield return p.ParameterType;
    }
}
