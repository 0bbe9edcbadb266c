using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// What binding a call to a layer needs from the code being read, and nothing more: where to report problems,
/// the source locations layers carry, and Keras's global settings. The interpreter provides it; binding never
/// sees the interpreter.
/// </summary>
internal interface IBindingContext
{
    /// <summary>Where binding reports wrong arguments.</summary>
    DiagnosticBag Diagnostics { get; }

    /// <summary>Keras's <c>image_data_format()</c> when the layer is created (Keras 1's <c>dim_ordering</c> reads it).</summary>
    string ImageDataFormat { get; }

    /// <summary>The line and column a layer created at <paramref name="span"/> reports its model errors at.</summary>
    SourceLocation Locate(TextSpan span);

    /// <summary>Reports why an unknown value cannot be used as <paramref name="what"/> (already-reported causes stay silent).</summary>
    void ReportUnknown(PyUnknown value, TextSpan at, string what);
}
