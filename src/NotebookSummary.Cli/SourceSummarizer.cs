using NotebookSummary.Analysis;

namespace NotebookSummary.Cli;

/// <summary>Reads a Keras source into a model and summarizes it, turning every diagnostic into an <see cref="InputProblem"/>.</summary>
internal static class SourceSummarizer
{
    public static (ModelSummary? Summary, IReadOnlyList<InputProblem> Problems) Summarize(SourceFile file)
    {
        // The Keras reader is not on main yet.
        var message = "the Keras source reader is not available in this build";
        return (null, [new InputProblem(InputProblem.Error, null, null, message, null, $"{file.DisplayName}: error: {message}\n")]);
    }
}
