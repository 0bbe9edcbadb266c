using System.Runtime.CompilerServices;
using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Runs a property over generated cases. The CI-sized run draws its cases from a fixed sequence of seeds, so
/// every run checks the same inputs and a red build is never a roll of the dice; a long run lets CsCheck draw fresh
/// seeds on every core and shrink a failure (see <see cref="FuzzSettings"/>).
/// </summary>
internal static class FuzzRunner
{
    public static void Run<T>(Gen<T> gen, Action<T> check, int ciCases, Func<T, string> print,
        Action<string>? log = null, [CallerMemberName] string property = "")
    {
        if (FuzzSettings.Replaying)
        {
            gen.Sample(check, iter: 1, threads: 1, print: print); // CsCheck starts from CsCheck_Seed
            return;
        }
        if (FuzzSettings.LongRunIterations is { } iterations)
        {
            var started = DateTime.UtcNow;
            gen.Sample(check, writeLine: log, iter: iterations, print: print);
            log?.Invoke($"{property}: {iterations:N0} cases passed in {DateTime.UtcNow - started:g}");
            return;
        }
        uint stream = StableHash(property);
        for (ulong i = 0; i < (ulong)ciCases; i++)
        {
            var pcg = new PCG(stream, i);
            string seed = pcg.ToString();
            T value = gen.Generate(pcg, null, out _);
            try
            {
                check(value);
            }
            catch (Exception e)
            {
                throw new FuzzCaseFailedException(property, seed, print(value), e);
            }
        }
    }

    // string.GetHashCode differs between processes; the seeds must not.
    private static uint StableHash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h;
    }
}

/// <summary>A generated case failed a property: the seed that replays it, the input, and the failure inside.</summary>
internal sealed class FuzzCaseFailedException(string property, string seed, string input, Exception inner)
    : Exception($"{property}: a generated case failed: {inner.GetType().Name}: {inner.Message}\n"
                + $"Replay: {FuzzSettings.SeedVariable}={seed} dotnet test --filter {property}\nInput:\n{input}", inner);
