using Jilin.Urbanization.Domain.Tool.Cli;

// jilin-urbanization: the supervision office's tool (issue 26). All the work is in ToolRunner, so tests run the very
// same root command in process, with their own writers.
return ToolRunner.Run(args, ToolEnvironment.FromConsole());
