import { execFileSync } from 'node:child_process';

/** The crash test runs the relay as a process: compile it first (as `npm run build` does). */
export default function setup(): void {
	execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'relay/tsconfig.json'], {
		stdio: 'inherit'
	});
}
