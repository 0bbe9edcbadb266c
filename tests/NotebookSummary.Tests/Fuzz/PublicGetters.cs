using System.Collections;
using System.Reflection;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Reads every public property of a summary, its rows, totals, walk-throughs and what they hold, the way a
/// notebook user or a host's serializer would: none may throw for a summary the library returned. Found by
/// reflection, so a new property is read without an edit here.
/// </summary>
internal static class PublicGetters
{
    private const int MaxDepth = 5;
    private const int MaxItems = 20;

    public static void ReadAll(object root) => Visit(root, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Visit(object? value, int depth, HashSet<object> seen)
    {
        if (value is null or string || depth > MaxDepth || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            // The first items and the last: fuzzed models can have thousands of rows.
            var list = items.Cast<object?>().ToList();
            foreach (var item in list.Take(MaxItems).Concat(list.Skip(Math.Max(MaxItems, list.Count - 1)))) Visit(item, depth + 1, seen);
        }
        if (value.GetType().Assembly != typeof(Sequential).Assembly) return;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true }) continue;
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                throw new InvalidOperationException(
                    $"{value.GetType().Name}.{property.Name} threw {inner.GetType().Name}: {inner.Message}", inner);
            }
            Visit(child, depth + 1, seen);
        }
        _ = value.ToString();
    }
}
