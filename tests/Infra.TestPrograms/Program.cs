using Infra.Cli;
using Infra.TestPrograms;

// A stack program for tests that need a real child process (kill mid-up, concurrent runs).
return await InfraProgram.RunAsync<ConfiguredStack>(args).ConfigureAwait(false);
