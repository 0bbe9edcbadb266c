using System.Text;
using NotebookSummary.Cli;

// Tables and diagrams use box-drawing characters: write UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.In, Console.Out, Console.Error);
