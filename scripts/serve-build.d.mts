export function serveBuild(
	port: number,
	dir?: string,
	options?: { https?: boolean }
): Promise<{ url: string; stop: () => void }>;
