import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    display: string;
  }
}

/**
 * Firefox gets WebGL only with a display: use the session's DISPLAY, or start Xvfb (Debian:
 * `apt-get install xvfb`) on a free display number that it picks itself (-displayfd), so two
 * runs on one machine never share one.
 */
export default async function setup(project: TestProject) {
  if (process.env.DISPLAY) {
    project.provide('display', process.env.DISPLAY);
    return;
  }
  let xvfb: ChildProcess;
  const display = await new Promise<string>((resolve, reject) => {
    xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    xvfb.on('error', (e) =>
      reject(
        new Error(
          `Xvfb could not start (${e.message}). Install it (Debian/Ubuntu: ` +
            '`sudo apt-get install xvfb`) or run the Firefox tests in a session with a DISPLAY.',
        ),
      ),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    let out = '';
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  project.provide('display', display);
  return () => {
    xvfb.removeAllListeners('exit');
    xvfb.kill();
  };
}
