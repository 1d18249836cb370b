import Foundation

// The command line: parses arguments, calls the library, prints. All behaviour is in Compare;
// the commands are declared in Commands/ and run by CommandLineTool.
exit(CommandLineTool.run(CommandLine.arguments))
