using Infra.Cli;
using Platform;

return await InfraProgram.RunAsync<PlatformStack>(args).ConfigureAwait(false);
