using System.Reflection;
using System.Runtime.CompilerServices;

namespace NotebookSummary.Tests.Analysis;

/// <summary>
/// A summary rebuilds a row's walk-through from the library layer it was built from, whenever it is first read; so
/// every layer type of the library must be immutable. Checked on the types themselves: every field is read-only
/// (but for the few that only a copy-making method assigns, on a copy no one has seen) and of an immutable type,
/// and no property has a setter that works after construction.
/// </summary>
public class LayerImmutabilityTests
{
    // Fields that only Layer.With / Layer.CopyAsNewLayer / Wrapper.WithInner assign, on a fresh copy.
    private static readonly HashSet<(Type, string)> AssignedOnlyOnCopies =
    [
        (typeof(Layer), "_settings"), (typeof(Layer), "_creationOrder"), (typeof(Wrapper), "_layer"), (typeof(Bidirectional), "_backwardLayer"),
    ];

    public static TheoryData<Type> LayerTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var t in typeof(Layer).Assembly.GetTypes().Where(t => typeof(Layer).IsAssignableFrom(t))) data.Add(t);
        return data;
    }

    [Theory]
    [MemberData(nameof(LayerTypes))]
    public void Library_layer_types_hold_only_immutable_values(Type type)
    {
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            Assert.True(field.IsInitOnly || AssignedOnlyOnCopies.Contains((type, field.Name)),
                $"{type.Name}.{field.Name} can be assigned after construction");
            Assert.True(IsImmutable(field.FieldType, []), $"{type.Name}.{field.Name} is a {field.FieldType.Name}, which can change");
        }
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            Assert.True(property.SetMethod is null || IsInitOnly(property.SetMethod), $"{type.Name}.{property.Name} has a setter");
    }

    [Fact]
    public void A_changed_copy_leaves_the_layer_it_was_made_from_as_it_was()
    {
        var inner = new Dense(3);
        var wrapper = new TimeDistributed(inner, name: "td");
        var frozen = inner.With(inner.Settings with { Trainable = false, Name = "frozen" });
        var rewrapped = wrapper.WithInner(inner, frozen);

        Assert.True(inner.Trainable);
        Assert.Null(inner.Name);
        Assert.Same(inner, wrapper.Layer);
        Assert.False(frozen.Trainable);
        Assert.Same(frozen, rewrapped.Layer);
        Assert.Equal("td", rewrapped.Name);
        Assert.Same(inner, inner.With(inner.Settings)); // nothing changed, nothing copied
    }

    private static bool IsImmutable(Type type, HashSet<Type> seen)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return true;
        if (typeof(Layer).IsAssignableFrom(type)) return true; // each layer type is checked by the theory
        if (Nullable.GetUnderlyingType(type) is { } underlying) return IsImmutable(underlying, seen);
        // ArrayView owns an array that nothing writes and gives out no writer.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ArrayView<>))
            return IsImmutable(type.GetGenericArguments()[0], seen);
        if (type.IsArray || type.IsInterface || type == typeof(object) || type.IsAbstract) return false;
        if (!seen.Add(type)) return true;
        // Value types and classes (records such as SourceLocation): every field read-only and immutable in turn.
        return type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .All(f => f.IsInitOnly && IsImmutable(f.FieldType, seen));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
