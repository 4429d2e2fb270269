import type { Command } from 'commander';
import { execApp, type AppName } from '../app-process';

/** `thresher coordinator ...` and `thresher worker ...` run the app with its own options. */
export function registerPassthrough(program: Command, app: AppName, description: string): void {
  program
    .command(app)
    .description(`${description} (see \`thresher ${app} --help\`)`)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]')
    .action(async (args: string[]) => {
      process.exitCode = await execApp(app, args);
    });
}
