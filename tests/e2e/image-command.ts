import { readFileSync } from 'node:fs';

/** The container image's start command, as the Dockerfile's last CMD gives it. */
export function imageStartCommand(): string[] {
	const cmd = readFileSync('Dockerfile', 'utf8')
		.split('\n')
		.filter((line) => line.startsWith('CMD '))
		.at(-1);
	if (!cmd) throw new Error('The Dockerfile has no CMD.');
	return JSON.parse(cmd.slice(4)) as string[];
}
