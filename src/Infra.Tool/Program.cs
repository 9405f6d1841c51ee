using Infra.Cli;

return await InfraProgram.RunAsync(args, program: null).ConfigureAwait(false);
