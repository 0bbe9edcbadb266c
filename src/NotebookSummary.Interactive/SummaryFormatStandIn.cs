// TEMPORARY stand-in for the facade's enum (NotebookSummary.Rendering.SummaryFormat), which the lead adds to the
// core. Same namespace and members, so deleting this file is the whole migration once the facade is on main.
namespace NotebookSummary.Rendering;

/// <summary>The output formats of a summary.</summary>
public enum SummaryFormat { Html, Text, Keras2, Ascii, Svg, Markdown, Json }
